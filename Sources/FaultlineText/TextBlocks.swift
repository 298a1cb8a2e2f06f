/// Cuts text into blocks that no sentence crosses: paragraphs (ended by a blank line), and
/// lines that stand alone (headings, datelines, list items).
enum TextBlocks {
    /// The blocks of `range`, untrimmed except that blank lines are left out.
    static func blocks(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Range<Int>] {
        var blocks: [Range<Int>] = []
        var blockStart: Int?
        var previousLine: Range<Int>?
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            var lineEnd = lineStart
            while lineEnd < range.upperBound, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let line = trim(bytes, lineStart..<lineEnd)
            if line.isEmpty {
                if let start = blockStart, let previous = previousLine {
                    blocks.append(start..<previous.upperBound)
                }
                blockStart = nil
                previousLine = nil
            } else {
                if let start = blockStart, let previous = previousLine,
                    linesBreakSentence(bytes, previous, line)
                {
                    blocks.append(start..<previous.upperBound)
                    blockStart = nil
                }
                if blockStart == nil { blockStart = line.lowerBound }
                previousLine = line
            }
            lineStart = lineEnd + 1
        }
        if let start = blockStart, let previous = previousLine { blocks.append(start..<previous.upperBound) }
        return blocks
    }

    /// `range` without leading and trailing whitespace.
    static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let (scalar, length) = UTF8Text.scalar(bytes, at: lower)
            guard UTF8Text.isSpace(scalar) else { break }
            lower += length
        }
        while upper > lower {
            let (scalar, start) = UTF8Text.scalar(bytes, before: upper)
            guard UTF8Text.isSpace(scalar) else { break }
            upper = start
        }
        return lower..<upper
    }

    /// Whether a single line break between two non-blank lines ends a sentence: the line
    /// before is a list item, a heading or headline (no final punctuation, and not ending in a
    /// word that carries on to the next line), or a label ending in a colon; or the next line
    /// starts a list item.
    static func linesBreakSentence(
        _ bytes: UnsafeBufferPointer<UInt8>, _ previous: Range<Int>, _ next: Range<Int>
    ) -> Bool {
        if startsListItem(bytes, next) || startsListItem(bytes, previous) { return true }
        var (last, lastStart) = UTF8Text.scalar(bytes, before: previous.upperBound)
        // A headline may end in a quotation: ... 'killed in Israeli strike'.
        if UTF8Text.isClosing(last), lastStart > previous.lowerBound {
            let (beforeQuote, _) = UTF8Text.scalar(bytes, before: lastStart)
            guard UTF8Text.isAlphanumeric(beforeQuote) else { return false }
            last = beforeQuote
        }
        // A line ending in a full stop is decided by the ordinary rules; one ending in a comma,
        // hyphen or other joiner continues on the next line.
        guard UTF8Text.isAlphanumeric(last) || last == 0x3A else { return false }
        let (first, _) = UTF8Text.scalar(bytes, at: next.lowerBound)
        guard UTF8Text.isUppercase(first) || UTF8Text.isDigit(first) || UTF8Text.isOpening(first) else {
            return false
        }
        return last == 0x3A || !endsWithJoiningWord(bytes, previous)
    }

    /// Whether the line's last word is one a sentence goes on after ("and", "the", "of", "was"),
    /// as when running text is wrapped into lines.
    static func endsWithJoiningWord(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var start = line.upperBound
        while start > line.lowerBound, !UTF8Text.isSpace(UInt32(bytes[start - 1])) { start -= 1 }
        return Abbreviations.joiningWords.contains(bytes, start..<line.upperBound)
    }

    /// Whether the line starts with a bullet or an enumeration mark ("• ", "- ", "1. ", "2) ", "a) ").
    static func startsListItem(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        let (first, length) = UTF8Text.scalar(bytes, at: line.lowerBound)
        if UTF8Text.isBullet(first) {
            let after = line.lowerBound + length
            return after < line.upperBound && UTF8Text.isSpace(UTF8Text.scalar(bytes, at: after).value)
        }
        return enumerationMark(bytes, at: line.lowerBound, limit: line.upperBound) != nil
    }

    /// An enumeration mark at `index`: one to three digits or a single letter, then `.`, `)` or
    /// `.)`, then a space. Returns the mark's value (numbers, or letters a = 1) and its kind.
    static func enumerationMark(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int
    ) -> (value: Int, isLetter: Bool, end: Int)? {
        var position = index
        var value = 0
        var isLetter = false
        while position < limit, position - index < 3, UTF8Text.isDigit(UInt32(bytes[position])) {
            value = value * 10 + Int(bytes[position] - 0x30)
            position += 1
        }
        if position == index {
            guard position < limit else { return nil }
            let byte = bytes[position]
            guard byte >= 0x61, byte <= 0x7A else { return nil }
            value = Int(byte - 0x60)
            isLetter = true
            position += 1
        }
        guard position < limit else { return nil }
        if bytes[position] == 0x2E {
            position += 1
            if position < limit, bytes[position] == 0x29 { position += 1 }
        } else if bytes[position] == 0x29 {
            position += 1
        } else {
            return nil
        }
        guard position < limit, bytes[position] == 0x20 || bytes[position] == 0x09 else { return nil }
        return (value, isLetter, position)
    }
}
