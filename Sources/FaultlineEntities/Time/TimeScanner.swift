import FaultlineCore

/// Finds and resolves time expressions in a token array, left to right.
///
/// At each token every rule proposes a match; the longest wins and scanning resumes after it.
/// The scanner remembers the last day, year and quarter mentioned, so that "that day",
/// "the following year" and "a year earlier" (in an earnings report: the same quarter of the
/// year before) resolve against them. Relative expressions ("last week") resolve against the
/// document date, as news reports use them.
struct TimeScanner {
    let tokens: [TimeToken]
    let documentDate: CivilDate?
    /// The last day mentioned (starts as the document date).
    var anchorDay: CivilDate?
    /// The last year mentioned.
    var anchorYear: Int?
    /// The first day of the last month mentioned, or the last day mentioned if that came later.
    var anchorMonth: CivilDate?
    /// The last quarter mentioned.
    var quarterFocus: QuarterFocus?

    init(tokens: [TimeToken], documentDate: CivilDate?) {
        self.tokens = tokens
        self.documentDate = documentDate
        self.anchorDay = documentDate
        self.anchorYear = documentDate?.year
        self.anchorMonth = documentDate
    }

    /// All matches, in text order, none overlapping.
    mutating func scan() -> [TimeMatch] {
        var found: [TimeMatch] = []
        // Every expression contains a number or a core word, at most a few tokens after its start:
        // rules run only within that reach of one.
        let reach = 7
        var nextCore = Array(repeating: Int.max, count: tokens.count + 1)
        var canStart = Array(repeating: false, count: tokens.count)
        for position in stride(from: tokens.count - 1, through: 0, by: -1) {
            let token = tokens[position]
            let isNumber = token.shape == .number
            let role = isNumber ? 3 : TimeLexicon.wordRoles[token.lower] ?? 0
            nextCore[position] = role & 1 != 0 ? position : nextCore[position + 1]
            canStart[position] = role & 2 != 0
        }
        var index = 0
        while index < tokens.count {
            if nextCore[index] == Int.max { break }
            if nextCore[index] - index > reach {
                index = nextCore[index] - reach
                continue
            }
            if !canStart[index] {
                index += 1
                continue
            }
            guard var match = bestMatch(at: index) else {
                index += 1
                continue
            }
            // Rules may reach back for a modifier ("last" in "last June"); never into an earlier match.
            if let previous = found.last, match.start < previous.end { match.start = previous.end }
            if word(match.end) == "or", word(match.end + 1) == "so" { match.end += 2 }
            if match.start >= match.end {
                index += 1
                continue
            }
            found.append(match)
            remember(match)
            index = max(match.end, index + 1)
        }
        return found
    }

    /// Updates the anchors with what a match named.
    private mutating func remember(_ match: TimeMatch) {
        if let day = match.day {
            anchorDay = day
            anchorMonth = day
        }
        if let month = match.month { anchorMonth = month }
        if let year = match.year ?? match.day?.year { anchorYear = year }
        if let quarter = match.quarter { quarterFocus = quarter }
    }

    /// The longest match starting at `index`, modifiers included.
    func bestMatch(at index: Int) -> TimeMatch? {
        var best = coreMatch(at: index)
        // Modifiers TimeBank keeps inside the extent: "about two years", "early next year".
        if let (length, isApproximator) = modifier(at: index), var inner = coreMatch(at: index + length),
           isApproximator ? inner.takesApproximator : inner.takesPosition,
           !(["earlier", "later"].contains(word(index)) && (inner.value.contains("-W") || TimeLexicon.weekdays[word(index + length)] != nil)) {
            inner.start = index
            if best == nil || inner.end > best!.end { best = inner }
        }
        return best
    }

