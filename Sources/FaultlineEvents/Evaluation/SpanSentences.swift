import Foundation

/// A sentence with its gold source and target spans (ConfliBERT `cameo_ner_train.txt`: one
/// token and one BIO label per line, `S` source, `T` target, `R` reciprocal, blank line between
/// sentences). The text is the tokens rejoined as running text (``Detokenizer``); spans are
/// UTF-8 byte ranges of it.
public struct SpanSentence: Sendable, Hashable {
    /// The sentence, its tokens rejoined as running text.
    public var text: String
    /// Source spans (byte ranges).
    public var sources: [Range<Int>]
    /// Target spans (byte ranges).
    public var targets: [Range<Int>]
    /// Reciprocal spans: actors that are source and target at once ("X and Y met").
    public var reciprocal: [Range<Int>]

    /// A sentence with its spans.
    public init(text: String, sources: [Range<Int>], targets: [Range<Int>], reciprocal: [Range<Int>] = []) {
        self.text = text
        self.sources = sources
        self.targets = targets
        self.reciprocal = reciprocal
    }

    /// Reads a token-per-line BIO file; sentences without any span are kept (they score nothing).
    public static func read(path: String) throws(EvaluationError) -> [SpanSentence] {
        guard let data = FileManager.default.contents(atPath: path), let content = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path)
        }
        var result: [SpanSentence] = []
        var current = Builder()
        for (number, line) in content.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if let sentence = current.finish() { result.append(sentence) }
                current = Builder()
                continue
            }
            guard let space = trimmed.lastIndex(where: { $0 == " " || $0 == "\t" }) else {
                throw .malformed(path: path, reason: "line \(number + 1) is not 'token LABEL'")
            }
            let token = trimmed[..<space].trimmingCharacters(in: .whitespaces)
            let label = String(trimmed[trimmed.index(after: space)...])
            guard label == "O" || label.count == 3 && (label.hasPrefix("B-") || label.hasPrefix("I-")) else {
                throw .malformed(path: path, reason: "line \(number + 1): label '\(label)' is not O, B-X or I-X")
            }
            current.add(token: token, label: label)
        }
        if let sentence = current.finish() { result.append(sentence) }
        if result.isEmpty { throw .malformed(path: path, reason: "no sentences") }
        return result
    }

    private struct Builder {
        var text = Detokenizer()
        var spans: [Character: [Range<Int>]] = [:]
        var open: (kind: Character, start: Int)?
        var lastEnd = 0

        mutating func add(token: String, label: String) {
            let kind = label.last ?? "O"
            let starts = label == "O" || label.hasPrefix("B-") || open?.kind != kind
            if starts { close(at: lastEnd) }
            let range = text.append(token)
            if label != "O", open == nil { open = (kind, range.lowerBound) }
            lastEnd = range.upperBound
        }

        mutating func close(at end: Int) {
            guard let span = open else { return }
            spans[span.kind, default: []].append(span.start..<max(span.start, end))
            open = nil
        }

        mutating func finish() -> SpanSentence? {
            close(at: lastEnd)
            guard !text.text.isEmpty else { return nil }
            return SpanSentence(text: text.text, sources: spans["S"] ?? [], targets: spans["T"] ?? [], reciprocal: spans["R"] ?? [])
        }
    }
}
