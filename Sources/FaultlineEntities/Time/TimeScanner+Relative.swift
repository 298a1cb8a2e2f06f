import FaultlineCore

/// Dates relative to the report or to a date mentioned before: "this week", "yesterday",
/// "the following year", quarters, halves and seasons.
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
        case "that":
            relation = "that"
            cursor += 1
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
        let anchored = ["that", "same", "previous", "following"].contains(relation)
        if granularity == .day && !anchored { return nil }
        guard let reference = anchored ? (granularity == .day ? anchorDay : anchorDate) : documentDate else {
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
        guard let day = anchorDay else { return nil }
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
        if first == "thanksgiving" || first == "election" {
            // Thanksgiving: fourth Thursday of November. Election Day: the Tuesday after the first Monday.
            let first = CivilDate(year: year, month: 11, day: 1)!
            if month == 11 && tokens[index].lower == "thanksgiving" {
                day = 1 + (4 - first.weekday + 7) % 7 + 21
            } else {
                day = 1 + (1 - first.weekday + 7) % 7 + 1
            }
        }
        guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
        let start = word(index - 1) == "last" || word(index - 1) == "next" ? index - 1 : index
        return TimeMatch(start: start, end: end, kind: .date, value: date.iso, day: date)
    }

    // MARK: - Quarters and halves

    /// "the third quarter", "third-quarter", "the fiscal first quarter", "the year-ago quarter",
    /// "the first half of 1990", "the latest quarter", "next year's first quarter".
    func quarterOrHalf(at index: Int) -> TimeMatch? {
        var cursor = index
        var determiner = ""
        var yearOffset: Int?
        var explicitYear: Int?
        var yearAgo = false
        if ["the", "this", "last", "next", "its", "that", "a"].contains(word(cursor)) {
            determiner = word(cursor)
            cursor += 1
        }
        // "this year's", "next year's", "last year's"
        if ["this", "next", "last"].contains(determiner), word(cursor) == "year", word(cursor + 1) == "'", word(cursor + 2) == "s" {
            yearOffset = determiner == "this" ? 0 : determiner == "next" ? 1 : -1
            determiner = "the"
            cursor += 3
        }
        let afterDeterminer = cursor
        var relative = ""
        var comparative = false
        var sawModifier = true
        while sawModifier {
            sawModifier = false
            let current = word(cursor)
            switch current {
            case "comparable", "corresponding", "same":
                comparative = true
                cursor += 1
                sawModifier = true
            case "fiscal", "flat", "calendar", "full":
                cursor += 1
                sawModifier = true
            case "latest", "current", "previous", "prior", "recent", "past":
                relative = current
                cursor += 1
                sawModifier = true
            case "most":
                if word(cursor + 1) == "recent" {
                    relative = "latest"
                    cursor += 2
                    sawModifier = true
                }
            case "year":
                if word(cursor + 1) == "-", word(cursor + 2) == "ago" || word(cursor + 2) == "earlier" {
                    yearAgo = true
                    cursor += 3
                    sawModifier = true
                }
            default:
                if let (year, after) = yearNumber(at: cursor), tokens[cursor].shape == .number, determiner == "the" {
                    explicitYear = year
                    cursor = after
                    sawModifier = true
                }
            }
        }
        var number: Int?
        if let (value, after) = ordinal(at: cursor) {
            number = value
            cursor = after
        } else if word(cursor) == "final" || word(cursor) == "last" && determiner == "the" && word(cursor + 1) == "half" {
            number = -1
            cursor += 1
        }
        var isCompound = false
        if word(cursor) == "-", number != nil {
            cursor += 1
            isCompound = true
        }
        var unit = word(cursor)
        // "the latest period", "the year-ago period", "the 1988 period", "the corresponding period last year"
        if unit == "period", number == nil, yearAgo || explicitYear != nil || comparative || relative == "latest" {
            unit = "quarter"
        }
        guard unit == "quarter" || unit == "half" else { return nil }
        let isHalf = unit == "half"
        if isHalf && number == nil { return nil }
        if isHalf, word(index) == "last", number == nil { return nil }
        // Bare "quarter" needs a determiner or a number; "a quarter of" is a fraction.
        if number == nil && (determiner.isEmpty || determiner == "a") { return nil }
        if determiner == "a" && !["flat", "strong", "weak"].contains(word(index + 1)) && number == nil { return nil }
        if tokens[cursor].isCapitalized && cursor > 0 && tokens[cursor].sentence == tokens[cursor - 1].sentence && !tokens[index].isCapitalized {
            return nil  // "the Latin Quarter"
        }
        var end = cursor + 1
        // "of 1990", "of fiscal 1990", "of next year", "of the year"
        if word(end) == "of" {
            var yearCursor = end + 1
            if word(yearCursor) == "fiscal" { yearCursor += 1 }
            if let (year, after) = yearNumber(at: yearCursor) {
                explicitYear = year
                end = after
            } else if ["this", "next", "last"].contains(word(yearCursor)), word(yearCursor + 1) == "year" {
                yearOffset = word(yearCursor) == "this" ? 0 : word(yearCursor) == "next" ? 1 : -1
                end = yearCursor + 2
            } else if word(yearCursor) == "the", word(yearCursor + 1) == "year" {
                end = yearCursor + 2
            } else if word(yearCursor) != "the" && word(yearCursor) != "a" && word(yearCursor) != "its" {
                // "the quarter of a century" and similar are not calendar quarters.
            } else {
                if number == nil { return nil }
            }
        } else if ["this", "next", "last"].contains(word(end)), word(end + 1) == "year" {
            yearOffset = word(end) == "this" ? 0 : word(end) == "next" ? 1 : -1
            end += 2
        } else if word(end) == "a", word(end + 1) == "year", word(end + 2) == "ago" || word(end + 2) == "earlier" {
            yearAgo = true
            end += 3
        }
        if determiner == "a" && word(end) == "of" { return nil }
        if number == nil && word(end) == "-" { return nil }  // "the quarter-point cut"
        // Possessives and articles stay out of the extent ("its fourth quarter", "a third-quarter loss"),
        // and so does any determiner of an adjectival compound ("the third-quarter results").
        var start = ["its", "a", "their", "his", "her", "our"].contains(determiner) ? afterDeterminer : index
        if isCompound && !yearAgo && explicitYear == nil { start = afterDeterminer }
        if yearOffset != nil && start == afterDeterminer && word(index + 1) == "year" { start = index }
        guard let reference = documentDate else {
            let value = isHalf ? "XXXX-H\(number ?? 1)" : "XXXX-Q\(number.map(String.init) ?? "X")"
            return TimeMatch(start: start, end: end, kind: .date, value: value)
        }
        let currentQuarter = TimeCalendar.quarterOf(month: reference.month)
        var year: Int
        var quarter: Int
        if isHalf {
            let half = number == -1 || word(index + 1) == "last" ? 2 : (number ?? 1)
            guard half == 1 || half == 2 else { return nil }
            year = explicitYear ?? (reference.year + (yearOffset ?? 0))
            if explicitYear == nil, yearOffset == nil, tense(around: start, end) < 0, half == 2, reference.month <= 6 { year -= 1 }
            return TimeMatch(start: start, end: end, kind: .date, value: "\(TimeCalendar.pad(year, 4))-H\(half)", year: year)
        }
        if let number, number >= 1 && number <= 4 || number == -1 {
            quarter = number == -1 ? 4 : number
            if let explicitYear {
                year = explicitYear
            } else if let yearOffset {
                year = reference.year + yearOffset
            } else if let focus = quarterFocus, focus.quarter == quarter, determiner == "the" || determiner.isEmpty, !yearAgo {
                year = focus.year
            } else {
                year = reference.year
                // A quarter not yet over, spoken of in the past tense, is last year's.
                if quarter > currentQuarter && tense(around: start, end) < 0 { year -= 1 }
                if quarter >= currentQuarter && currentQuarter == 1 && quarter == 4 && tense(around: start, end) <= 0 { year = reference.year - 1 }
            }
        } else if number == nil {
            switch (determiner, relative) {
            case ("this", _), (_, "current"):
                (year, quarter) = (reference.year, currentQuarter)
            case ("next", _):
                let next = TimeCalendar.addingMonths(3, to: reference.year, reference.month)
                (year, quarter) = (next.year, TimeCalendar.quarterOf(month: next.month))
            case ("last", _), (_, "previous"), (_, "prior"):
                let last = TimeCalendar.addingMonths(-3, to: reference.year, reference.month)
                (year, quarter) = (last.year, TimeCalendar.quarterOf(month: last.month))
            case (_, "latest"):
                let last = TimeCalendar.addingMonths(-3, to: reference.year, reference.month)
                (year, quarter) = (last.year, TimeCalendar.quarterOf(month: last.month))
            default:
                if let focus = quarterFocus {
                    (year, quarter) = (focus.year, focus.quarter)
                } else {
                    let last = TimeCalendar.addingMonths(-3, to: reference.year, reference.month)
                    (year, quarter) = (last.year, TimeCalendar.quarterOf(month: last.month))
                }
            }
            if let explicitYear { year = explicitYear }
        } else {
            return nil
        }
        if yearAgo { year -= 1 }
        var match = TimeMatch(start: start, end: end, kind: .date, value: TimeCalendar.quarter(year, quarter))
        if !yearAgo && explicitYear == nil || number != nil && !yearAgo { match.quarter = QuarterFocus(year: year, quarter: quarter) }
        return match
    }

    // MARK: - Seasons

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
        guard let code = TimeLexicon.seasons[word(cursor)] else { return nil }
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
            let seasonEnd = ["SP": 5, "SU": 8, "FA": 11, "WI": 2][code]!
            let seasonStart = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][code]!
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
