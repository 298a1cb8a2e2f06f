import FaultlineCore

/// A sentence of an NER corpus: words, Penn Treebank tags (empty when unknown) and gold spans.
public struct LabeledSentence: Sendable, Hashable {
    /// The words.
    public var words: [String]
    /// One PTB tag per word, or empty strings.
    public var tags: [String]
    /// The gold entity spans.
    public var spans: [NamedSpan]

    /// A sentence from its parts.
    public init(words: [String], tags: [String], spans: [NamedSpan]) {
        self.words = words
        self.tags = tags
        self.spans = spans
    }
}

/// A document of an NER corpus: its sentences in order (document-level features read them all).
public typealias LabeledDocument = [LabeledSentence]

/// Reads the OntoNotes BIO files: `word<TAB>POS<TAB>tag` lines, blank lines between sentences,
/// `#doc` lines between documents. Tags are BIO (`B-ORG`, `I-ORG`, `O`).
public enum BIOCorpus {
    /// A line that cannot be read.
    public struct FormatError: Error, CustomStringConvertible {
        /// The 1-based line number.
        public var line: Int
        /// What is wrong.
        public var reason: String
        /// The line and what is wrong with it.
        public var description: String { "line \(line): \(reason) (expected word<TAB>POS<TAB>BIO-tag)" }
    }

    /// Parses a whole file's bytes into documents.
    public static func parse(_ bytes: [UInt8]) throws(FormatError) -> [LabeledDocument] {
        var documents: [LabeledDocument] = []
        var document: LabeledDocument = []
        var words: [String] = []
        var tags: [String] = []
        var bio: [(prefix: UInt8, type: EntityType?)] = []
        var lineNumber = 0

        func finishSentence() {
            guard !words.isEmpty else { return }
            document.append(LabeledSentence(words: words, tags: tags, spans: spans(fromBIO: bio)))
            words.removeAll(keepingCapacity: true)
            tags.removeAll(keepingCapacity: true)
            bio.removeAll(keepingCapacity: true)
        }
        func finishDocument() {
            finishSentence()
            if !document.isEmpty { documents.append(document) }
            document = []
        }

        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0a { lineEnd += 1 }
            lineNumber += 1
            var end = lineEnd
            if end > lineStart, bytes[end - 1] == 0x0d { end -= 1 }
            let line = bytes[lineStart..<end]
            lineStart = lineEnd + 1
            if line.isEmpty { finishSentence(); continue }
            if line.first == 0x23, line.starts(with: Array("#doc".utf8)) { finishDocument(); continue }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count >= 3 else {
                throw FormatError(line: lineNumber, reason: "found \(fields.count) tab-separated fields")
            }
            let tag = String(decoding: fields[2], as: UTF8.self)
            var type: EntityType? = nil
            var prefix: UInt8 = 0x4f  // "O"
            if tag != "O" {
                guard tag.count > 2, let parsed = EntityType(rawValue: String(tag.dropFirst(2))),
                      tag.hasPrefix("B-") || tag.hasPrefix("I-")
                else { throw FormatError(line: lineNumber, reason: "unknown tag '\(tag)'") }
                type = parsed
                prefix = tag.utf8.first!
            }
            words.append(String(decoding: fields[0], as: UTF8.self))
            tags.append(String(decoding: fields[1], as: UTF8.self))
            bio.append((prefix, type))
        }
        finishDocument()
        return documents
    }

    /// Spans from BIO tags; an I that does not continue a span of its type starts one.
    static func spans(fromBIO tags: [(prefix: UInt8, type: EntityType?)]) -> [NamedSpan] {
        var spans: [NamedSpan] = []
        var open: NamedSpan? = nil
        for (index, tag) in tags.enumerated() {
            if let type = tag.type, tag.prefix == 0x49, var current = open, current.type == type {
                current.end = index + 1
                open = current
                continue
            }
            if let current = open { spans.append(current) }
            open = tag.type.map { NamedSpan(start: index, end: index + 1, type: $0) }
        }
        if let current = open { spans.append(current) }
        return spans
    }
}