    /// The longest match of any rule at `index`.
    func coreMatch(at index: Int) -> TimeMatch? {
        guard index < tokens.count else { return nil }
        let candidates: [TimeMatch?] = [
            clockTime(at: index), calendarDate(at: index), weekdayDate(at: index), yearDate(at: index),
            decadeOrCentury(at: index), quarterOrHalf(at: index), season(at: index), relativeDate(at: index),
            duration(at: index), reference(at: index), recurrence(at: index),
        ]
        var best: TimeMatch?
        for case let candidate? in candidates where best == nil || candidate.end > best!.end {
            best = candidate
        }
        return best
    }

    /// An extent modifier at `index`: its length in tokens and whether it approximates an amount
    /// (else it places the time within a period).
    func modifier(at index: Int) -> (Int, Bool)? {
        let first = word(index)
        switch first {
        case "nearly", "approximately", "roughly":
            return (1, true)
        case "around":
            return (1, !isDateAhead(index + 1))
        case "about", "almost", "some":
            // TimeBank keeps these only before a date counted back: "about two years ago".
            return hasAgo(after: index + 1) ? (1, true) : nil
        case "more", "less", "fewer":
            return word(index + 1) == "than" ? (2, true) : nil
        case "at":
            return word(index + 1) == "least" || word(index + 1) == "most" ? (2, true) : nil
        case "up":
            return word(index + 1) == "to" ? (2, true) : nil
        case "no":
            return (word(index + 1) == "more" || word(index + 1) == "less") && word(index + 2) == "than" ? (3, true) : nil
        case "early", "late", "mid", "earlier", "later", "sometime":
            return word(index + 1) == "-" && !tokens[index + 1].spaceBefore ? (2, false) : (1, false)
        case "the":
            let second = word(index + 1)
            if ["end", "beginning", "start", "middle", "turn", "close"].contains(second), word(index + 2) == "of" {
                return (3, false)
            }
            return nil
        default:
            return nil
        }
    }

    /// Whether a date (not an amount) starts at `index`: "around Nov. 1", "around year end".
    private func isDateAhead(_ index: Int) -> Bool {
        TimeLexicon.months[word(index)] != nil || word(index) == "year" || word(index) == "noon" || word(index) == "midnight"
            || (tokens.indices.contains(index) && tokens[index].lower.contains(":"))
    }

    /// Whether "ago" closes an amount of time starting at `index` ("two years ago").
    private func hasAgo(after index: Int) -> Bool {
        var cursor = index
        while cursor < index + 6, cursor < tokens.count {
            if word(cursor) == "ago" { return true }
            if tokens[cursor].shape == .punctuation && word(cursor) != "-" { return false }
            cursor += 1
        }
        return false
    }

    /// Whether the word at `index` is part of a capitalised name ("the Sunday Times", "Black Friday",
    /// "the Six-Day War", "the Summer Olympics") rather than a time: a capitalised word follows it
    /// and a determiner or another capitalised word precedes it.
    func isInsideName(_ index: Int, end: Int) -> Bool {
        guard tokens.indices.contains(end), tokens[end].shape == .word, tokens[end].isCapitalized,
              TimeLexicon.months[tokens[end].lower] == nil, TimeLexicon.partsOfDay[tokens[end].lower] == nil,
              tokens[end].sentence == tokens[index].sentence else { return false }
        let before = index - 1
        guard before >= 0, tokens[before].sentence == tokens[index].sentence else { return false }
        return tokens[before].lower == "the" || (tokens[before].shape == .word && tokens[before].isCapitalized)
            || tokens[before].lower == "-"
    }

    // MARK: - Token access

    /// The lowercased token at `index`, or "" past either end.
    func word(_ index: Int) -> String {
        index >= 0 && index < tokens.count ? tokens[index].lower : ""
    }

    /// Whether tokens `index` and `index + 1` touch (no space between), as in "third-quarter".
    func touches(_ index: Int) -> Bool {
        index + 1 < tokens.count && !tokens[index + 1].spaceBefore
    }

    /// The index after an optional "." that closes an abbreviation at `index - 1`.
    func skipPeriod(_ index: Int) -> Int {
        word(index) == "." && !tokens[index].spaceBefore ? index + 1 : index
    }

    // MARK: - Numbers

