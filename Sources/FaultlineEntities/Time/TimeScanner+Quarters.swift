import FaultlineCore

/// Calendar and fiscal quarters and halves: "the third quarter", "third-quarter", "the year-ago
/// period", "the first half of 1990".
extension TimeScanner {
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
                if let closing = closingMonth(after: end) {
                    // "the quarter ended Sept. 30": the quarter that month closes.
                    let closingYear = resolveYear(month: closing, reference: reference, direction: -1)
                    (year, quarter) = (closingYear, TimeCalendar.quarterOf(month: closing))
                } else if let focus = quarterFocus {
                    (year, quarter) = (focus.year, focus.quarter)
                } else {
                    let last = TimeCalendar.addingMonths(-3, to: reference.year, reference.month)
                    (year, quarter) = (last.year, TimeCalendar.quarterOf(month: last.month))
                }
            }
            if let yearOffset { year = reference.year + yearOffset }
            if let explicitYear { year = explicitYear }
        } else {
            return nil
        }
        if yearAgo { year -= 1 }
        var match = TimeMatch(start: start, end: end, kind: .date, value: TimeCalendar.quarter(year, quarter))
        // The report's latest completed quarters become the focus of "the quarter" and "a year earlier".
        let completed = year * 4 + quarter < reference.year * 4 + currentQuarter
        if !yearAgo, completed, year == reference.year || year == reference.year - 1 && currentQuarter == 1 {
            match.quarter = QuarterFocus(year: year, quarter: quarter)
        }
        return match
    }

    /// The month in "ended Sept. 30" / "ending June 30" after `index`, if any.
    private func closingMonth(after index: Int) -> Int? {
        guard ["ended", "ending", "ends"].contains(word(index)) else { return nil }
        return monthName(at: index + 1)?.month
    }
}
