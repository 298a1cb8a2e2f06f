import FaultlineCore

/// Dates written with calendar names: months, days, weekdays, years, decades, centuries.
extension TimeScanner {
    /// A month name at `index` (abbreviations need a period, a day or a year after them).
    func monthName(at index: Int) -> (month: Int, end: Int)? {
        guard index < tokens.count, tokens[index].isCapitalized, let month = TimeLexicon.months[tokens[index].lower] else {
            return nil
        }
        let isAbbreviation = TimeLexicon.monthAbbreviations.contains(tokens[index].lower)
        let end = isAbbreviation ? skipPeriod(index + 1) : index + 1
        if TimeLexicon.monthAbbreviations.contains(tokens[index].lower), end == index + 1,
           dayOfMonth(at: end) == nil, yearNumber(at: end) == nil {
            return nil
        }
        return (month, end)
    }

    /// "Nov. 11", "November 11, 2025", "11 November 2025", "July 1997", "June", "June last year",
    /// "2025-10-30", "10/30/2025".
    func calendarDate(at index: Int) -> TimeMatch? {
        guard index < tokens.count else { return nil }
        if let numeric = numericDate(at: index) { return numeric }
        var start = index
        var explicitYear: Int?
        var month: Int
        var day: Int?
        var end: Int
        if let (value, afterDay) = dayOfMonth(at: index), tokens[index].shape == .number || word(afterDay) == "of" {
            // 11 November, 11th of November
            let monthIndex = word(afterDay) == "of" ? afterDay + 1 : afterDay
            guard let (named, afterMonth) = monthName(at: monthIndex) else { return nil }
            month = named
            day = value
            end = afterMonth
        } else if let (named, afterMonth) = monthName(at: index) {
            month = named
            end = afterMonth
            if let (value, afterDay) = dayOfMonth(at: end),
               yearNumber(at: end) == nil || tokens[end].lower.utf8.count <= 2 {
                day = value
                end = afterDay
            }
        } else {
            return nil
        }
        // A year after a comma or directly: "Nov. 11, 2025", "July 1997", "June of 1998".
        var yearIndex = end
        if word(yearIndex) == "," && day != nil { yearIndex += 1 }
        if word(yearIndex) == "of" && day == nil { yearIndex += 1 }
        if let (year, afterYear) = yearNumber(at: yearIndex) {
            explicitYear = year
            end = afterYear
        }
        var match: TimeMatch
        if let explicitYear {
            if let day, let date = CivilDate(year: explicitYear, month: month, day: day) {
                match = TimeMatch(start: start, end: end, kind: .date, value: date.iso, day: date)
            } else if day == nil {
                match = TimeMatch(start: start, end: end, kind: .date, value: TimeCalendar.month(explicitYear, month), year: explicitYear)
                match.month = CivilDate(year: explicitYear, month: month, day: 1)
            } else {
                return nil
            }
        } else if let day {
            guard let reference = documentDate else {
                return TimeMatch(start: start, end: end, kind: .date, value: "XXXX-\(TimeCalendar.pad(month, 2))-\(TimeCalendar.pad(day, 2))")
            }
            let year = resolveYear(month: month, day: day, reference: reference, direction: tense(around: start, end))
            guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
            match = TimeMatch(start: start, end: end, kind: .date, value: date.iso, day: date)
        } else {
            // A month alone: "last June", "June last year", "this September", or by tense.
            var offsetYear: Int?
            var direction = 0
            let previous = word(index - 1)
            if ["last", "next", "this", "past", "coming"].contains(previous) {
                start = index - 1
                if previous == "last" { direction = -2 } else if previous == "next" { direction = 2 } else if previous == "this" {
                    direction = 0
                    offsetYear = 0
                }
                if previous == "past" || previous == "coming", word(index - 2) == "this" { start = index - 2 }
                if previous == "past" { direction = -2; offsetYear = nil }
                if previous == "coming" { direction = 2; offsetYear = nil }
            }
            if ["last", "this", "next"].contains(word(end)), word(end + 1) == "year" {
                offsetYear = word(end) == "last" ? -1 : word(end) == "next" ? 1 : 0
                end += 2
            }
            // "the March for Life", "the March of the Mothers": not the month.
            if ["for", "of"].contains(word(end)) && word(index - 1) == "the" { return nil }
            guard let reference = documentDate else {
                return TimeMatch(start: start, end: end, kind: .date, value: "XXXX-\(TimeCalendar.pad(month, 2))", takesPosition: true)
            }
            let year: Int
            if let offsetYear {
                year = reference.year + offsetYear
            } else {
                if direction == 0 { direction = tense(around: start, end) }
                year = resolveYear(month: month, reference: reference, direction: direction)
            }
            match = TimeMatch(start: start, end: end, kind: .date, value: TimeCalendar.month(year, month), year: year)
            match.month = CivilDate(year: year, month: month, day: 1)
        }
        match.takesPosition = true
        return match
    }