    /// A cardinal number at `index`: digits, words ("twenty-four", "a hundred"), or a vague
    /// amount ("several", "a few"; value `nil`). Returns the value and the index after it.
    func cardinal(at index: Int, allowArticle: Bool = true) -> (value: Double?, end: Int)? {
        let first = word(index)
        guard !first.isEmpty else { return nil }
        if let integer = tokens[index].integer {
            var value = Double(integer)
            var end = index + 1
            if let fraction = fraction(word(end)) {
                value += fraction
                end += 1
            }
            return (value, end)
        }
        if tokens[index].shape == .number, first.contains("."), let decimal = Double(first), decimal < 100_000 {
            return (decimal, index + 1)
        }
        switch first {
        case "a", "an":
            guard allowArticle else { return nil }
            if word(index + 1) == "few" { return (nil, index + 2) }
            if word(index + 1) == "couple", word(index + 2) == "of" { return (2, index + 3) }
            if word(index + 1) == "couple" { return (2, index + 2) }
            if word(index + 1) == "half" { return (0.5, index + 2) }
            if word(index + 1) == "dozen" { return (12, index + 2) }
            if word(index + 1) == "hundred" { return (100, index + 2) }
            if word(index + 1) == "thousand" { return (1000, index + 2) }
            return (1, index + 1)
        case "several", "few", "some", "many", "numerous":
            return (nil, index + 1)
        case "couple":
            return word(index + 1) == "of" ? (2, index + 2) : nil
        case "half":
            return word(index + 1) == "a" ? (0.5, index + 2) : nil
        case "dozen", "dozens":
            return word(index + 1) == "of" ? (nil, index + 2) : (12, index + 1)
        default:
            break
        }
        guard var value = numberWord(first) else { return nil }
        var end = index + 1
        if TimeLexicon.tens[first] != nil {
            // twenty-four, twenty four
            let next = word(end) == "-" ? end + 1 : end
            if let unit = TimeLexicon.units[word(next)], unit > 0, unit < 10 {
                value += unit
                end = next + 1
            }
        }
        if word(end) == "hundred" {
            value *= 100
            end += 1
        } else if word(end) == "thousand" {
            value *= 1000
            end += 1
        }
        if word(end) == "and", word(end + 1) == "a", word(end + 2) == "half" {
            return (Double(value) + 0.5, end + 3)
        }
        return (Double(value), end)
    }

    private func numberWord(_ word: String) -> Int? {
        TimeLexicon.units[word] ?? TimeLexicon.tens[word]
    }

    private func fraction(_ word: String) -> Double? {
        switch word {
        case "1/2": return 0.5
        case "1/4": return 0.25
        case "3/4": return 0.75
        default: return nil
        }
    }

    /// An ordinal at `index` ("third", "3rd", "twenty-first"): its value and the index after it.
    func ordinal(at index: Int) -> (value: Int, end: Int)? {
        let first = word(index)
        if let value = TimeLexicon.ordinals[first] { return (value, index + 1) }
        if let tens = TimeLexicon.tens[first], word(index + 1) == "-", let unit = TimeLexicon.ordinals[word(index + 2)], unit < 10 {
            return (tens + unit, index + 3)
        }
        guard let lead = first.utf8.first, TimeTokenizer.isDigit(lead), first.utf8.count >= 3 else { return nil }
        let bytes = Array(first.utf8)
        let suffix = String(decoding: bytes.suffix(2), as: UTF8.self)
        guard ["st", "nd", "rd", "th"].contains(suffix), let value = Int(String(decoding: bytes.dropLast(2), as: UTF8.self)) else {
            return nil
        }
        return (value, index + 1)
    }

    /// A day of the month at `index` ("11", "11th", "eleventh"), 1 to 31.
    func dayOfMonth(at index: Int) -> (value: Int, end: Int)? {
        if let integer = tokens.indices.contains(index) ? tokens[index].integer : nil, word(index).utf8.count <= 2,
           (1...31).contains(integer) {
            return (integer, index + 1)
        }
        if let (value, end) = ordinal(at: index), (1...31).contains(value) { return (value, end) }
        return nil
    }

