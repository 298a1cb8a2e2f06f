import FaultlineCore

/// Reads the calendar day from the date formats found in pages and feeds: ISO 8601
/// (`2025-10-30`, `2025-10-30T08:00:00Z`), RFC 822 (`Thu, 30 Oct 2025 08:00:00 GMT`) and
/// written dates (`October 30, 2025`, `30 October 2025`). The day is taken as written, in the
/// publisher's own time zone.
enum DateParsing {
    static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    static func civilDate(_ text: String) -> CivilDate? {
        let trimmed = text.trimming(" \t\r\n")
        if let date = CivilDate(iso: trimmed) { return date }
        // ISO with a slash or a compact form: 2025/10/30.
        let words = trimmed.split(whereSeparator: { " ,/.-".contains($0) }).map(String.init)
        var year: Int?, month: Int?, day: Int?
        var numbers = [Int]()
        for word in words {
            let lower = word.lowercased()
            if month == nil, lower.count >= 3, let value = months[String(lower.prefix(3))], lower.allSatisfy(\.isLetter) {
                month = value
            } else if let value = Int(word.prefix(while: \.isNumber)), word.first?.isNumber == true {
                if word.contains(":") { continue }  // a time of day
                numbers.append(value)
            }
        }
        if let foundMonth = month {
            for value in numbers {
                if value >= 1000 && year == nil { year = value } else if value >= 1 && value <= 31 && day == nil { day = value }
            }
            month = foundMonth
        } else if numbers.count >= 3, numbers[0] >= 1000 {
            (year, month, day) = (numbers[0], numbers[1], numbers[2])
        }
        guard let y = year, let m = month, let d = day else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }
}
