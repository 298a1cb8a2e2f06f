import Foundation

/// A sentence labelled with its CAMEO quad class (ConfliBERT `cameo_class_train.tsv`).
public struct QuadSentence: Sendable, Hashable {
    /// The sentence.
    public var text: String
    /// The quad class, 0 to 4.
    public var label: Int

    /// A labelled sentence.
    public init(text: String, label: Int) {
        self.text = text
        self.label = label
    }

    /// Reads `sentence TAB label` lines; blank lines are skipped.
    public static func read(path: String) throws(EvaluationError) -> [QuadSentence] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path)
        }
        var result: [QuadSentence] = []
        for (number, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty { continue }
            guard let tab = trimmed.lastIndex(of: "\t"),
                  let label = Int(trimmed[trimmed.index(after: tab)...].trimmingCharacters(in: .whitespaces)),
                  (0...4).contains(label)
            else {
                throw .malformed(path: path, reason: "line \(number + 1) is not 'sentence<TAB>label 0-4'")
            }
            result.append(QuadSentence(text: String(trimmed[..<tab]), label: label))
        }
        if result.isEmpty { throw .malformed(path: path, reason: "no labelled sentences") }
        return result
    }
}