    /// Whether the token at `index` is a word of two or more capitals ("WASHINGTON").
    private func isAllCaps(_ index: Int) -> Bool {
        tokens.indices.contains(index) && tokens[index].isAllCaps
    }

    /// "2025-10-30" and "10/30/2025".
    private func numericDate(at index: Int) -> TimeMatch? {
        let token = tokens[index]
        guard token.shape == .number else { return nil }
        if token.lower.utf8.count == 4, let year = token.integer, word(index + 1) == "-", touches(index),
           let month = tokens.indices.contains(index + 2) ? tokens[index + 2].integer : nil, word(index + 3) == "-",
           let day = tokens.indices.contains(index + 4) ? tokens[index + 4].integer : nil, touches(index + 3),
           let date = CivilDate(year: year, month: month, day: day) {
            return TimeMatch(start: index, end: index + 5, kind: .date, value: date.iso, day: date)
        }
        let parts = token.lower.split(separator: "/")
        if parts.count == 3, parts[2].count == 4, let month = Int(parts[0]), let day = Int(parts[1]), let year = Int(parts[2]),
           let date = CivilDate(year: year, month: month, day: day) {
            return TimeMatch(start: index, end: index + 1, kind: .date, value: date.iso, day: date)
        }
        return nil
    }

    /// The year of a month and day without one: the nearest such day to the reference date,
    /// or the last one before it (direction < 0) or the next one after it (direction > 0).
    func resolveYear(month: Int, day: Int, reference: CivilDate, direction: Int) -> Int {
        let candidates = [reference.year - 1, reference.year, reference.year + 1].compactMap { year -> CivilDate? in
            CivilDate(year: year, month: month, day: min(day, CivilDate.daysIn(month: month, year: year)))
        }
        if direction < 0, let past = candidates.last(where: { $0 <= reference }) {
            // A day within two months after the report, in a past-tense clause, is still more
            // likely ahead than nearly a year back ("it was postponed to Jan. 14").
            if let next = candidates.first(where: { $0 > reference }), next.dayNumber - reference.dayNumber <= 75 {
                return next.year
            }
            return past.year
        }
        if direction > 0, let future = candidates.first(where: { $0 >= reference }) { return future.year }
        let nearest = candidates.min { abs($0.dayNumber - reference.dayNumber) < abs($1.dayNumber - reference.dayNumber) }
        return nearest?.year ?? reference.year
    }

    /// The year of a month named alone: the report's month counts as the same year; otherwise the
    /// last one (direction < 0, the default for news) or the next one (direction > 0).
    /// Direction ±2 ("last June", "next June") excludes the report's own month.
    func resolveYear(month: Int, reference: CivilDate, direction: Int) -> Int {
        switch direction {
        case 2: return month > reference.month ? reference.year : reference.year + 1
        case -2: return month < reference.month ? reference.year : reference.year - 1
        case 1...: return month >= reference.month ? reference.year : reference.year + 1
        default:
            // The next month or two are more likely ahead than most of a year back, whatever the tense.
            if month <= reference.month { return reference.year }
            return month - reference.month <= 2 ? reference.year : reference.year - 1
        }
    }

