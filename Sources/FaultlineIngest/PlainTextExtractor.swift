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
        let blocks = Self.blocks(of: text)
        var paragraphs = [String]()
        var title: String?
        var author: String?
        var seenBody = false
        for (blockIndex, lines) in blocks.enumerated() {
            var kept = [String]()
            for line in lines {
                if BoilerplateLine.isBoilerplate(line) { continue }
                if !seenBody, author == nil, let byline = Self.byline(line) { author = byline; continue }
                kept.append(line)
            }
            guard !kept.isEmpty else { continue }
            // The headline: the first kept line, alone in its block, short, without final
            // punctuation, and with more text after it.
            if title == nil, paragraphs.isEmpty, kept.count == 1, lines.count == 1,
               Self.isHeadline(kept[0]), blockIndex < blocks.count - 1
            {
                title = kept[0]
                continue
            }
            paragraphs.append(contentsOf: Self.paragraphs(fromBlock: kept))
            seenBody = true
        }
        return Result(title: title, author: author, paragraphs: paragraphs)
    }

    static func isHeadline(_ line: String) -> Bool {
        guard line.count <= maxHeadlineLength, let last = line.last else { return false }
        if ".;,:".contains(last) { return false }
        let words = line.split(separator: " ")
        return words.count >= 2 && words.count <= 30
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
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
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
        guard line.contains("  ") || line.contains("\t") else { return line }
        return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}

extension StringProtocol {
    /// The string without the given characters at either end.
    func trimming(_ characters: String) -> String {
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
