import Foundation
import FaultlineCore

/// Reads CountryInfo (openeventdata's pseudo-XML country file) into knowledge-base countries:
/// ISO code, name, nationality forms, capitals and heads of state and government with dates.
///
/// Open-ended terms (`[>date]`, "in office at the last update") end on `confirmedUntil`, the
/// file's last update: the file cannot say more, and curated files extend the ones that
/// continued.
public struct CountryInfoImporter: Sendable {
    /// A country read from the file.
    public struct Entry: Sendable, Hashable {
        /// ISO alpha-3.
        public var iso: String
        /// English name.
        public var name: String
        /// Other names.
        public var names: [String]
        /// Nationality adjectives.
        public var demonyms: [String]
        /// Capitals.
        public var capitals: [String]
        /// Major cities and regions.
        public var places: [String] = []
        /// Heads of state and government.
        public var leaders: [Leader]
    }

    /// A leader's term.
    public struct Leader: Sendable, Hashable {
        /// Name as the file gives it, in title case.
        public var name: String
        /// Other spellings given in braces.
        public var aliases: [String]
        /// The office, e.g. "president".
        public var office: String
        /// The term.
        public var interval: ValidityInterval
    }

    /// What an import read and skipped.
    public struct Report: Sendable {
        /// Countries read.
        public var countries = 0
        /// Leader terms read.
        public var leaders = 0
        /// Lines skipped, with the reason.
        public var skipped: [String] = []
    }

    /// The day open-ended terms are known to have lasted to.
    public var confirmedUntil: CivilDate

    /// An importer; `confirmedUntil` defaults to the file's release (2012-01-16).
    public init(confirmedUntil: CivilDate = CivilDate(year: 2012, month: 1, day: 16)!) {
        self.confirmedUntil = confirmedUntil
    }

