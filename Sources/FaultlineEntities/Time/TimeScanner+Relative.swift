import FaultlineCore

/// Dates relative to the report or to a date mentioned before: "this week", "yesterday",
/// "the following year", "year-end", holidays.
extension TimeScanner {
    /// "today", "yesterday morning", "this week", "last year", "the same day", "year-end", holidays.
    func relativeDate(at index: Int) -> TimeMatch? {
        let first = word(index)
        switch first {
        case "today", "yesterday", "tomorrow", "tonight":
            // "today's world", "the people of tomorrow": the present or the future in general.
            if first == "tomorrow", word(index - 1) == "of" { return nil }
            let offset = first == "yesterday" ? -1 : first == "tomorrow" ? 1 : 0
            guard let reference = documentDate else {
                return TimeMatch(start: index, end: index + 1, kind: .date, value: "XXXX-XX-XX", takesPosition: true)
            }
            let day = reference.adding(days: offset)
            if first == "tonight" {
                return TimeMatch(start: index, end: index + 1, kind: .time, value: day.iso + "TNI", day: day, takesPosition: true)
            }
            if let part = partOfDay(at: index + 1) {
                return TimeMatch(start: index, end: part.end, kind: .time, value: day.iso + part.code, day: day, takesPosition: true)
            }
            return TimeMatch(start: index, end: index + 1, kind: .date, value: day.iso, day: day, takesPosition: true)
        case "overnight":
            return nil
        default:
            break
        }
        if let holiday = holiday(at: index) { return holiday }
        if let yearEnd = yearEnd(at: index) { return yearEnd }
        if let wholeYear = wholeYear(at: index) { return wholeYear }
        if let yearAgo = yearAgoAdjective(at: index) { return yearAgo }

        // "the week of March 6": the week that day is in.
        if first == "the", word(index + 1) == "week", word(index + 2) == "of", let dated = calendarDate(at: index + 3), let day = dated.day {
            return TimeMatch(start: index, end: dated.end, kind: .date, value: day.isoWeek, day: day)
        }
        // "the day before", "the day after": the day next to the last one mentioned.
        if first == "the", word(index + 1) == "day", word(index + 2) == "before" || word(index + 2) == "after",
           let next = tokens.indices.contains(index + 3) ? tokens[index + 3] : nil, next.shape == .punctuation || ["yesterday", "today", "tomorrow"].contains(next.lower) {
            guard let reference = anchorDay else { return nil }
            if next.shape != .punctuation { return nil }
            let day = reference.adding(days: word(index + 2) == "before" ? -1 : 1)
            return TimeMatch(start: index, end: index + 3, kind: .date, value: day.iso, day: day)
        }
        // Determiner + unit: "this week", "last month", "the same day", "the following year".
        var cursor = index
        var relation: String
        switch first {
        case "this", "last", "next", "past", "that", "these":
            relation = first
            cursor += 1
            if first == "this", word(cursor) == "past" || word(cursor) == "coming" {
                relation = word(cursor) == "past" ? "last" : "next"
                cursor += 1
            }
        case "the":
            let second = word(index + 1)
            switch second {
            case "past", "last", "next", "coming", "current", "previous", "following", "same", "latest", "present":
                relation = second
                cursor += 2
            case "weekend":
                relation = "the"
                cursor += 1
            default:
                return nil
            }
        default:
            return nil
        }
        if word(cursor) == "same" {
            relation = "same"
            cursor += 1
        }
        if word(cursor) == "fiscal" { cursor += 1 }
        let unitWord = word(cursor)
        // Parts of the day: "this morning", "last night", "the next morning".
        if let code = TimeLexicon.partsOfDay[unitWord], !unitWord.hasSuffix("s") {
            guard let reference = (relation == "next" || relation == "following" || relation == "same" || relation == "that") ? anchorDay : documentDate else {
                return nil
            }
            let offset: Int
            switch relation {
            case "this", "same", "that": offset = 0
            case "last" where first == "last": offset = code == "TNI" ? -1 : -1
            case "next", "following": offset = 1
            case "previous": offset = -1
            default: return nil
            }
            let day = reference.adding(days: offset)
            let kind: TimeExpression.Kind = (relation == "next" || relation == "following") ? .date : .time
            return TimeMatch(start: index, end: cursor + 1, kind: kind, value: kind == .time ? day.iso + code : day.iso, day: day, takesPosition: true)
        }
        guard let granularity = TimeLexicon.timeUnits[unitWord], !TimeLexicon.pluralUnits.contains(unitWord) else {
            return nil
        }
        // A capitalised unit after a capitalised determiner is a title: ABC's "This Week".
        if tokens[cursor].isCapitalized, tokens[index].isCapitalized { return nil }
        if granularity < .day { return nil }
        if relation == "these" { return nil }
        let end = cursor + 1
        if granularity == .quarter { return nil }  // quarters have their own rule
        // "the past/last/next/coming/current + unit" and the anaphoric ones.
        let anchored = ["that", "same", "previous", "following"].contains(relation) || (first == "the" && relation == "next" && granularity == .day)
        if granularity == .day && !anchored { return nil }
        // "the same day as the visit" points at an event, not at the last date mentioned: the report's day.
        let pointsAtEvent = word(end) == "as" && relation == "same"
        guard let reference = anchored && !pointsAtEvent ? (granularity == .day ? anchorDay : anchorDate) : documentDate else {
            return TimeMatch(start: index, end: end, kind: .date, value: TimeCalendar.unknown(granularity), takesPosition: true)
        }
        let offset: Int
        switch relation {
        case "this", "current", "present", "that", "same", "latest": offset = 0
        case "last", "past", "previous": offset = -1
        case "next", "coming", "following": offset = 1
        case "the": offset = tense(around: index, end) > 0 ? 1 : (tense(around: index, end) < 0 ? -1 : 0)
        default: return nil
        }
        if granularity == .weekend {
            // An ISO week ends with its weekend: on a weekday the weekend just past is last week's.
            let inWeekend = reference.weekday >= 6
            var shift: Int
            switch offset {
            case -1: shift = -1
            case 1: shift = inWeekend ? 1 : 0
            default: shift = first == "the" && reference.weekday <= 2 ? -1 : 0
            }
            let value = TimeCalendar.value(of: reference, granularity: .weekend, offset: shift)
            return TimeMatch(start: index, end: end, kind: .date, value: value, takesPosition: true)
        }
        let value = TimeCalendar.value(of: reference, granularity: granularity, offset: offset)
        var match = TimeMatch(start: index, end: end, kind: .date, value: value, takesPosition: true)
        if granularity == .day {
            match.day = reference.adding(days: offset)
        } else if granularity == .year {
            match.year = reference.year + offset
        }
        return match
    }

