import FaultlineCore

/// Reads a plain-text article, typically a page saved as text: finds the headline, drops chrome
/// lines (``BoilerplateLine``) and a byline, and joins hard-wrapped lines into paragraphs.
struct PlainTextExtractor: Sendable {
    /// What was found in the text.
    struct Result: Equatable {
        var title: String?
        var author: String?
        var paragraphs: [String]
    }

    /// Headlines are at most this many characters.
    static let maxHeadlineLength = 200

    func extract(_ text: String) -> Result {
        var blocks = [[String]]()
        var author: String?
        for lines in Self.blocks(of: text) {
            var kept = [String]()
            for line in lines {
                if blocks.count < 4, kept.isEmpty, author == nil, let byline = Self.byline(line) { author = byline; continue }
                if BoilerplateLine.isBoilerplate(line) { continue }
                kept.append(line)
            }
            if !kept.isEmpty { blocks.append(kept) }
        }
        // The top of the text, before the first line that reads like body text, holds the
        // headline and the labels a page puts around it (section kickers, author names, UI
        // remnants such as "+ - 16 px").
        var top = [(line: String, endsBlock: Bool)]()
        var bodyBlock = blocks.count
        var bodyLine = 0
        search: for (blockIndex, block) in blocks.enumerated() {
            for (lineIndex, line) in block.enumerated() {
                // A line continued in lowercase on the next is wrapped body text.
                let wrapped = lineIndex + 1 < block.count && block[lineIndex + 1].first?.isLowercase == true
                if wrapped || !Self.isHeadline(line) && !Self.isLabel(line) {
                    (bodyBlock, bodyLine) = (blockIndex, lineIndex)
                    break search
                }
                top.append((line, lineIndex == block.count - 1))
            }
        }
        // The headline: a short line without final punctuation followed by a blank line, with
        // text after it; a longer one wins over a two- or three-word kicker before it.
        let candidates = bodyBlock < blocks.count ? top.filter { $0.endsBlock && Self.isHeadline($0.line) }.map(\.line) : []
        let title = candidates.first { $0.split(separator: " ").count >= 4 } ?? candidates.first
        var paragraphs = top.map(\.line).filter { $0 != title && !Self.isLabel($0) }
        if bodyBlock < blocks.count {
            paragraphs += Self.paragraphs(fromBlock: Array(blocks[bodyBlock][bodyLine...]))
            for block in blocks[(bodyBlock + 1)...] {
                paragraphs += Self.paragraphs(fromBlock: block).filter { $0 != title }
            }
        } else if paragraphs.isEmpty {
            // Nothing but short lines: they are the text.
            paragraphs = top.map(\.line)
        }
        return Result(title: title, author: author, paragraphs: BoilerplateLine.trimmingClosingPromos(paragraphs))
    }

    static func isHeadline(_ line: String) -> Bool {
        guard line.count <= maxHeadlineLength, let last = line.last else { return false }
        if ".;,:!".contains(last) { return false }
        let words = line.split(separator: " ")
        guard words.count >= 2 && words.count <= 30 else { return false }
        let wordy = words.filter { $0.count >= 2 && $0.allSatisfy { $0.isLetter || $0 == "'" || $0 == "\u{2019}" || $0 == "-" } }
        return wordy.count * 2 >= words.count
    }

    /// A label at the top of a page rather than text: up to four words without sentence
    /// punctuation ("Policy", "Michael Howie", "JNS"), or a line of mostly non-words.
    static func isLabel(_ line: String) -> Bool {
        if BoilerplateLine.endsLikeSentence(line) { return false }
        let words = line.split(separator: " ")
        if words.count <= 4 { return true }
        let wordy = words.filter { $0.count >= 2 && $0.allSatisfy(\.isLetter) }
        return wordy.count * 2 < words.count
    }

    /// "By Jane Doe" or "By Jane Doe and John Roe, Reuters": the names, when the line is short.
    static func byline(_ line: String) -> String? {
        guard line.count <= 80, line.hasPrefix("By ") || line.hasPrefix("by ") || line.hasPrefix("BY ") else { return nil }
        let name = line.dropFirst(3).trimming(" \t|")
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 10, let first = name.first, first.isUppercase, !BoilerplateLine.endsLikeSentence(name) else { return nil }
        return name
    }

    /// Runs of non-blank lines (trimmed), separated by blank lines.
    static func blocks(of text: String) -> [[String]] {
        var blocks = [[String]]()
        var current = [String]()
        for rawLine in lines(of: text) {
            let line = rawLine.trimming(" \t\r\u{00A0}\u{FEFF}")
            if line.isEmpty {
                if !current.isEmpty { blocks.append(current); current = [] }
            } else {
                current.append(collapseSpaces(line))
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

    /// The paragraphs of one block: a hard-wrapped block (all lines at most 100 characters and
    /// most ending mid-sentence) is one paragraph; otherwise each line is its own.
    static func paragraphs(fromBlock lines: [String]) -> [String] {
        guard lines.count > 1 else { return lines }
        let maxLength = lines.map(\.count).max() ?? 0
        let midSentence = lines.dropLast().filter { !BoilerplateLine.endsLikeSentence($0) }.count
        if maxLength <= 100 && midSentence * 2 >= lines.count - 1 {
            return [lines.joined(separator: " ")]
        }
        return lines
    }

    static func collapseSpaces(_ line: String) -> String {
        // Most lines have neither: a byte scan rules that out without a substring search (a
        // tab or two spaces as characters are those bytes, so no line is missed).
        guard mayHaveSpaceRun(line), line.contains("  ") || line.contains("\t") else { return line }
        return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

extension PlainTextExtractor {
    /// `text.split(separator: "\n", omittingEmptySubsequences: false)`, found on the bytes: a
    /// line feed is the character "\n" unless a carriage return comes before it ("\r\n" is
    /// one character, so it separates nothing), and either side of it is a character boundary.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        var previous: UInt8 = 0
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A, previous != 0x0D {
                lines.append(text[lineStart..<index])
                lineStart = utf8.index(after: index)
            }
            previous = byte
            utf8.formIndex(after: &index)
        }
        lines.append(text[lineStart..<utf8.endIndex])
        return lines
    }

    /// Whether the UTF-8 bytes of `line` hold a tab or two spaces in a row.
    static func mayHaveSpaceRun(_ line: String) -> Bool {
        var previous: UInt8 = 0
        for byte in line.utf8 {
            if byte == 0x09 || (byte == 0x20 && previous == 0x20) { return true }
            previous = byte
        }
        return false
    }
}

extension StringProtocol {
    /// The string without the given characters at either end.
    func trimming(_ characters: String) -> String {
        // Most strings have nothing to trim: answer that without building a set.
        guard let first, let last else { return "" }
        if !characters.contains(first) && !characters.contains(last) { return String(self) }
        let set = Set(characters)
        guard let start = firstIndex(where: { !set.contains($0) }) else { return "" }
        let end = lastIndex(where: { !set.contains($0) })!
        return String(self[start...end])
    }
}

extension PlainTextExtractor {
    /// A plain-text input as an article: headline as title, byline as author, chrome dropped.
    func article(text: String, origin: String) -> IngestedArticle {
        let result = extract(text)
        let metadata = DocumentMetadata(title: result.title, author: result.author)
        return IngestedArticle(
            metadata: metadata, rawText: text, cleanText: result.paragraphs.joined(separator: "\n\n"),
            format: .text, origin: origin)
    }
}