    /// Parses the text of a CountryInfo file.
    public func parse(_ text: String) -> (entries: [Entry], report: Report) {
        var entries: [Entry] = []
        var report = Report()
        var current: Entry?
        var section = ""
        var office = ""
        var inComment = false
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: [" ", "\t", "\r"])
            if trimmed.hasPrefix("<!--") { inComment = true }
            if inComment {
                if trimmed.contains("-->") { inComment = false }
                continue
            }
            if trimmed.isEmpty { continue }
            if trimmed == "<Country>" {
                current = Entry(iso: "", name: "", names: [], demonyms: [], capitals: [], leaders: [])
                continue
            }
            if trimmed == "</Country>" {
                if let entry = current, entry.iso.count == 3, !entry.name.isEmpty {
                    entries.append(entry)
                    report.countries += 1
                } else if let entry = current {
                    report.skipped.append("country '\(entry.name)' without an ISO alpha-3 code")
                }
                current = nil
                continue
            }
            guard current != nil else { continue }
            // The CAMEO country code is the reliable one (the file's ISO fields have slips, e.g.
            // Japan as JON); a six-letter code names a territory of a state (GBRVGB -> VGB).
            if let value = Self.inlineField(trimmed, "CountryCode"), value.count == 3 || value.count == 6,
               value.allSatisfy({ $0.isUppercase }) {
                let code = String(value.suffix(3))
                current!.iso = Self.legacyCodes[code] ?? code
                continue
            }
            if let value = Self.inlineField(trimmed, "ISO3166-alpha3"), current!.iso.isEmpty, value.count == 3, value != "---" {
                current!.iso = value
                continue
            }
            if let value = Self.inlineField(trimmed, "CountryName") {
                current!.name = Self.titleCase(value)
                continue
            }
            if trimmed.hasPrefix("</") {
                if section == "Leaders", trimmed != "</Leaders>" { office = "" } else { section = ""; office = "" }
                continue
            }
            if trimmed.hasPrefix("<") && trimmed.hasSuffix(">") && !trimmed.contains("</") {
                let tag = String(trimmed.dropFirst().dropLast())
                if section == "Leaders" {
                    office = Self.office(fromTag: tag)
                } else {
                    section = tag
                }
                continue
            }
            if trimmed.hasPrefix("<") { continue }
            switch section {
            case "Nationality":
                let form = Self.titleCase(trimmed)
                if form != current!.name {
                    if Self.looksLikeDemonym(form) { current!.demonyms.append(form) } else { current!.names.append(form) }
                }
            case "Capital":
                current!.capitals.append(Self.titleCase(trimmed))
            case "MajorCities", "Regions":
                current!.places.append(Self.titleCase(trimmed))
            case "Leaders":
                if let leader = leader(trimmed, office: office) {
                    current!.leaders.append(leader)
                    report.leaders += 1
                } else {
                    report.skipped.append("\(current!.iso) leader line without a readable term: \(trimmed)")
                }
            default:
                break
            }
        }
        return (entries, report)
    }

    private func leader(_ line: String, office: String) -> Leader? {
        guard let open = line.firstIndex(of: "[") else { return nil }
        var namePart = line[..<open].trimmingCharacters(in: [" ", "\t"])
        // A known slip puts the term before the name: "[>20060309]  ANIBAL_CAVACO_SILVA".
        if namePart.isEmpty {
            var outside = ""
            var depth = 0
            for character in line {
                if character == "[" { depth += 1 } else if character == "]" { depth -= 1 } else if depth == 0 { outside.append(character) }
            }
            namePart = outside.trimmingCharacters(in: [" ", "\t"])
        }
        var names: [String] = []
        if namePart.hasPrefix("{") {
            for piece in namePart.split(whereSeparator: { $0 == "{" || $0 == "}" }) {
                let name = Self.titleCase(String(piece))
                if !name.isEmpty { names.append(name) }
            }
        } else {
            names = [Self.titleCase(namePart)]
        }
        guard let name = names.first, !name.isEmpty else { return nil }
        // The first bracket that is not a birth or death date is the term.
        var rest = line[open...]
        while let start = rest.firstIndex(of: "["), let end = rest[start...].firstIndex(of: "]") {
            let term = rest[rest.index(after: start)..<end].trimmingCharacters(in: [" "])
            rest = rest[rest.index(after: end)...]
            if term.hasPrefix("B:") || term.hasPrefix("D:") { continue }
            if let interval = interval(term) {
                return Leader(name: name, aliases: Array(names.dropFirst()), office: office.isEmpty ? "leader" : office, interval: interval)
            }
        }
        return nil
    }

    private func interval(_ rawTerm: String) -> ValidityInterval? {
        // Terms may start with the office's code ("YUGGOV 19810515 - 19820516"): the dates follow.
        var term = rawTerm
        if let first = term.split(separator: " ").first, first.allSatisfy({ $0.isLetter && $0.isUppercase }) {
            term = String(term.dropFirst(first.count)).trimmingCharacters(in: [" "])
        }
        if term.hasPrefix(">") {
            guard let start = Self.compactDate(term.dropFirst()) else { return nil }
            return ValidityInterval(start: start, end: max(start, confirmedUntil))
        }
        if term.hasPrefix("<") {
            guard let end = Self.compactDate(term.dropFirst()) else { return nil }
            return ValidityInterval(start: nil, end: end)
        }
        let parts = term.split(separator: "-").map { $0.trimmingCharacters(in: [" "]) }
        guard parts.count == 2, let start = Self.compactDate(parts[0]), let end = Self.compactDate(parts[1]) else { return nil }
        return ValidityInterval(start: start, end: end)
    }

    /// Old CAMEO country codes and the ISO alpha-3 codes that replaced them.
    static let legacyCodes: [String: String] = ["TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "YUG": "SRB"]

    /// `YYYYMMDD`, lenient about impossible days (20040631 becomes 2004-06-30).
    static func compactDate(_ text: some StringProtocol) -> CivilDate? {
        let digits = text.trimmingCharacters(in: [" "])
        guard digits.count == 8, let value = Int(digits) else { return nil }
        let year = value / 10_000, month = max(1, min(12, value / 100 % 100))
        let day = max(1, min(CivilDate.daysIn(month: month, year: year), value % 100))
        return CivilDate(year: year, month: month, day: day)
    }

    static func inlineField(_ line: String, _ tag: String) -> String? {
        let open = "<\(tag)>", close = "</\(tag)>"
        guard line.hasPrefix(open), let end = line.range(of: close) else { return nil }
        return String(line[line.index(line.startIndex, offsetBy: open.count)..<end.lowerBound]).trimmingCharacters(in: [" "])
    }

    /// `Prime ministers` -> `prime minister`, `Governors of the bank` -> `governor of the bank`.
    static func office(fromTag tag: String) -> String {
        var words = tag.replacingOccurrences(of: "_", with: " ").lowercased().split(separator: " ").map(String.init)
        let head = (words.firstIndex(of: "of") ?? words.count) - 1
        if head >= 0, words[head].hasSuffix("s"), words[head].count > 3, !words[head].hasSuffix("ss") {
            words[head] = words[head].hasSuffix("men") ? String(words[head].dropLast(3)) + "man" : String(words[head].dropLast())
        }
        return words.joined(separator: " ")
    }

    static let particles: Set<String> = ["al", "el", "bin", "ibn", "de", "da", "du", "la", "le", "van", "von", "der", "of", "the", "and", "y", "di", "bint", "ad", "as", "ash", "an", "ar", "az"]

    /// `AL-NOURI_AL_MALIKI_` -> `al-Nouri al Maliki`; the first word is always capitalised.
    static func titleCase(_ raw: String) -> String {
        let printable = String(String.UnicodeScalarView(raw.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }))
        let spaced = printable.replacingOccurrences(of: "_", with: " ").trimmingCharacters(in: [" ", "\t"])
        var words: [String] = []
        for (position, word) in spaced.split(separator: " ").enumerated() {
            let parts = word.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { index, part -> String in
                let lower = part.lowercased()
                if (position > 0 || index > 0) && particles.contains(lower) { return lower }
                if position == 0 && index == 0 && partCount(word) > 1 && particles.contains(lower) { return lower }
                guard let first = lower.first else { return lower }
                if first == "'" { return "'" + lower.dropFirst().prefix(1).uppercased() + lower.dropFirst(2) }
                return first.uppercased() + lower.dropFirst()
            }
            words.append(parts.joined(separator: "-"))
        }
        return words.joined(separator: " ")
    }

    private static func partCount(_ word: Substring) -> Int { word.split(separator: "-").count }

    static func looksLikeDemonym(_ form: String) -> Bool {
        guard !form.contains(" ") else { return false }
        let lower = form.lowercased()
        return ["i", "an", "ese", "ish", "ic", "ch", "ean", "ot", "er", "ni", "ian"].contains { lower.hasSuffix($0) }
    }
}