    /// The date "that year" and "the following month" count from: the last day mentioned, moved to
    /// the last year mentioned when that came later.
    var anchorDate: CivilDate? {
        guard let day = anchorMonth ?? anchorDay else { return nil }
        if let year = anchorYear, year != day.year {
            return CivilDate(year: year, month: day.month, day: min(day.day, 28))
        }
        return day
    }

    /// "year-end", "year end", "year's end", "the end of the year".
    private func yearEnd(at index: Int) -> TimeMatch? {
        var cursor = index
        if word(cursor) == "the", word(cursor + 1) == "end", word(cursor + 2) == "of", word(cursor + 3) == "the",
           word(cursor + 4) == "month" || word(cursor + 4) == "week", let reference = documentDate {
            let granularity: TimeLexicon.Granularity = word(cursor + 4) == "month" ? .month : .week
            return TimeMatch(start: index, end: cursor + 5, kind: .date, value: TimeCalendar.value(of: reference, granularity: granularity))
        }
        if word(cursor) == "the", word(cursor + 1) == "end", word(cursor + 2) == "of", word(cursor + 3) == "the", word(cursor + 4) == "year" {
            cursor += 5
        } else if word(cursor) == "year", word(cursor + 1) == "-" || word(cursor + 1) == "end", word(cursor + 1) == "end" || word(cursor + 2) == "end" {
            cursor += word(cursor + 1) == "end" ? 2 : 3
        } else {
            return nil
        }
        guard let reference = documentDate else {
            return TimeMatch(start: index, end: cursor, kind: .date, value: "XXXX", takesPosition: true)
        }
        return TimeMatch(start: index, end: cursor, kind: .date, value: TimeCalendar.year(reference.year), year: reference.year, takesPosition: true)
    }

