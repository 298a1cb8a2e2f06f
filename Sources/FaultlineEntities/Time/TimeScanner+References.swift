import FaultlineCore

/// Vague references to the past, present and future: "now", "recently", "the future".
extension TimeScanner {
    /// "now", "currently", "recently", "the past", "the future", "soon", "these days".
    func reference(at index: Int) -> TimeMatch? {
        let first = word(index)
        switch first {
        case "now":
            return TimeMatch(start: index, end: index + 1, kind: .date, value: "PRESENT_REF")
        case "currently", "nowadays", "presently":
            return TimeMatch(start: index, end: index + 1, kind: .date, value: "PRESENT_REF")
        case "current":
            if word(index - 1) == "the" || word(index + 1) == "-" { return nil }
            return TimeMatch(start: index, end: index + 1, kind: .date, value: "PRESENT_REF")
        case "recently", "lately":
            return TimeMatch(start: index, end: index + 1, kind: .date, value: "PAST_REF")
        case "as":
            if word(index + 1) == "soon", word(index + 2) == "as", word(index + 3) == "possible" {
                return TimeMatch(start: index, end: index + 4, kind: .date, value: "FUTURE_REF")
            }
            return nil
        case "these":
            return word(index + 1) == "days" ? TimeMatch(start: index, end: index + 2, kind: .date, value: "PRESENT_REF") : nil
        case "the":
            let second = word(index + 1)
            switch second {
            case "future":
                return TimeMatch(start: index, end: index + 2, kind: .date, value: "FUTURE_REF")
            case "near", "distant", "immediate":
                if word(index + 2) == "future" { return TimeMatch(start: index, end: index + 3, kind: .date, value: "FUTURE_REF") }
                if second == "near" && word(index + 2) == "term" { return TimeMatch(start: index, end: index + 3, kind: .date, value: "FUTURE_REF") }
                return nil
            case "short", "long":
                return word(index + 2) == "term" && word(index - 1) != "over" || word(index + 2) == "term" && second == "short"
                    ? TimeMatch(start: index, end: index + 3, kind: .date, value: "FUTURE_REF") : nil
            case "past":
                let third = word(index + 2)
                if TimeLexicon.timeUnits[third] != nil || cardinal(at: index + 2) != nil || TimeLexicon.seasons[third] != nil { return nil }
                return TimeMatch(start: index, end: index + 2, kind: .date, value: "PAST_REF")
            case "present":
                return word(index + 2) == "day" || TimeLexicon.timeUnits[word(index + 2)] == nil && tokens.indices.contains(index + 2) && tokens[index + 2].shape != .word
                    ? TimeMatch(start: index, end: index + 2, kind: .date, value: "PRESENT_REF") : nil
            default:
                return nil
            }
        case "past":
            let next = word(index + 1)
            if TimeLexicon.pluralUnits.contains(next), word(index - 1) != "the" {
                return TimeMatch(start: index, end: index + 2, kind: .date, value: "PAST_REF")
            }
            return nil
        default:
            return nil
        }
    }
}