    /// "Friday", "last Friday", "Friday, Oct. 23", "Friday morning", "this coming Sunday, March eighth".
    func weekdayDate(at index: Int) -> TimeMatch? {
        guard index < tokens.count, tokens[index].isCapitalized || tokens[index].lower.utf8.count > 5 else { return nil }
        let name = tokens[index].lower
        if let weekday = TimeLexicon.weekdayPlurals[name] {
            var end = index + 1
            var value = "XXXX-WXX-\(weekday)"
            if let part = TimeLexicon.partsOfDay[word(end)] {
                value += part
                end += 1
            }
            return TimeMatch(start: index, end: end, kind: .set, value: value)
        }
        guard name.utf8.count > 4, let weekday = TimeLexicon.weekdays[name], !isInsideName(index, end: index + 1) else { return nil }
        var start = index
        let end = index + 1
        var direction = 0
        var relativeToAnchor = false
        let previous = word(index - 1)
        switch previous {
        case "last", "past":
            direction = -2
            start = index - 1
            if previous == "past", word(index - 2) == "this" { start = index - 2 }
            if word(start - 1) == "the" { start -= 1; relativeToAnchor = previous == "last" ? false : true }
        case "next", "coming":
            direction = 2
            start = index - 1
            if word(index - 2) == "this" || word(index - 2) == "the" { start = index - 2 }
        case "previous", "following":
            guard word(index - 2) == "the" else { break }
            direction = previous == "previous" ? -2 : 2
            start = index - 2
            relativeToAnchor = true
        case "this":
            start = index - 1
        case "each", "every":
            return TimeMatch(start: index - 1, end: end, kind: .set, value: "XXXX-WXX-\(weekday)")
        default:
            break
        }
        // An explicit date after the weekday decides: "Friday, Oct. 23".
        var afterComma = end
        if word(afterComma) == "," { afterComma += 1 }
        if let dated = calendarDate(at: afterComma), dated.day != nil {
            var match = dated
            match.start = start
            if let part = partOfDay(at: match.end) { match.end = part.end }
            return match
        }
        guard let reference = relativeToAnchor ? anchorDay : documentDate else {
            return TimeMatch(start: start, end: end, kind: .date, value: "XXXX-WXX-\(weekday)", takesPosition: true)
        }
        // "Wednesday's ruling" names an event; the clause's tense says little about it: the nearest day.
        let possessive = word(end) == "'" && word(end + 1) == "s"
        if direction == 0 && !possessive { direction = tense(around: start, end) }
        var delta = weekday - reference.weekday
        if direction == 0 && possessive {
            direction = delta > 0 && delta < 4 || delta <= -4 ? 1 : -1
        }
        switch direction {
        case 2:
            if delta <= 0 { delta += 7 }
        case 1:
            if delta < 0 { delta += 7 }
        case -2:
            if delta >= 0 { delta -= 7 }
        default:
            if delta > 0 { delta -= 7 }
        }
        let day = reference.adding(days: delta)
        var match = TimeMatch(start: start, end: end, kind: .date, value: day.iso, day: day, takesPosition: true)
        // "Friday night": TimeBank and AQUAINT mostly annotate the whole phrase with the day's date.
        if let part = partOfDay(at: end) { match.end = part.end }
        return match
    }

    /// "morning", "night", ... right after a day: its TIMEX3 code and the index after it.
    func partOfDay(at index: Int) -> (code: String, end: Int)? {
        if let code = TimeLexicon.partsOfDay[word(index)], word(index) != "nights", word(index) != "mornings" {
            return (code, index + 1)
        }
        return nil
    }

