import FaultlineCore

/// Amounts of time ("two decades", "the past three years", "16-hour") and dates counted back
/// from the report ("a year ago").
extension TimeScanner {
    /// Words that may stand between a number and its unit: "two more weeks", "eight trading days".
    private static let unitFillers: Set<String> = [
        "more", "additional", "trading", "business", "working", "calendar", "straight", "consecutive", "full", "long",
        "short", "extra", "further", "other",
    ]

    /// Words before a number that TimeBank keeps in a duration's extent: "the past two months".
    private static let durationLeads: Set<String> = [
        "past", "last", "next", "first", "coming", "final", "following", "previous", "latest", "initial", "remaining",
        "preceding", "recent", "ensuing", "succeeding", "few",
    ]

    /// "two decades", "the past three years", "18 months", "several days", "a week", "16-hour",
    /// "recent years", "a year ago", "two days later".
    func duration(at index: Int) -> TimeMatch? {
        var cursor = index
        var hasThe = false
        if word(cursor) == "the" {
            hasThe = true
            cursor += 1
        }
        var lead = ""
        if Self.durationLeads.contains(word(cursor)), word(cursor) != "few" {
            lead = word(cursor)
            cursor += 1
        }
        var amount: Double?
        var hasNumber = false
        if let (value, after) = cardinal(at: cursor, allowArticle: !hasThe && lead.isEmpty) {
            amount = value
            hasNumber = true
            cursor = after
            // "two to three weeks", "12 to 18 months": keep the first amount.
            if ["to", "or", "-"].contains(word(cursor)), let (_, afterSecond) = cardinal(at: cursor + 1, allowArticle: false),
               TimeLexicon.timeUnits[word(afterSecond)] != nil || Self.unitFillers.contains(word(afterSecond)) {
                cursor = afterSecond
            }
        }
        if hasThe && !hasNumber && lead.isEmpty && !(TimeLexicon.pluralUnits.contains(word(cursor)) && word(cursor + 1) == "ahead") {
            return nil
        }
        var compound = false
        if hasNumber, word(cursor) == "-", touches(cursor - 1) {
            compound = true
            cursor += 1
        }
        while Self.unitFillers.contains(word(cursor)), TimeLexicon.timeUnits[word(cursor + 1)] != nil || Self.unitFillers.contains(word(cursor + 1)) {
            if !hasNumber && word(cursor) != "more" { break }
            cursor += 1
        }
        let unitWord = word(cursor)
        guard let granularity = TimeLexicon.timeUnits[unitWord] else { return nil }
        let plural = TimeLexicon.pluralUnits.contains(unitWord)
        if compound, tokens[cursor].isCapitalized, isInsideName(cursor, end: cursor + 1) { return nil }  // "the Six-Day War"
        var end = cursor + 1
        // Adjectival compounds: "year-long", "decades-long", "8-month-old".
        if word(end) == "-", touches(end - 1), word(end + 1) == "old" { return nil }  // ages: "a 6-year-old"
        if word(end) == "old" || word(end) == "of" && word(end + 1) == "age" { return nil }  // "52 years old"
        if word(end) == "-", touches(end - 1), !compound { return nil }  // "a year-earlier loss": another rule's compound
        if granularity == .quarter && (compound || word(index) == "three" && word(index + 1) == "-") { return nil }  // "three-quarters of"
        // Rates: "$2 million a year", "four flights a week", "24 hours a day".
        if ["a", "an", "per"].contains(word(index)), !plural, index > 0, !["ago", "earlier", "later"].contains(word(end)),
           tokens[index - 1].shape == .number || ["million", "billion", "trillion", "thousand", "hundred", "percent", "cents", "dollars", "flights", "hours", "%"].contains(word(index - 1)) {
            return nil
        }
        if word(end) == "-", touches(end - 1), word(end + 1) == "long" {
            end += 2
            if !hasNumber && !plural { amount = 1; hasNumber = true }
            compound = true
        }
        if hasNumber, let whole = amount, word(end) == "and", word(end + 1) == "a", word(end + 2) == "half" {
            amount = whole + 0.5
            end += 3
        }
        if granularity == .quarter && !hasNumber && !plural { return nil }
        if granularity == .quarter, ["a", "one"].contains(word(index)), word(end) == "of" || word(end) == "-" { return nil }
        if unitWord == "second", ["a", "the"].contains(word(index)) || !hasNumber { return nil }
        if unitWord == "min", !hasNumber { return nil }

        if !hasNumber {
            // Without a number only plural units count: "recent years", "the coming weeks", "for years".
            guard plural else { return nil }
            switch lead {
            case "recent":
                if granularity == .year {
                    return TimeMatch(start: index, end: end, kind: .date, value: "PAST_REF")
                }
            case "past", "coming", "next", "last", "following", "previous", "preceding", "ensuing", "remaining":
                break
            case "" where hasThe:
                end += 1  // "the weeks ahead"
            case "":
                if compound {
                    break
                }
                let before = word(index - 1)
                if word(end) == "ahead" {
                    end += 1
                } else if !["for", "in", "within", "over", "take", "takes", "took", "taking", "lasted", "last", "lasts", "spent"].contains(before) || word(end) == "of" || word(end) == "-" {
                    return nil
                }
                if word(end) == "ago" {
                    return TimeMatch(start: index, end: end + 1, kind: .date, value: "PAST_REF")
                }
            default:
                return nil
            }
            if hasThe && word(end) == "ahead" { end += 1 }
            return TimeMatch(start: index, end: end, kind: .duration, value: TimeCalendar.duration(nil, granularity), takesApproximator: true)
        }

        // Dates counted from the report or from the last date mentioned.
        if !hasThe, lead.isEmpty, !compound {
            var after = word(end)
            var close = end
            if after == "or", word(end + 1) == "so", word(end + 2) == "ago" {
                close = end + 2  // "a week or so ago"
                after = "ago"
            }
            if after == "ago" || (after == "from" && word(end + 1) == "now") {
                let sign = after == "ago" ? -1 : 1
                close = after == "ago" ? close + 1 : end + 2
                return countedDate(start: index, end: close, amount: amount, granularity: granularity, sign: sign, fromReport: true)
            }
            // "a year earlier" is a date; "three days later" is annotated as the amount alone.
            if after == "earlier" || after == "later" || after == "before" && word(end + 1) == "that",
               granularity >= .month, amount.map({ $0 == $0.rounded() }) ?? false {
                let sign = after == "later" ? 1 : -1
                return countedDate(start: index, end: end + 1, amount: amount, granularity: granularity, sign: sign, fromReport: false)
            }
        }
        if compound && hasThe { return nil }
        let start = compound && word(index) == "a" ? index + 1 : index
        if start != index, !hasNumber { return nil }
        return TimeMatch(start: start, end: end, kind: .duration, value: TimeCalendar.duration(amount, granularity), takesApproximator: true)
    }

