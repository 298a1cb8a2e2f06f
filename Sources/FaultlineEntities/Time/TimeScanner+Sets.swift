import FaultlineCore

/// Recurring times: "every week", "daily", "each Thursday", "twice a year".
extension TimeScanner {
    /// "every week", "each year", "every other month", "each Thursday", "daily", "twice a year".
    func recurrence(at index: Int) -> TimeMatch? {
        let first = word(index)
        if let period = TimeLexicon.frequencyAdverbs[first] {
            return TimeMatch(start: index, end: index + 1, kind: .set, value: period)
        }
        switch first {
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
}