    /// A four-digit year at `index` ("1998"), or a spoken one ("nineteen ninety-six", "two thousand").
    func yearNumber(at index: Int) -> (value: Int, end: Int)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if let integer = token.integer, token.lower.utf8.count == 4, (1000...2199).contains(integer) {
            return (integer, index + 1)
        }
        let first = word(index)
        if let high = TimeLexicon.units[first] ?? TimeLexicon.tens[first], (11...20).contains(high) {
            // nineteen ninety-six, nineteen seventy-nine, twenty twenty
            guard let tens = TimeLexicon.tens[word(index + 1)] else { return nil }
            var value = high * 100 + tens
            var end = index + 2
            let next = word(end) == "-" ? end + 1 : end
            if let unit = TimeLexicon.units[word(next)], unit > 0, unit < 10 {
                value += unit
                end = next + 1
            }
            return (value, end)
        }
        if first == "two", word(index + 1) == "thousand" {
            var end = index + 2
            var value = 2000
            if word(end) == "and" { end += 1 }
            if let unit = TimeLexicon.units[word(end)], unit > 0 {
                value += unit
                end += 1
            } else if end > index + 2 {
                end -= 1
            }
            return (value, end)
        }
        return nil
    }

    // MARK: - Context

    /// Whether the clause around tokens `start..<end` speaks of the future (+1), the past (-1),
    /// or gives no sign (0): the nearest cue on the left wins, then the nearest on the right.
    func tense(around start: Int, _ end: Int) -> Int {
        let sentence = tokens[start].sentence
        // A deadline ("until Tuesday", "by February", "payable Dec. 15") points ahead when nothing else tells.
        var before = start - 1
        while ["early", "late", "mid", "-", "the", "end", "of", "next"].contains(word(before)) { before -= 1 }
        let deadline = ["until", "till", "by", "payable"].contains(word(before)) ? 1 : 0
        if word(before) == "payable" { return 1 }
        var leftCue = 0
        var leftDistance = Int.max
        var index = start - 1
        while index >= 0, index >= start - 10, tokens[index].sentence == sentence {
            let cue = tenseCue(at: index)
            if cue != 0 {
                leftCue = cue
                leftDistance = start - index
                break
            }
            index -= 1
        }
        index = end
        while index < tokens.count, index < end + 6, index - end + 1 < leftDistance, tokens[index].sentence == sentence {
            let cue = tenseCue(at: index)
            if cue != 0 { return cue }
            index += 1
        }
        return leftCue == 0 ? deadline : leftCue
    }

    private func tenseCue(at index: Int) -> Int {
        let text = tokens[index].lower
        if text == "will" || text == "shall" || text == "'ll" || TimeLexicon.futureCues.contains(text) {
            let next = word(index + 1)
            let conditional = (text == "going" && next != "to") || (text == "set" && next != "to" && next != "for")
                || (text == "due" && next != "to" && next != "for" && next != "on")
            if !conditional { return 1 }
        }
        if text == "to", ["is", "are", "was", "were"].contains(word(index - 1)) { return 1 }
        if text == "as", word(index - 1) == "early" || word(index - 1) == "soon", word(index - 2) == "as" { return 1 }
        if ["was", "were", "is", "are"].contains(text), TimeLexicon.futureCues.contains(word(index + 1)) { return 1 }
        let previous = word(index - 1)
        let isPassive = ["be", "being", "been"].contains(previous)
        if TimeLexicon.pastCues.contains(text) { return isPassive ? 0 : -1 }
        if tokens[index].shape == .word, text.utf8.count > 4, text.hasSuffix("ed"), !tokens[index].isCapitalized || index == 0 {
            // An -ed word after a determiner is an adjective: "a still unspecified date".
            let isAdjective = ["a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "still", "newly", "most", "very", "long", "widely"].contains(previous)
            return isPassive || isAdjective ? 0 : -1
        }
        return 0
    }
}