    /// "the year", "the full year", "the fiscal year": a reporting year, the report's own unless
    /// it is said to end ("the year ended June 30": a duration of a year).
    private func wholeYear(at index: Int) -> TimeMatch? {
        guard word(index) == "the" else { return nil }
        var cursor = index + 1
        while ["full", "fiscal", "entire", "whole", "latest", "current"].contains(word(cursor)) { cursor += 1 }
        guard word(cursor) == "year", word(cursor + 1) != "-", word(cursor + 1) != "'" else { return nil }
        let end = cursor + 1
        let next = word(end)
        if ["ended", "ending", "ends", "through", "to", "that", "before", "after", "in", "of", "when", "since"].contains(next) || next == "," && word(end + 1) == "ended" {
            if next == "ended" || next == "ending" || next == "ends" || next == "through" {
                return TimeMatch(start: index, end: end, kind: .duration, value: "P1Y")
            }
            return nil
        }
        guard let reference = documentDate else { return nil }
        let year = word(index + 1) == "latest" ? reference.year - 1 : reference.year
        return TimeMatch(start: index, end: end, kind: .date, value: TimeCalendar.year(year), year: year)
    }

    /// "year-ago", "year-earlier" as adjectives: the same period a year before.
    private func yearAgoAdjective(at index: Int) -> TimeMatch? {
        guard word(index) == "year", word(index + 1) == "-", touches(index), word(index + 2) == "ago" || word(index + 2) == "earlier" else {
            return nil
        }
        guard let reference = documentDate else { return nil }
        return TimeMatch(start: index, end: index + 3, kind: .date, value: yearBefore(reference: reference))
    }

    /// A year before the report, at the granularity the report talks about: the same quarter in
    /// an earnings report, else the year.
    func yearBefore(reference: CivilDate) -> String {
        if let focus = quarterFocus { return TimeCalendar.quarter(focus.year - 1, focus.quarter) }
        return TimeCalendar.year(reference.year - 1)
    }

    /// Holidays with a known date: "Christmas", "New Year's Day", "Thanksgiving", "Election Day".
    private func holiday(at index: Int) -> TimeMatch? {
        guard index < tokens.count, tokens[index].isCapitalized, let reference = documentDate else { return nil }
        let first = word(index)
        var end = index + 1
        var month = 0
        var day = 0
        switch first {
        case "christmas":
            (month, day) = (12, 25)
            if word(end) == "day" || word(end) == "eve" {
                if word(end) == "eve" { day = 24 }
                end += 1
            }
        case "thanksgiving":
            month = 11
            if word(end) == "day" { end += 1 }
        case "election":
            guard word(end) == "day", tokens[end].isCapitalized else { return nil }
            month = 11
            end += 1
        case "new":
            guard word(index + 1) == "year", word(index + 2) == "'", word(index + 3) == "s", word(index + 4) == "day" || word(index + 4) == "eve" else {
                return nil
            }
            (month, day) = word(index + 4) == "eve" ? (12, 31) : (1, 1)
            end = index + 5
        default:
            return nil
        }
        var year = reference.year
        if let (explicit, afterYear) = yearNumber(at: end) {
            year = explicit
            end = afterYear
        } else if word(index - 1) == "last" {
            year = reference.year - 1
        } else if word(index - 1) == "next" {
            year = reference.year + 1
        }
        let direction = tense(around: index, end)
        if word(index - 1) != "last" && word(index - 1) != "next" && yearNumber(at: end) == nil && word(end - 1) != "year" {
            // Without a year: the last one in a past-tense clause, the next one in a future one.
            if let inReportYear = CivilDate(year: reference.year, month: month, day: max(day, 1)) {
                if direction <= 0, inReportYear.dayNumber - reference.dayNumber > 45 { year -= 1 }
                if direction > 0, inReportYear < reference { year += 1 }
            }
        }
        if first == "thanksgiving" || first == "election" {
            // Thanksgiving: fourth Thursday of November. Election Day: the Tuesday after the first Monday.
            let novemberFirst = CivilDate(year: year, month: 11, day: 1)!
            if month == 11 && tokens[index].lower == "thanksgiving" {
                day = 1 + (4 - novemberFirst.weekday + 7) % 7 + 21
            } else {
                day = 1 + (1 - novemberFirst.weekday + 7) % 7 + 1
            }
        }
        guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
        let start = word(index - 1) == "last" || word(index - 1) == "next" ? index - 1 : index
        return TimeMatch(start: start, end: end, kind: .date, value: date.iso, day: date)
    }
}
