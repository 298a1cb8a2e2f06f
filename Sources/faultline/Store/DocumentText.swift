import FaultlineCore
import FaultlineStore

/// Readable renderings of a stored document for `show` and `brief`.
enum DocumentText {
    /// Title, outlet, date, url, origin and near-duplicate link, one per line.
    static func header(_ document: StoredDocument) -> String {
        let metadata = document.metadata
        var lines = ["Document \(document.id): \(metadata.title ?? "(untitled)")"]
        let source = [
            metadata.outlet, metadata.author.map { "by \($0)" },
            metadata.published.map { "published \($0.iso)" },
        ].compactMap { $0 }
        if !source.isEmpty { lines.append(source.joined(separator: ", ")) }
        if let url = metadata.url { lines.append(url) }
        lines.append("Read from \(document.origin) (\(document.format)), ingested \(document.ingestedAt)")
        if let original = document.duplicateOf {
            lines.append("Near-copy of document \(original): its events are counted there.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The clean text, each sentence prefixed with its number; paragraph breaks kept. Without
    /// stored sentences (no text stage), the clean text as it is.
    static func numberedText(_ document: StoredDocument, sentences: [StoredSentence]) -> String {
        guard !sentences.isEmpty else { return document.cleanText }
        let bytes = Array(document.cleanText.utf8)
        var out = ""
        var previousEnd = 0
        for sentence in sentences {
            let gap = sentence.range.lowerBound > previousEnd && sentence.range.lowerBound <= bytes.count
                ? String(decoding: bytes[previousEnd..<sentence.range.lowerBound], as: UTF8.self) : ""
            if gap.contains("\n\n") || out.isEmpty {
                out += out.isEmpty ? "" : "\n\n"
            } else {
                out += "\n"
            }
            out += "[\(sentence.index + 1)] \(sentence.text)"
            previousEnd = max(previousEnd, sentence.range.upperBound)
        }
        return out
    }
}
