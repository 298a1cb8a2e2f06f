import FaultlineCore

/// Amounts of time ("two decades", "the past three years", "16-hour"), dates counted back
/// from the report ("a year ago"), and recurring times ("every week", "daily").
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
        if hasThe && !hasNumber && lead.isEmpty { return nil }
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
        var end = cursor + 1
        // Adjectival compounds: "year-long", "decades-long", "8-month-old".
        if word(end) == "-", touches(end - 1), word(end + 1) == "old" { return nil }  // ages: "a 6-year-old"
        if word(end) == "old" || word(end) == "of" && word(end + 1) == "age" { return nil }  // "52 years old"
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
            let after = word(end)
            if after == "ago" || (after == "from" && word(end + 1) == "now") {
                let sign = after == "ago" ? -1 : 1
                let close = after == "ago" ? end + 1 : end + 2
                return countedDate(start: index, end: close, amount: amount, granularity: granularity, sign: sign, fromReport: true)
            }
            if after == "earlier" || after == "later" || after == "before" && word(end + 1) == "that" {
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

    // MARK: - References

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

    // MARK: - Sets

    /// "every week", "each year", "every other month", "each Thursday", "daily", "twice a year".
    func recurrence(at index: Int) -> TimeMatch? {
        let first = word(index)
        switch first {
        case "daily", "weekly", "monthly", "annually", "yearly", "hourly", "biweekly", "nightly":
            let value = ["daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
                         "quarterly": "P3M", "biweekly": "P2W", "semiannually": "P6M", "nightly": "P1D"][first]!
            return TimeMatch(start: index, end: index + 1, kind: .set, value: value)
        case "every", "each", "per":
            var cursor = index + 1
            if word(cursor) == "of" { return nil }
            if let month = monthName(at: cursor), first != "per" {
                return TimeMatch(start: index, end: month.end, kind: .set, value: "XXXX-\(TimeCalendar.pad(month.month, 2))")
            }
            if let code = TimeLexicon.seasons[word(cursor)] {
                return TimeMatch(start: index, end: cursor + 1, kind: .set, value: "XXXX-\(code)")
            }
            if let weekday = TimeLexicon.weekdays[word(cursor)], word(cursor).utf8.count > 4 {
                var end = cursor + 1
                var value = "XXXX-WXX-\(weekday)"
                if let part = partOfDay(at: end) {
                    value += part.code
                    end = part.end
                }
                return TimeMatch(start: index, end: end, kind: .set, value: value)
            }
            if let code = TimeLexicon.partsOfDay[word(cursor)], first != "per" {
                return TimeMatch(start: index, end: cursor + 1, kind: .set, value: "XXXX-XX-XXT\(code.dropFirst())")
            }
            var amount: Double = 1
            if word(cursor) == "other" {
                amount = 2
                cursor += 1
            } else if let (value, after) = cardinal(at: cursor, allowArticle: false), let value {
                amount = value
                cursor = after
            }
            guard let granularity = TimeLexicon.timeUnits[word(cursor)] else { return nil }
            return TimeMatch(start: index, end: cursor + 1, kind: .set, value: TimeCalendar.duration(amount, granularity))
        case "a", "an":
            let before = word(index - 1)
            guard ["twice", "once", "times", "thrice"].contains(before), let granularity = TimeLexicon.timeUnits[word(index + 1)],
                  !TimeLexicon.pluralUnits.contains(word(index + 1)) else { return nil }
            return TimeMatch(start: index, end: index + 2, kind: .set, value: TimeCalendar.duration(1, granularity))
        default:
            return nil
        }
    }

    // MARK: - Clock times

    /// "8 a.m.", "10:35 a.m. EST", "noon Saturday", "5 p.m. EST Nov. 9", "4 in the morning", "midnight".
    func clockTime(at index: Int) -> TimeMatch? {
        var cursor = index
        var hour = 0
        var minute = 0
        let first = word(index)
        var partCode: String?
        switch first {
        case "noon", "midday":
            if word(index - 1) == "high" { return nil }
            hour = 12
            cursor += 1
        case "midnight":
            hour = 24
            cursor += 1
        case "mid":
            var next = index + 1
            if word(next) == "-" { next += 1 }
            guard let code = TimeLexicon.partsOfDay[word(next)], code == "TAF" || code == "TMO" else { return nil }
            partCode = code
            cursor = next + 1
        default:
            guard index < tokens.count, tokens[index].shape == .number else { return nil }
            let text = tokens[index].lower
            var digits = Substring(text)
            var meridiem = ""
            if text.hasSuffix("am") || text.hasSuffix("pm") {
                meridiem = String(text.suffix(2))
                digits = text.dropLast(2)
            }
            let parts = digits.split(separator: ":")
            guard parts.count <= 2, let parsedHour = Int(parts[0]), parsedHour <= 24 else { return nil }
            hour = parsedHour
            if parts.count == 2 {
                guard let parsedMinute = Int(parts[1]), parsedMinute < 60, parts[1].count == 2 else { return nil }
                minute = parsedMinute
            }
            cursor += 1
            if meridiem.isEmpty {
                // a.m. / p.m. as tokens: "a" "." "m" "."
                let letter = word(cursor)
                if (letter == "a" || letter == "p"), word(cursor + 1) == ".", word(cursor + 2) == "m" {
                    meridiem = letter + "m"
                    cursor += 3
                    if word(cursor) == ".", !tokens[cursor].spaceBefore, cursor + 1 < tokens.count,
                       !tokens[cursor + 1].isCapitalized || isDayWord(cursor + 1) || isZone(word(cursor + 1)) || tokens[cursor + 1].shape != .word {
                        cursor += 1
                    }
                } else if letter == "am" || letter == "pm" {
                    meridiem = letter
                    cursor += 1
                } else if letter == "o'clock" {
                    cursor += 1
                } else if word(cursor) == "in", word(cursor + 1) == "the", let code = TimeLexicon.partsOfDay[word(cursor + 2)], hour <= 12 {
                    if code == "TAF" || code == "TEV" || code == "TNI" && hour >= 6, hour < 12 { hour += 12 }
                    cursor += 3
                } else if parts.count == 2, ["at", "by", "until", "around", "about", "from", "before", "after"].contains(word(index - 1)) || isZone(letter) {
                    // "at 10:35"
                } else {
                    return nil
                }
            }
            if meridiem == "pm", hour < 12 { hour += 12 }
            if meridiem == "am", hour == 12 { hour = 0 }
        }
        if isZone(word(cursor)) { cursor += 1 }
        // A day after the time: "noon Saturday", "9 a.m. Tuesday", "5 p.m. EST, Nov. 9".
        var day = documentDate
        var dayCursor = cursor
        if word(dayCursor) == "," { dayCursor += 1 }
        if let dated = weekdayDate(at: dayCursor) ?? relativeDate(at: dayCursor) ?? calendarDate(at: dayCursor), let namedDay = dated.day,
           dated.start == dayCursor {
            day = namedDay
            cursor = dated.end
        }
        let dayText = day?.iso ?? "XXXX-XX-XX"
        let value: String
        if let partCode {
            value = dayText + partCode
        } else {
            value = dayText + "T" + TimeCalendar.pad(hour, 2) + ":" + TimeCalendar.pad(minute, 2)
        }
        return TimeMatch(start: index, end: cursor, kind: .time, value: value, takesPosition: true)
    }

    private func isZone(_ word: String) -> Bool {
        ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest"].contains(word)
    }

    private func isDayWord(_ index: Int) -> Bool {
        TimeLexicon.weekdays[word(index)] != nil || TimeLexicon.months[word(index)] != nil
    }
}
