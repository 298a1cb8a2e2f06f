import FaultlineCore

/// A sentence of a CoNLL-U treebank: its gold tokens, tags and tree, and its comment lines.
public struct TreebankSentence: Sendable, Hashable {
    /// The `# text = ...` line, when present.
    public var text: String?
    /// Whether a `# newdoc` comment starts a document at this sentence.
    public var startsDocument: Bool
    /// Whether a `# newpar` comment (or a new document) starts a paragraph here.
    public var startsParagraph: Bool
    /// The word tokens (multi-word token lines and empty nodes are skipped). Heads are 0-based
    /// indices into this array, -1 for the root; ranges are offsets into `text` when the
    /// words can be found in it in order, else empty.
    public var tokens: [Token]

    /// A sentence from its parts (for corpora in other formats).
    public init(text: String?, startsDocument: Bool, startsParagraph: Bool, tokens: [Token]) {
        self.text = text
        self.startsDocument = startsDocument
        self.startsParagraph = startsParagraph
        self.tokens = tokens
    }
}

/// Reads CoNLL-U (Universal Dependencies) files.
///
/// ```swift
/// let sentences = try CoNLLU.parse(String(contentsOfFile: path, encoding: .utf8))
/// ```
public enum CoNLLU {
    /// A line that is not valid CoNLL-U.
    public struct SyntaxError: Error, CustomStringConvertible {
        /// The 1-based line number.
        public var line: Int
        /// What is wrong with it.
        public var reason: String
        /// The line and what is wrong with it.
        public var description: String { "line \(line): \(reason)" }
    }

    /// Parses a whole CoNLL-U document.
    public static func parse(_ content: String) throws(SyntaxError) -> [TreebankSentence] {
        var sentences: [TreebankSentence] = []
        var current = TreebankSentence(text: nil, startsDocument: false, startsParagraph: false, tokens: [])
        var pendingDocument = false
        var pendingParagraph = false
        var lineNumber = 0

        func finish() {
            guard !current.tokens.isEmpty else { return }
            current.tokens = alignOffsets(current.tokens, text: current.text)
            sentences.append(current)
            current = TreebankSentence(text: nil, startsDocument: false, startsParagraph: false, tokens: [])
        }

        for rawLine in content.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty {
                finish()
                continue
            }
            if line.hasPrefix("#") {
                if line.hasPrefix("# newdoc") { pendingDocument = true; pendingParagraph = true }
                if line.hasPrefix("# newpar") { pendingParagraph = true }
                if line.hasPrefix("# text = ") { current.text = String(line.dropFirst(9)) }
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 8 else {
                throw SyntaxError(line: lineNumber, reason: "expected 10 tab-separated fields, found \(fields.count)")
            }
            // Multi-word tokens ("1-2") and empty nodes ("3.1") are not words of the tree.
            if fields[0].contains("-") || fields[0].contains(".") { continue }
            guard Int(fields[0]) != nil else {
                throw SyntaxError(line: lineNumber, reason: "token id '\(fields[0])' is not a number")
            }
            if current.tokens.isEmpty {
                current.startsDocument = pendingDocument
                current.startsParagraph = pendingParagraph
                pendingDocument = false
                pendingParagraph = false
            }
            let head = Int(fields[6]).map { $0 - 1 } ?? -1
            let misc = fields.count > 9 ? fields[9] : ""
            current.tokens.append(Token(
                range: 0..<0,
                text: String(fields[1]),
                spaceAfter: !misc.contains("SpaceAfter=No"),
                upos: String(fields[3]),
                xpos: String(fields[4]),
                lemma: String(fields[2]),
                head: head,
                deprel: String(fields[7])
            ))
        }
        finish()
        return sentences
    }

    /// Finds each token in the sentence text in order, to give it byte offsets.
    private static func alignOffsets(_ tokens: [Token], text: String?) -> [Token] {
        guard let text else { return tokens }
        let bytes = Array(text.utf8)
        var position = 0
        var aligned = tokens
        for index in aligned.indices {
            let word = Array(aligned[index].text.utf8)
            var start = position
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            if start + word.count <= bytes.count, Array(bytes[start..<start + word.count]) == word {
                aligned[index].range = start..<(start + word.count)
                position = start + word.count
            } else {
                return tokens  // the text does not spell the tokens; leave offsets empty
            }
        }
        return aligned
    }
}
