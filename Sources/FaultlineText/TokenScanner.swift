/// Cuts text into token ranges following EWT conventions (see ``Tokenizer``).
struct TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The token ranges found so far, in order.
    private(set) var ranges: [Range<Int>] = []
    /// The end of the range being scanned (abbreviation periods are judged against it).
    private var limit = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Adds the tokens of `range`.
    mutating func scan(_ range: Range<Int>) {
        limit = range.upperBound
        var position = range.lowerBound
        while position < range.upperBound {
            let (scalar, length) = UTF8Text.scalar(bytes, at: position)
            if UTF8Text.isSpace(scalar) {
                position += length
                continue
            }
            var end = position + length
            while end < range.upperBound {
                let (next, nextLength) = UTF8Text.scalar(bytes, at: end)
                if UTF8Text.isSpace(next) { break }
                end += nextLength
            }
            scanChunk(position..<end)
            position = end
        }
    }

    // MARK: - Chunks

    private mutating func scanChunk(_ chunk: Range<Int>) {
        if isEmoticon(chunk) {
            ranges.append(chunk)
            return
        }
        var position = chunk.lowerBound
        if let link = linkSpan(chunk) {
            while position < link.lowerBound { position = scanToken(position, chunk.upperBound) }
            ranges.append(link)
            position = link.upperBound
        }
        while position < chunk.upperBound { position = scanToken(position, chunk.upperBound) }
    }

    /// A URL or email address in the chunk, without the quotes, brackets and punctuation around it.
    private func linkSpan(_ chunk: Range<Int>) -> Range<Int>? {
        var start = chunk.lowerBound
        while start < chunk.upperBound {
            let (scalar, length) = UTF8Text.scalar(bytes, at: start)
            guard UTF8Text.isOpening(scalar) || scalar == 0x3C else { break }
            start += length
        }
        let body = start..<chunk.upperBound
        guard body.count >= 5 else { return nil }
        let isURL = WebLayout.hasPrefix(bytes, body, "http://") || WebLayout.hasPrefix(bytes, body, "https://")
            || WebLayout.hasPrefix(bytes, body, "www.") || WebLayout.hasPrefix(bytes, body, "ftp://")
            || WebLayout.hasPrefix(bytes, body, "mailto:")
        if !isURL {
            // "jane.doe@example.com", and the "franz371...@gmail.com" that mail archives print.
            guard let at = body.first(where: { bytes[$0] == 0x40 }), at > start,
                UTF8Text.isAlphanumeric(UInt32(bytes[at - 1])) || (at - start >= 4 && bytes[at - 1] == 0x2E),
                (at + 1..<body.upperBound).contains(where: { bytes[$0] == 0x2E }),
                at + 1 < body.upperBound, UTF8Text.isAlphanumeric(UInt32(bytes[at + 1]))
            else { return nil }
        }
        let hasOpenParenthesis = body.contains { bytes[$0] == 0x28 }
        var end = body.upperBound
        while end > start + 1 {
            let byte = bytes[end - 1]
            let trailing: Bool
            switch byte {
            case 0x2E, 0x2C, 0x3B, 0x21, 0x3F, 0x22, 0x27, 0x5D, 0x3E: trailing = true
            case 0x3A: trailing = true
            case 0x29: trailing = !hasOpenParenthesis
            case 0x80...0xBF:
                // Closing curly quotes (” ’) after a link.
                let (scalar, scalarStart) = UTF8Text.scalar(bytes, before: end)
                if UTF8Text.isClosing(scalar) {
                    end = scalarStart
                    continue
                }
                trailing = false
            default: trailing = false
            }
            guard trailing else { break }
            end -= 1
        }
        return start..<end
    }

    // MARK: - Tokens

    /// Scans one token at `position` (before `end`, the chunk end) and returns where the next starts.
    private mutating func scanToken(_ position: Int, _ end: Int) -> Int {
        let (scalar, length) = UTF8Text.scalar(bytes, at: position)
        if UTF8Text.isAlphanumeric(scalar) { return scanWord(position, end) }
        if isApostrophe(scalar) {
            if let clitic = cliticEnd(position + length, end) {
                ranges.append(position..<clitic)
                return clitic
            }
            // "'72", "’90s": a year with its elision mark.
            var digits = position + length
            while digits < end, UTF8Text.isDigit(UInt32(bytes[digits])) { digits += 1 }
            if digits - position - length == 2 {
                if digits < end, bytes[digits] == 0x73 { digits += 1 }
                ranges.append(position..<digits)
                return digits
            }
            return appendRun(of: scalar, from: position, length: length, end: end)
        }
        // ".04": a number without its leading zero.
        if scalar == 0x2E, position + 1 < end, UTF8Text.isDigit(UInt32(bytes[position + 1])),
            position == 0 || !UTF8Text.isAlphanumeric(UInt32(bytes[position - 1]))
        {
            return scanWord(position, end)
        }
        // "#IStandWithAhmed", "@POTUS": hashtags and handles stay whole.
        if scalar == 0x23 || scalar == 0x40, position + 1 < end, UTF8Text.isLetter(UInt32(bytes[position + 1])),
            position == 0 || !UTF8Text.isAlphanumeric(UInt32(bytes[position - 1]))
        {
            var tagEnd = position + 1
            while tagEnd < end {
                let (next, nextLength) = UTF8Text.scalar(bytes, at: tagEnd)
                // "@example.com": a domain keeps its inner full stops.
                let innerStop = next == 0x2E && scalar == 0x40 && tagEnd + 1 < end
                    && UTF8Text.isAlphanumeric(UInt32(bytes[tagEnd + 1]))
                guard UTF8Text.isAlphanumeric(next) || next == 0x5F || innerStop else { break }
                tagEnd += nextLength
            }
            ranges.append(position..<tagEnd)
            return tagEnd
        }
        // "+852": an international dialling code.
        if scalar == 0x2B, position + 1 < end, UTF8Text.isDigit(UInt32(bytes[position + 1])),
            position == 0 || UTF8Text.isSpace(UInt32(bytes[position - 1]))
        {
            return scanWord(position, end)
        }
        // "‘’": an empty pair of curly quotes, one token in EWT.
        if scalar == 0x2018, position + 6 <= end, UTF8Text.scalar(bytes, at: position + 3).value == 0x2019
        {
            ranges.append(position..<position + 6)
            return position + 6
        }
        switch scalar {
        case 0x2E, 0x21, 0x3F, 0x2026:
            // "...", "!!", "?!", ".?": one token.
            var runEnd = position + length
            while runEnd < end {
                let (next, nextLength) = UTF8Text.scalar(bytes, at: runEnd)
                guard next == 0x2E || next == 0x21 || next == 0x3F || next == 0x2026 else { break }
                runEnd += nextLength
            }
            ranges.append(position..<runEnd)
            return runEnd
        case 0x2D, 0x2A, 0x3D, 0x5F, 0x7E, 0x23, 0x2B, 0x3C, 0x3E, 0x60, 0x22, 0x28, 0x29:
            return appendRun(of: scalar, from: position, length: length, end: end)
        default:
            ranges.append(position..<position + length)
            return position + length
        }
    }

    /// A run of one repeated character as one token ("--", "***", "<<", "''").
    private mutating func appendRun(of scalar: UInt32, from position: Int, length: Int, end: Int) -> Int {
        var runEnd = position + length
        while runEnd + length <= end, UTF8Text.scalar(bytes, at: runEnd).value == scalar { runEnd += length }
        ranges.append(position..<runEnd)
        return runEnd
    }

    /// Scans a word starting with a letter or digit.
    private mutating func scanWord(_ start: Int, _ end: Int) -> Int {
        // A word may open with the "." of ".04" or the "+" of "+852" (the callers check a digit follows).
        var position = bytes[start] == 0x2E || bytes[start] == 0x2B ? start + 1 : start
        var notSplit: Int?  // where "n't" starts, when the word ends in it
        scanning: while position < end {
            let (scalar, length) = UTF8Text.scalar(bytes, at: position)
            if UTF8Text.isAlphanumeric(scalar) {
                position += length
                continue
            }
            let next: UInt32 = position + length < end ? UTF8Text.scalar(bytes, at: position + length).value : 0
            let previous = UInt32(bytes[position - 1])
            switch scalar {
            case 0x2E:  // "U.S", "1.5", "example.com"
                guard UTF8Text.isAlphanumeric(next), !WebLayout.isMissingSpace(bytes, period: position, end: end) else {
                    break scanning
                }
            case 0x2C:  // "1,000"
                guard UTF8Text.isDigit(previous), thousandsGroupFollows(position + 1, end) else { break scanning }
            case 0x3A:  // "5:30"
                guard UTF8Text.isDigit(previous), UTF8Text.isDigit(next) else { break scanning }
            case 0x2F:  // dates "11/28/2000" stay whole; EWT splits fractions and scores "3 / 4"
                guard UTF8Text.isDigit(previous), UTF8Text.isDigit(next), isDateWithSlashes(start, end) else {
                    break scanning
                }
            case 0x40:  // "Rice@ENRON": mail names without a domain
                guard UTF8Text.isAlphanumeric(previous), UTF8Text.isAlphanumeric(next) else { break scanning }
            case 0x26:  // "AT&T", "PG&E", "p&l"
                guard UTF8Text.isLetter(previous), UTF8Text.isLetter(next), position - start <= 4 else { break scanning }
            case 0x5F:  // identifiers
                guard UTF8Text.isAlphanumeric(next) else { break scanning }
            case 0x2D:
                guard UTF8Text.isAlphanumeric(next), keepsHyphen(wordStart: start, hyphen: position, end: end) else {
                    break scanning
                }
            case 0x27, 0x2019, 0x60:
                guard UTF8Text.isLetter(next) else { break scanning }
                // "60's", "AK47's": decades and model numbers keep their "'s" in EWT.
                if cliticEnd(position + length, end) != nil, !UTF8Text.isDigit(previous) { break scanning }
                if (previous == 0x6E || previous == 0x4E), isNotClitic(position + length, end), position - 1 >= start {
                    notSplit = position - 1
                    position += length + 1
                    break scanning
                }
            default:
                break scanning
            }
            position += length
        }
        var wordEnd = position
        if let notStart = notSplit {
            if notStart > start { appendWord(start..<notStart) }
            ranges.append(notStart..<wordEnd)
            return wordEnd
        }
        // An abbreviation keeps its period: "U.S.", "Gen.", "etc.", "J.".
        if wordEnd < end, bytes[wordEnd] == 0x2E, keepsPeriod(start..<wordEnd, periodAt: wordEnd, chunkEnd: end) {
            wordEnd += 1
            ranges.append(start..<wordEnd)
            return wordEnd
        }
        appendWord(start..<wordEnd)
        return wordEnd
    }

    /// Adds a word, split where EWT splits it: "cannot" → "can" "not", "5km" → "5" "km".
    private mutating func appendWord(_ word: Range<Int>) {
        if let cut = Contractions.splitPoint(bytes, word) ?? unitSplitPoint(word) {
            ranges.append(word.lowerBound..<cut)
            ranges.append(cut..<word.upperBound)
        } else {
            ranges.append(word)
        }
    }

    // MARK: - Decisions

    /// Whether "'s", "'re", "'ll", "'m", "'ve", "'d" start at `position` (after the apostrophe)
    /// and end the word; returns the clitic's end.
    private func cliticEnd(_ position: Int, _ end: Int) -> Int? {
        var letters = position
        while letters < end, letters - position < 3, UTF8Text.isLetter(UInt32(bytes[letters])) { letters += 1 }
        if letters < end, UTF8Text.isAlphanumeric(UTF8Text.scalar(bytes, at: letters).value) { return nil }
        switch letters - position {
        case 1:
            let letter = bytes[position] | 0x20
            return letter == 0x73 || letter == 0x6D || letter == 0x64 ? letters : nil  // s m d
        case 2:
            let first = bytes[position] | 0x20
            let second = bytes[position + 1] | 0x20
            if first == 0x72, second == 0x65 { return letters }  // re
            if first == 0x6C, second == 0x6C { return letters }  // ll
            if first == 0x76, second == 0x65 { return letters }  // ve
            return nil
        default:
            return nil
        }
    }

    /// Whether "t" and then the end of the word follow the apostrophe (the "n't" clitic).
    private func isNotClitic(_ position: Int, _ end: Int) -> Bool {
        guard position < end, bytes[position] | 0x20 == 0x74 else { return false }
        return position + 1 >= end || !UTF8Text.isAlphanumeric(UTF8Text.scalar(bytes, at: position + 1).value)
    }

    private func isApostrophe(_ scalar: UInt32) -> Bool { scalar == 0x27 || scalar == 0x2019 || scalar == 0x60 }

    /// Whether the chunk from `start` is a date or a well-known name written with slashes:
    /// three digit groups ("11/28/2000", "3/8/00") or "9/11".
    private func isDateWithSlashes(_ start: Int, _ end: Int) -> Bool {
        var groups = 1
        var groupLength = 0
        var position = start
        var value = 0
        var values: [Int] = []
        while position < end {
            let byte = bytes[position]
            if byte >= 0x30, byte <= 0x39 {
                groupLength += 1
                value = value * 10 + Int(byte - 0x30)
            } else if byte == 0x2F, groupLength > 0, position + 1 < end, UTF8Text.isDigit(UInt32(bytes[position + 1])) {
                groups += 1
                values.append(value)
                groupLength = 0
                value = 0
            } else {
                break
            }
            position += 1
        }
        values.append(value)
        return groups >= 3 || (groups == 2 && values == [9, 11])
    }

    /// Three digits, then no further digit: the group after a thousands comma.
    private func thousandsGroupFollows(_ position: Int, _ end: Int) -> Bool {
        guard position + 3 <= end else { return false }
        for index in position..<position + 3 where !UTF8Text.isDigit(UInt32(bytes[index])) { return false }
        return position + 3 == end || !UTF8Text.isDigit(UInt32(bytes[position + 3]))
    }

    /// EWT splits hyphenated words ("Iran - backed", "al - Sudani") but keeps prefixes
    /// ("non-stop", "e-mail", "pre-war") and phone numbers ("713-853-1696") together.
    private func keepsHyphen(wordStart: Int, hyphen: Int, end: Int) -> Bool {
        let left = wordStart..<hyphen
        if left.allSatisfy({ UTF8Text.isDigit(UInt32(bytes[$0])) || bytes[$0] == 0x2D || bytes[$0] == 0x2F }) {
            // Digit groups: keep phone numbers and postcodes (3+ groups, or a last group of 4).
            var firstGroup = hyphen
            while firstGroup > wordStart, UTF8Text.isDigit(UInt32(bytes[firstGroup - 1])) { firstGroup -= 1 }
            var groups: [Int] = [hyphen - firstGroup]
            if firstGroup > wordStart { groups.append(0) }  // an earlier group: "713-654-0365"
            var position = hyphen
            while position < end, bytes[position] == 0x2D {
                var digits = position + 1
                while digits < end, UTF8Text.isDigit(UInt32(bytes[digits])) { digits += 1 }
                guard digits > position + 1 else { break }
                groups.append(digits - position - 1)
                position = digits
            }
            if position < end, UTF8Text.isLetter(UInt32(bytes[position])) { return false }
            return groups.count >= 3 || (groups.count == 2 && groups[0] <= 3 && groups[1] == 4)
        }
        return Abbreviations.hyphenPrefixes.contains(bytes, left)
    }

    /// Whether the period after `word` belongs to it.
    private func keepsPeriod(_ word: Range<Int>, periodAt period: Int, chunkEnd: Int) -> Bool {
        // Another letter or digit after the period would have continued the word.
        var after = period + 1
        while after < limit, UTF8Text.isClosing(UTF8Text.scalar(bytes, at: after).value) || UTF8Text.isSpace(UInt32(bytes[after])) {
            after += 1
        }
        // At the end of a sentence the period is the sentence's own: "U.S.A" ".", "etc" ".".
        let atSentenceEnd = after >= limit
        if atSentenceEnd { return false }
        var letters = 0
        var periods = 0
        var hasDigit = false
        for index in word {
            let byte = bytes[index]
            if byte == 0x2E { periods += 1 } else if byte >= 0x30 && byte <= 0x39 { hasDigit = true } else { letters += 1 }
        }
        if hasDigit { return false }
        if periods > 0 { return true }  // "U.S.", "e.g.", "Ph.D."
        let first = bytes[word.lowerBound]
        let capitalised = first >= 0x41 && first <= 0x5A
        if letters == 1 { return true }  // initials
        if Abbreviations.titles.contains(bytes, word) || Abbreviations.ambiguous.contains(bytes, word) {
            return true
        }
        if Abbreviations.beforeNumbers.contains(bytes, word) { return true }
        return capitalised && Abbreviations.capitalizedNames.contains(bytes, word)
    }

    /// Where a number ends and its unit begins ("5km", "10am", "55k"), if the word is one.
    private func unitSplitPoint(_ word: Range<Int>) -> Int? {
        guard UTF8Text.isDigit(UInt32(bytes[word.lowerBound])) else { return nil }
        var position = word.lowerBound
        while position < word.upperBound {
            let byte = bytes[position]
            guard (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x2C || byte == 0x3A else { break }
            position += 1
        }
        guard position < word.upperBound, position > word.lowerBound,
            UTF8Text.isDigit(UInt32(bytes[position - 1]))
        else { return nil }
        let unit = position..<word.upperBound
        // Lower-case units ("km", "am"), or upper-case ones of two letters or more ("GB", "PM");
        // "18T" and "3143C" are codes.
        let lowercase = unit.allSatisfy { bytes[$0] >= 0x61 && bytes[$0] <= 0x7A }
        let uppercase = unit.allSatisfy { bytes[$0] >= 0x41 && bytes[$0] <= 0x5A }
        guard lowercase || (uppercase && unit.count >= 2) else { return nil }
        return Abbreviations.units.contains(bytes, unit) ? position : nil
    }

    /// ":)", ":-(", ";)", "=)", ":D", "(:" and the like.
    private func isEmoticon(_ chunk: Range<Int>) -> Bool {
        guard chunk.count >= 2, chunk.count <= 3 else { return false }
        let first = bytes[chunk.lowerBound]
        let last = bytes[chunk.upperBound - 1]
        if isEyes(first), isMouth(last) {
            return chunk.count == 2 || bytes[chunk.lowerBound + 1] == 0x2D || bytes[chunk.lowerBound + 1] == 0x27
        }
        return chunk.count == 2 && first == 0x28 && isEyes(last)
    }

    private func isEyes(_ byte: UInt8) -> Bool { byte == 0x3A || byte == 0x3B || byte == 0x3D }

    private func isMouth(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x28, 0x29, 0x44, 0x50, 0x70, 0x4F, 0x6F, 0x2F, 0x7C, 0x5B, 0x5D: return true
        default: return false
        }
    }
}