    /// The date `amount` units before (sign -1) or after (sign 1) the report ("ago", "from now")
    /// or the last date mentioned ("earlier", "later"), at the unit's granularity.
    private func countedDate(start: Int, end: Int, amount: Double?, granularity: TimeLexicon.Granularity, sign: Int, fromReport: Bool) -> TimeMatch? {
        guard let amount, amount == amount.rounded() else {
            return TimeMatch(start: start, end: end, kind: .date, value: sign < 0 ? "PAST_REF" : "FUTURE_REF", takesApproximator: true)
        }
        guard let reference = fromReport ? documentDate : (anchorDay ?? documentDate) else {
            return TimeMatch(start: start, end: end, kind: .date, value: TimeCalendar.unknown(granularity), takesApproximator: true)
        }
        let count = Int(amount) * sign
        var match = TimeMatch(start: start, end: end, kind: .date, value: "", takesApproximator: true)
        switch granularity {
        case .second, .minute, .hour:
            match.value = reference.iso
            match.kind = .date
        case .day:
            let day = reference.adding(days: count)
            match.value = day.iso
            match.day = day
        case .year where count == -1 && quarterFocus != nil:
            match.value = yearBefore(reference: reference)
        case .decade:
            match.value = String((reference.year + 10 * count) / 10)
        case .century:
            match.value = String((reference.year + 100 * count) / 100)
        default:
            match.value = TimeCalendar.value(of: reference, granularity: granularity, offset: count)
            if granularity == .year { match.year = reference.year + count }
        }
        return match
    }
}
