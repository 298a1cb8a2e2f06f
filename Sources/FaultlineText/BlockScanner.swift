/// Finds the sentence boundaries inside one block (a paragraph or a standalone line).
///
/// It walks the block's whitespace-separated chunks; a boundary is the byte offset where a
/// new sentence may begin (after the closing punctuation of the one before).
struct BlockScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let block: Range<Int>
    /// Offsets where sentences end, in any order.
    private(set) var boundaries: [Int] = []
    /// Where the current sentence started.
    private var sentenceStart: Int
    /// Chunks seen in the current sentence.
    private var chunksInSentence = 0
    /// The chunk before the one being decided on, and the one before that.
    private var previousChunk: Range<Int>?
    private var chunkBeforePrevious: Range<Int>?
    /// How often each item number ("9.") occurs in the block; counted when first needed.
    private var itemNumberCounts: [Int: Int]?

    init(bytes: UnsafeBufferPointer<UInt8>, block: Range<Int>) {
        self.bytes = bytes
        self.block = block
        self.sentenceStart = block.lowerBound
    }

    /// Fills ``boundaries``.
    mutating func scan() {
        let enumerationStarts = enumerationItemStarts()
        var chunk = nextChunk(from: block.lowerBound)
        while let current = chunk {
            if current.lowerBound > sentenceStart,
                startsNewItem(current, enumerationStarts) || isCreditLabel(current)
            {
                addBoundary(current.lowerBound)
            }
            chunksInSentence += 1
            splitAtMissingSpaces(current)
            var next = nextChunk(from: current.upperBound)
            if let following = next, case .from(let resume) = decideAfter(current, following) {
                next = resume
            }
            chunkBeforePrevious = previousChunk
            previousChunk = current
            chunk = next
        }
    }

    // MARK: - Chunks

    /// "the conflict.In a statement": a sentence ends at a full stop that lost its space.
    private mutating func splitAtMissingSpaces(_ chunk: Range<Int>) {
        guard chunk.count >= 5, !WebLayout.isLink(bytes, chunk) else { return }
        var index = chunk.lowerBound + 2
        while index < chunk.upperBound - 2 {
            if bytes[index] == 0x2E, WebLayout.isMissingSpace(bytes, period: index, end: chunk.upperBound),
                !WebLayout.contains(bytes, chunk, 0x40), !WebLayout.contains(bytes, chunk, 0x2F)
            {
                addBoundary(index + 1)
                chunksInSentence = 1
            }
            index += 1
        }
    }

    /// The next run of non-space bytes at or after `position`.
    private func nextChunk(from position: Int) -> Range<Int>? {
        var start = position
        while start < block.upperBound {
            let (scalar, length) = UTF8Text.scalar(bytes, at: start)
            guard UTF8Text.isSpace(scalar) else { break }
            start += length
        }
        guard start < block.upperBound else { return nil }
        var end = start
        while end < block.upperBound {
            let (scalar, length) = UTF8Text.scalar(bytes, at: end)
            if UTF8Text.isSpace(scalar) { break }
            end += length
        }
        return start..<end
    }

    private mutating func addBoundary(_ offset: Int) {
        boundaries.append(offset)
        sentenceStart = offset
        chunksInSentence = 0
    }

    // MARK: - Deciding after a chunk

    /// Where the scan goes on after a decision.
    private enum Resume {
        /// With the chunk after the one decided on.
        case next
        /// From this chunk (nil: the block is done), after consuming a spaced ellipsis.
        case from(Range<Int>?)
    }

    /// Decides whether a sentence ends after `chunk`, before `next`.
    private mutating func decideAfter(_ chunk: Range<Int>, _ next: Range<Int>) -> Resume {
        // Closing quotes and brackets at the end, then the terminal marks before them.
        var closersStart = chunk.upperBound
        while closersStart > chunk.lowerBound {
            let (scalar, start) = UTF8Text.scalar(bytes, before: closersStart)
            guard UTF8Text.isClosing(scalar) else { break }
            closersStart = start
        }
        var runStart = closersStart
        var dots = 0
        var questionOrExclamation = false
        var ellipsisCharacter = false
        while runStart > chunk.lowerBound {
            let (scalar, start) = UTF8Text.scalar(bytes, before: runStart)
            if scalar == 0x2E {
                dots += 1
            } else if UTF8Text.isQuestionOrExclamation(scalar) {
                questionOrExclamation = true
            } else if scalar == 0x2026 {
                ellipsisCharacter = true
            } else {
                break
            }
            runStart = start
        }
        guard runStart < closersStart else {
            decideWithoutTerminal(chunk, next)
            return .next
        }
        let closed = closersStart < chunk.upperBound
        let word = wordRange(chunk.lowerBound..<runStart)

        // Spaced ellipses: "weakened . . . was", "period . . . . Next", "compounds. . . . The".
        if dots == 1, !questionOrExclamation, !ellipsisCharacter, !closed, isLoneDot(next) {
            return decideSpacedEllipsis(chunk, word: word, firstDot: next)
        }

        // A link after a full stop, question or exclamation mark, or ellipsis starts a new
        // sentence (web text cites sources this way).
        if WebLayout.isLink(bytes, next), questionOrExclamation || dots >= 2 || ellipsisCharacter
            || classify(word, nextIsDigit: false) == .word
        {
            addBoundary(chunk.upperBound)
            return .next
        }
        if questionOrExclamation {
            if isEmoticon(next) { return .next }
            let first = firstLetterClass(next)
            if first == .lower {
                if closed { return .next }
                // "Yahoo! in the accounting department": a name with "!" in it.
                if isTitlecaseWord(word), UTF8Text.scalar(bytes, before: closersStart).value == 0x21 {
                    return .next
                }
            }
            addBoundary(chunk.upperBound)
            return .next
        }
        if dots >= 2 || ellipsisCharacter {
            // An ellipsis before a bracketed citation or remark stays in the sentence:
            // "stairways [...]" (Smith 55).
            let first = firstLetterClass(next)
            if first == .upper || first == .digit, bytes[next.lowerBound] != 0x28 { addBoundary(chunk.upperBound) }
            return .next
        }
        if periodEndsSentence(word: word, closed: closed, next: next) { addBoundary(chunk.upperBound) }
        return .next
    }

    /// "Image:", "Photo:", "Credit:": a picture credit or source line, which starts a sentence
    /// even after a caption without a full stop.
    private func isCreditLabel(_ chunk: Range<Int>) -> Bool {
        guard chunk.count >= 5, bytes[chunk.upperBound - 1] == 0x3A,
            UTF8Text.isUppercase(UInt32(bytes[chunk.lowerBound]))
        else { return false }
        return Abbreviations.creditLabels.contains(bytes, chunk.lowerBound..<chunk.upperBound - 1)
    }

    /// "Evansville, Indiana, United States - This past week": a dateline (capitalised place
    /// names, or a wire-service name in brackets, then a dash) opening a paragraph.
    private func endsDateline(_ chunk: Range<Int>, _ next: Range<Int>) -> Bool {
        guard sentenceStart == block.lowerBound, chunksInSentence >= 3, chunksInSentence <= 8,
            firstLetterClass(next) == .upper, chunk.count <= 2, chunk.allSatisfy({ bytes[$0] == 0x2D })
        else { return false }
        // Em dashes are left alone: after a place they more often open an apposition.
        var candidate = nextChunk(from: block.lowerBound)
        while let current = candidate, current.lowerBound < chunk.lowerBound {
            let (first, _) = UTF8Text.scalar(bytes, at: current.lowerBound)
            guard UTF8Text.isUppercase(first) || first == 0x28 else { return false }
            if bytes[current.upperBound - 1] == 0x2E { return false }
            candidate = nextChunk(from: current.upperBound)
        }
        return true
    }

    /// Rules for a chunk without a final `.?!…`: emoticons, letter closings, and the layout of
    /// mail and web text (headers with dates, rules of `====`, lists of links, numbered lists).
    private mutating func decideWithoutTerminal(_ chunk: Range<Int>, _ next: Range<Int>) {
        if endsDateline(chunk, next) {
            addBoundary(chunk.upperBound)
            return
        }
        if WebLayout.isRule(bytes, chunk) || WebLayout.isRule(bytes, next)
            || (WebLayout.isLink(bytes, chunk) && WebLayout.isLink(bytes, next))
        {
            addBoundary(chunk.upperBound)
            return
        }
        // "Kay Mann 03/15/2001 04:03 PM I have a change": a mail header line run into the text.
        if WebLayout.isMeridiem(bytes, chunk), let time = previousChunk, WebLayout.isClockTime(bytes, time),
            let date = chunkBeforePrevious, WebLayout.isDate(bytes, date)
        {
            addBoundary(chunk.upperBound)
            return
        }
        let (last, lastStart) = UTF8Text.scalar(bytes, before: chunk.upperBound)
        if WebLayout.isDate(bytes, next), UTF8Text.isLetter(last),
            UTF8Text.isUppercase(UTF8Text.scalar(bytes, at: chunk.lowerBound).value) || WebLayout.contains(bytes, chunk, 0x40)
        {
            addBoundary(chunk.upperBound)
            return
        }
        let first = firstLetterClass(next)
        guard first == .upper || first == .digit else { return }
        if isEmoticon(chunk) {
            addBoundary(chunk.upperBound)
            return
        }
        if last == 0x2C, chunksInSentence == 1, first == .upper,
            Abbreviations.closings.contains(bytes, chunk.lowerBound..<lastStart)
        {
            addBoundary(chunk.upperBound)
            return
        }
        // "<<file.doc>> Greetings", "<name@host.com> 11/28/2000": the end of a mail reference.
        if last == 0x3E, chunk.count >= 2, bytes[lastStart - 1] == 0x3E || bytes[chunk.lowerBound] == 0x3C {
            addBoundary(chunk.upperBound)
            return
        }
        // "... General Motors 9. Scott McNeally": an item number run into the text.
        // Only inside a series: another item numbered one more or one less is in the block.
        if UTF8Text.isAlphanumeric(last), let number = WebLayout.itemNumber(bytes, next),
            let after = nextChunk(from: next.upperBound), firstLetterClass(after) == .upper,
            blockHasItemNumber(number - 1, or: number + 1, besides: next),
            !Abbreviations.capitalizedNames.contains(bytes, wordRange(chunk)),
            !Abbreviations.months.contains(bytes, chunk)
        {
            addBoundary(chunk.upperBound)
        }
    }

    /// Whether the block holds an item mark numbered `first` or `second`, other than `chunk`
    /// (counted once per block, so long tables stay linear).
    private mutating func blockHasItemNumber(_ first: Int, or second: Int, besides chunk: Range<Int>) -> Bool {
        if itemNumberCounts == nil {
            var counts: [Int: Int] = [:]
            var candidate = nextChunk(from: block.lowerBound)
            while let current = candidate {
                if let number = WebLayout.itemNumber(bytes, current) { counts[number, default: 0] += 1 }
                candidate = nextChunk(from: current.upperBound)
            }
            itemNumberCounts = counts
        }
        let counts = itemNumberCounts ?? [:]
        let own = WebLayout.itemNumber(bytes, chunk)
        func present(_ value: Int) -> Bool { (counts[value] ?? 0) - (own == value ? 1 : 0) > 0 }
        return present(first) || present(second)
    }

    /// The decision after a single full stop.
    private func periodEndsSentence(word: Range<Int>, closed: Bool, next: Range<Int>) -> Bool {
        if isEmoticon(next) { return false }
        let first = firstLetterClass(next)
        let kind = classify(word, nextIsDigit: first == .digit)
        // A full stop at the end of a line, before a capitalised line: "... on X.\nCaptain ...".
        if first == .upper, kind != .title, kind != .listMark, lineBreakBetween(word.upperBound, next.lowerBound) {
            return true
        }
        switch first {
        case .lower:
            // Web text often starts sentences in lower case; an abbreviation or a quotation
            // closed before a lower-case word ("great.' she said") does not end one.
            return !closed && (kind == .word || kind == .number || kind == .empty)
        case .digit:
            switch kind {
            case .title, .beforeNumber, .shortSymbolic, .listMark: return false
            case .initial, .ambiguous, .internalPeriods: return false
            case .word, .number, .empty: return true
            }
        case .upper, .other:
            switch kind {
            case .title: return false
            case .listMark: return false
            case .beforeNumber, .initial, .ambiguous, .internalPeriods:
                return startsSentenceAfterAbbreviation(next)
            case .word, .number, .empty, .shortSymbolic: return true
            }
        }
    }

    /// After an abbreviation or initial, a sentence starts only before a typical sentence opener
    /// ("I live in the U.S. How about you?"), or a title when the sentence so far is long
    /// enough to stand ("He left at 6 P.M. Mr. Smith then ..." but not "At 5 a.m. Mr. Smith").
    private func startsSentenceAfterAbbreviation(_ next: Range<Int>) -> Bool {
        let word = leadingWord(next)
        if Abbreviations.sentenceStarters.contains(bytes, word) { return true }
        if word.upperBound < next.upperBound, bytes[word.upperBound] == 0x2E,
            Abbreviations.titles.contains(bytes, word)
        {
            return chunksInSentence >= 4
        }
        return false
    }

    /// "weakened . . . was" (an omission inside a sentence), "period . . . . Next" (the end of
    /// one), "compounds. . . . The" (a full stop, then an ellipsis opening the next sentence).
    private mutating func decideSpacedEllipsis(
        _ chunk: Range<Int>, word: Range<Int>, firstDot: Range<Int>
    ) -> Resume {
        var lastDot = firstDot
        var dots = 2
        var following = nextChunk(from: firstDot.upperBound)
        while let candidate = following, isLoneDot(candidate) {
            lastDot = candidate
            dots += 1
            following = nextChunk(from: candidate.upperBound)
        }
        guard let after = following else { return .from(nil) }
        let first = firstLetterClass(after)
        guard first == .upper || first == .digit else { return .from(following) }
        let attached = !word.isEmpty
        if attached, dots >= 4 {
            addBoundary(chunk.upperBound)
        } else if attached || dots >= 4 {
            addBoundary(lastDot.upperBound)
        }
        return .from(following)
    }

    // MARK: - Enumerations and bullets

    /// Whether `chunk` begins a new list item: a strong bullet ("•", "⁃9.") or the next mark of
    /// an enumeration that began the block.
    private func startsNewItem(_ chunk: Range<Int>, _ enumerationStarts: [Int]) -> Bool {
        let (first, _) = UTF8Text.scalar(bytes, at: chunk.lowerBound)
        switch first {
        case 0x2022, 0x25E6, 0x25AA, 0x25CF, 0x2023, 0x2043, 0x25A0, 0x25BA, 0x27A2:
            return true
        default:
            return enumerationStarts.contains(chunk.lowerBound)
        }
    }

    /// Offsets of the second and later marks of an enumeration that starts the block
    /// ("1) The first item 2) The second item", "a. ... b. ... c. ..."): consecutive values of
    /// the same kind.
    private func enumerationItemStarts() -> [Int] {
        var position = block.lowerBound
        position = skipBullet(at: position)
        guard var mark = TextBlocks.enumerationMark(bytes, at: position, limit: block.upperBound) else {
            return []
        }
        var starts: [Int] = []
        var search = mark.end
        while search < block.upperBound {
            // Find the next chunk start whose mark continues the sequence.
            var found = false
            var chunk = nextChunk(from: search)
            while let current = chunk {
                let markStart = skipBullet(at: current.lowerBound)
                if let candidate = TextBlocks.enumerationMark(bytes, at: markStart, limit: block.upperBound),
                    candidate.isLetter == mark.isLetter, candidate.value == mark.value + 1
                {
                    starts.append(current.lowerBound)
                    mark = candidate
                    search = candidate.end
                    found = true
                    break
                }
                chunk = nextChunk(from: current.upperBound)
            }
            if !found { break }
        }
        return starts
    }

    private func skipBullet(at position: Int) -> Int {
        guard position < block.upperBound else { return position }
        let (scalar, length) = UTF8Text.scalar(bytes, at: position)
        guard UTF8Text.isBullet(scalar) else { return position }
        var after = position + length
        while after < block.upperBound, bytes[after] == 0x20 { after += 1 }
        return after
    }

    // MARK: - Words

    /// The kinds of word before a full stop.
    private enum WordKind {
        case empty, word, number, title, beforeNumber, ambiguous, initial, internalPeriods
        /// A short word with symbols, like "N°".
        case shortSymbolic
        /// "1", "a", "iv" opening a sentence: a list mark.
        case listMark
    }

    private func classify(_ word: Range<Int>, nextIsDigit: Bool) -> WordKind {
        if word.isEmpty { return .empty }
        var letters = 0
        var digits = 0
        var periods = 0
        var others = 0
        var index = word.lowerBound
        while index < word.upperBound {
            let (scalar, length) = UTF8Text.scalar(bytes, at: index)
            if UTF8Text.isDigit(scalar) {
                digits += 1
            } else if UTF8Text.isLetter(scalar) {
                letters += 1
            } else if scalar == 0x2E {
                periods += 1
            } else {
                others += 1
            }
            index += length
        }
        let atSentenceStart = chunksInSentence == 1 || (chunksInSentence == 2 && isBulletChunkBefore(word))
        if atSentenceStart, periods == 0, others == 0,
            (digits > 0 && digits <= 3 && letters == 0) || (digits == 0 && letters == 1)
        {
            return .listMark
        }
        if digits > 0 && letters == 0 { return .number }
        if letters == 0 { return others > 0 ? .shortSymbolic : .empty }
        if periods > 0, others == 0, digits == 0, longestSegment(word) <= 3, !WebLayout.isLink(bytes, word) {
            return .internalPeriods
        }
        if periods == 0, others == 0 {
            let (first, _) = UTF8Text.scalar(bytes, at: word.lowerBound)
            if letters == 1, digits == 0 { return UTF8Text.isUppercase(first) ? .initial : .ambiguous }
            if Abbreviations.connectors.contains(bytes, word) { return .title }
            if Abbreviations.titles.contains(bytes, word) { return UTF8Text.isUppercase(first) ? .title : .ambiguous }
            // "No. 5", "p. 55": these stand before numbers; before words they are words ("fax.").
            if Abbreviations.beforeNumbers.contains(bytes, word) { return nextIsDigit ? .beforeNumber : .word }
            if UTF8Text.isUppercase(first), Abbreviations.datesBeforeNumbers.contains(bytes, word) {
                return .beforeNumber
            }
            if UTF8Text.isUppercase(first), Abbreviations.capitalizedNames.contains(bytes, word) {
                return .ambiguous
            }
            if Abbreviations.ambiguous.contains(bytes, word) { return .ambiguous }
            return .word
        }
        if letters <= 2, digits == 0, periods == 0 { return .shortSymbolic }
        return .word
    }

    /// Whether a line break lies between the two offsets.
    private func lineBreakBetween(_ start: Int, _ end: Int) -> Bool {
        (start..<end).contains { bytes[$0] == 0x0A }
    }

    /// The longest run between full stops: 1 in "U.S", 2 in "Ph.D", 8 in "standfor.co".
    private func longestSegment(_ word: Range<Int>) -> Int {
        var longest = 0
        var current = 0
        for index in word {
            if bytes[index] == 0x2E {
                current = 0
            } else {
                current += 1
                longest = max(longest, current)
            }
        }
        return longest
    }

    private func isBulletChunkBefore(_ word: Range<Int>) -> Bool {
        guard sentenceStart < block.upperBound else { return false }
        let (scalar, _) = UTF8Text.scalar(bytes, at: sentenceStart)
        return UTF8Text.isBullet(scalar)
    }

    /// The word part of a chunk: without opening quotes and brackets, and without a leading
    /// bullet attached to it ("⁃9").
    private func wordRange(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound {
            let (scalar, length) = UTF8Text.scalar(bytes, at: start)
            guard UTF8Text.isOpening(scalar) || UTF8Text.isBullet(scalar) else { break }
            start += length
        }
        return start..<range.upperBound
    }

    /// The leading run of letters, digits and apostrophes of a chunk, after opening quotes.
    private func leadingWord(_ chunk: Range<Int>) -> Range<Int> {
        let start = wordRange(chunk).lowerBound
        var end = start
        while end < chunk.upperBound {
            let (scalar, length) = UTF8Text.scalar(bytes, at: end)
            guard UTF8Text.isAlphanumeric(scalar) || scalar == 0x27 else { break }
            end += length
        }
        return start..<end
    }

    private enum LetterClass { case upper, lower, digit, other }

    /// How the next chunk starts, looking through opening quotes and brackets.
    private func firstLetterClass(_ chunk: Range<Int>) -> LetterClass {
        let start = wordRange(chunk).lowerBound
        let opened = start > chunk.lowerBound
        guard start < chunk.upperBound else { return opened ? .upper : .other }
        let (scalar, _) = UTF8Text.scalar(bytes, at: start)
        if UTF8Text.isUppercase(scalar) { return .upper }
        if UTF8Text.isDigit(scalar) { return .digit }
        if UTF8Text.isLowercase(scalar) { return .lower }
        return opened ? .upper : .other
    }

    private func isTitlecaseWord(_ word: Range<Int>) -> Bool {
        guard word.count >= 2 else { return false }
        let (first, length) = UTF8Text.scalar(bytes, at: word.lowerBound)
        guard UTF8Text.isUppercase(first) else { return false }
        var index = word.lowerBound + length
        while index < word.upperBound {
            let (scalar, scalarLength) = UTF8Text.scalar(bytes, at: index)
            if !UTF8Text.isLowercase(scalar) { return false }
            index += scalarLength
        }
        return true
    }

    private func isLoneDot(_ chunk: Range<Int>) -> Bool {
        guard bytes[chunk.lowerBound] == 0x2E else { return false }
        var index = chunk.lowerBound + 1
        while index < chunk.upperBound {
            let (scalar, length) = UTF8Text.scalar(bytes, at: index)
            guard UTF8Text.isClosing(scalar) else { return false }
            index += length
        }
        return true
    }

    /// ":)", ":-(", ";)", "=)", ":D", ":P", "=(" and the like.
    private func isEmoticon(_ chunk: Range<Int>) -> Bool {
        guard chunk.count >= 2, chunk.count <= 4 else { return false }
        let eyes = bytes[chunk.lowerBound]
        guard eyes == 0x3A || eyes == 0x3B || eyes == 0x3D else { return false }
        var index = chunk.lowerBound + 1
        if bytes[index] == 0x2D || bytes[index] == 0x27 { index += 1 }
        guard index < chunk.upperBound else { return false }
        while index < chunk.upperBound {
            switch bytes[index] {
            case 0x28, 0x29, 0x44, 0x50, 0x70, 0x4F, 0x6F, 0x2F, 0x5C, 0x7C, 0x5B, 0x5D, 0x33, 0x2A: break
            default: return false
            }
            index += 1
        }
        return true
    }
}
