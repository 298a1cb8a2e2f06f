import FaultlineCore

/// Seasons: "last fall", "this summer", "the winter of 1994".
extension TimeScanner {
    /// "last fall", "this summer", "the winter of 1994", "summer 1998", "the early summer".
    func season(at index: Int) -> TimeMatch? {
        var cursor = index
        var relation = ""
        if word(cursor) == "the" {
            relation = "the"
            cursor += 1
            if ["early", "late"].contains(word(cursor)) { cursor += 1 }
        } else if ["this", "last", "next", "that"].contains(word(cursor)) {
            relation = word(cursor)
            cursor += 1
            if relation == "this", word(cursor) == "past" || word(cursor) == "coming" {
                relation = word(cursor) == "past" ? "last" : "next"
                cursor += 1
            }
        }
        guard let code = TimeLexicon.seasons[word(cursor)], !isInsideName(cursor, end: cursor + 1) else { return nil }
        var end = cursor + 1
        var year: Int?
        if word(end) == "of", let (value, after) = yearNumber(at: end + 1) {
            year = value
            end = after
        } else if let (value, after) = yearNumber(at: end) {
            year = value
            end = after
        }
        let name = word(cursor)
        if year == nil {
            // "fall" and "spring" are common nouns and verbs; only with a determiner.
            if relation.isEmpty && (name == "fall" || name == "spring") { return nil }
            if relation == "the" && (name == "fall" || name == "spring") && word(end) == "of" { return nil }
            if relation.isEmpty && !tokens[cursor].isCapitalized && !["in", "this", "during", "over", "since", "by", "until", "last"].contains(word(index - 1)) {
                return nil
            }
        }
        guard let reference = documentDate else {
            return TimeMatch(start: index, end: end, kind: .date, value: "XXXX-\(code)", takesPosition: true)
        }
        if year == nil {
            let (seasonStart, seasonEnd) = TimeLexicon.seasonMonths[code] ?? (1, 12)
            var direction = relation == "last" ? -1 : relation == "next" ? 1 : 0
            if relation == "the" || relation.isEmpty { direction = tense(around: index, end) }
            switch direction {
            case ..<0:
                year = reference.month > seasonEnd || code == "WI" && reference.month >= 3 ? reference.year : reference.year - 1
                if relation != "last", reference.month >= seasonStart, code != "WI" { year = reference.year }
            case 1...:
                year = reference.month < seasonStart ? reference.year : reference.year + 1
                if relation != "next", reference.month >= seasonStart, reference.month <= seasonEnd { year = reference.year }
            default:
                year = reference.year
            }
        }
        let value = "\(TimeCalendar.pad(year!, 4))-\(code)"
        return TimeMatch(start: index, end: end, kind: .date, value: value, year: year, takesPosition: true)
    }
}
