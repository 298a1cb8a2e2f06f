import FaultlineCore
import Foundation

/// The publication day that many news sites write into their article URLs, for articles whose
/// page or record states none: `/2024/04/01/`, `/2024-04-01-`, `/20240401`, or a compact
/// stamp such as `/202509231345` (day, then time).
///
/// ```swift
/// URLDate.day(in: "https://example.com/2018/03/15/strikes-in-northern-iraq")  // 2018-03-15
/// URLDate.day(in: "https://example.com/news/1515814/story")                  // nil
/// ```
public enum URLDate {
    /// Years accepted as publication years (the web's news era).
    static let years = 1994...2100

    /// The day written in the URL's path, if it states one.
    public static func day(in url: String) -> CivilDate? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let afterScheme = url[schemeEnd.upperBound...]
        guard let pathStart = afterScheme.firstIndex(of: "/") else { return nil }
        let path = afterScheme[pathStart...].prefix { $0 != "?" && $0 != "#" }
        let digitRuns = runs(in: Array(path.utf8))
        // Year, month and day as separate path parts or joined by hyphens or underscores.
        for (index, run) in digitRuns.enumerated() where run.digits.count == 4 && index + 2 < digitRuns.count {
            let month = digitRuns[index + 1]
            let day = digitRuns[index + 2]
            guard month.digits.count <= 2, day.digits.count <= 2,
                  month.separatorBefore == run.separatorAfter, day.separatorBefore == month.separatorAfter,
                  let date = date(run.digits, month.digits, day.digits)
            else { continue }
            return date
        }
        // A compact stamp of eight or more digits standing alone in a path part.
        for run in digitRuns where run.digits.count >= 8 && run.digits.count <= 14 && run.digits.count % 2 == 0 && run.isWholePart {
            let digits = run.digits
            if let date = date(Array(digits[0..<4]), Array(digits[4..<6]), Array(digits[6..<8])) { return date }
        }
        return nil
    }

    /// A run of ASCII digits in the path and the bytes around it.
    struct DigitRun {
        var digits: [UInt8]
        var separatorBefore: UInt8?
        var separatorAfter: UInt8?
        var isWholePart: Bool
    }

    static func runs(in bytes: [UInt8]) -> [DigitRun] {
        var found: [DigitRun] = []
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else { index += 1; continue }
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            let before = start > 0 ? bytes[start - 1] : nil
            let after = index < bytes.count ? bytes[index] : nil
            let whole = before == UInt8(ascii: "/") && (after == nil || after == UInt8(ascii: "/") || after == UInt8(ascii: "-"))
            found.append(DigitRun(digits: Array(bytes[start..<index]), separatorBefore: before, separatorAfter: after, isWholePart: whole))
        }
        return found
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func number(_ digits: [UInt8]) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    private static func date(_ year: [UInt8], _ month: [UInt8], _ day: [UInt8]) -> CivilDate? {
        let year = number(year)
        guard years.contains(year) else { return nil }
        return CivilDate(year: year, month: number(month), day: number(day))
    }
}
