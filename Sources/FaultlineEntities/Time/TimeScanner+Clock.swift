import FaultlineCore

/// Clock times: "8 a.m.", "noon Saturday", "5 p.m. EST, Nov. 9".
extension TimeScanner {
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
                    // The closing period of "a.m." stays out, as in TimeBank, unless a day or zone follows.
                    if word(cursor) == ".", !tokens[cursor].spaceBefore, cursor + 1 < tokens.count,
                       isDayWord(cursor + 1) || isZone(word(cursor + 1)) {
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
        } else if let namedDay = dayAfterAside(from: cursor) {
            day = namedDay
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

    /// The day named just after a parenthetical aside, as in "10:35 a.m. (0735 GMT) Friday": it dates
    /// the time without belonging to its extent.
    private func dayAfterAside(from index: Int) -> CivilDate? {
        let open = word(index) == "." ? index + 1 : index  // the period of "a.m." before the aside
        guard word(open) == "(" else { return nil }
        var cursor = open + 1
        while cursor < tokens.count, cursor < open + 8, word(cursor) != ")" { cursor += 1 }
        guard word(cursor) == ")" else { return nil }
        return weekdayDate(at: cursor + 1)?.day
    }

    private func isZone(_ word: String) -> Bool {
        ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest"].contains(word)
    }

    private func isDayWord(_ index: Int) -> Bool {
        TimeLexicon.weekdays[word(index)] != nil || TimeLexicon.months[word(index)] != nil
    }
}