    /// "1998", "the year 1998", "fiscal 1989", "nineteen ninety-six", "post-1959".
    func yearDate(at index: Int) -> TimeMatch? {
        var start = index
        var cursor = index
        var fiscal = false
        if word(cursor) == "fiscal" {
            fiscal = true
            cursor += 1
            if word(cursor) == "year" { cursor += 1 }
        } else if word(cursor) == "the", word(cursor + 1) == "year" {
            cursor += 2
        } else if ["post", "pre"].contains(word(cursor)), word(cursor + 1) == "-", touches(cursor) {
            cursor += 2
        }
        guard let (year, end) = yearNumber(at: cursor) else { return nil }
        let token = tokens[cursor]
        if token.shape == .number {
            let before = word(cursor - 1)
            let after = word(end)
            if before == "$" || before == "#" || after == "%" || after == "percent" || after == "-" && touches(end - 1) && word(end + 1) != "year" {
                return nil
            }
            if TimeLexicon.timeUnits[after] != nil || ["people", "troops", "shares", "points", "cents", "dollars", "feet", "meters", "miles"].contains(after) {
                return nil
            }
            if word(end) == ":" || (token.isCapitalized == false && !(1900...2030).contains(year) && !["in", "since", "of", "by", "until", "from", "to", "the", "fiscal", "early", "late", "mid", "-", "and", "before", "after"].contains(before)) {
                return nil
            }
        } else if !fiscal && start == cursor && word(cursor) == "two" {
            // "two thousand" is a year only where a year is expected.
            let before = word(cursor - 1)
            guard ["in", "since", "of", "by", "until", "from", "year"].contains(before)
                    || TimeLexicon.months[before] != nil || TimeLexicon.seasons[before] != nil else { return nil }
        }
        if fiscal, word(index - 1) == "the" { start = index - 1 }
        return TimeMatch(start: start, end: end, kind: .date, value: TimeCalendar.year(year), year: year, takesPosition: true)
    }

    /// "the 1990s", "the mid-1990s", "'80s", "the nineties", "the 20th century".
    func decadeOrCentury(at index: Int) -> TimeMatch? {
        var cursor = index
        var start = index
        if word(cursor) == "the" { cursor += 1 }
        if ["early", "late", "mid"].contains(word(cursor)) {
            cursor += 1
            if word(cursor) == "-" { cursor += 1 }
        }
        let text = word(cursor)
        if tokens.indices.contains(cursor), tokens[cursor].shape == .number, text.utf8.last == 0x73 {
            let bytes = Array(text.utf8)
            let digits = bytes.filter { TimeTokenizer.isDigit($0) }
            var decade: String?
            if digits.count == 4, digits[3] == 0x30 {
                decade = String(decoding: digits.prefix(3), as: UTF8.self)
            } else if digits.count == 2, digits[1] == 0x30, bytes.first == 0x27 || cursor > index {
                decade = "19" + String(decoding: digits.prefix(1), as: UTF8.self)
            }
            guard let decade else { return nil }
            if cursor == index + 1 && word(index) != "the" { start = index }
            return TimeMatch(start: start, end: cursor + 1, kind: .date, value: decade, takesPosition: true)
        }
        if word(index) == "the", let digit = TimeLexicon.spokenDecades[text] {
            return TimeMatch(start: index, end: cursor + 1, kind: .date, value: "19\(digit)", takesPosition: true)
        }
        // Centuries: "the 20th century", "the eleventh century".
        if let (number, afterOrdinal) = ordinal(at: cursor), word(afterOrdinal) == "century", number >= 1, number <= 22 {
            start = word(index) == "the" ? index : cursor
            return TimeMatch(start: start, end: afterOrdinal + 1, kind: .date, value: TimeCalendar.pad(number - 1, 2), takesPosition: true)
        }
        return nil
    }
}
