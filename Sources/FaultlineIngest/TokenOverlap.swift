/// Token-level agreement of an extracted text with a gold text, as the article-extraction
/// benchmark measures it: both texts are split on whitespace into bags (multisets) of tokens;
/// the overlap counts each token as often as it occurs in both.
public struct TokenOverlap: Sendable, Equatable {
    /// Overlap over extracted tokens (0 when nothing was extracted but the gold has text).
    public var precision: Double
    /// Overlap over gold tokens (1 when the gold is empty).
    public var recall: Double

    /// The harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Precision and recall of `extracted` against `gold`.
    public init(extracted: String, gold: String) {
        var counts = [Substring: Int]()
        let goldTokens = gold.split(whereSeparator: \.isWhitespace)
        for token in goldTokens { counts[token, default: 0] += 1 }
        let extractedTokens = extracted.split(whereSeparator: \.isWhitespace)
        var overlap = 0
        for token in extractedTokens {
            if let remaining = counts[token], remaining > 0 {
                overlap += 1
                counts[token] = remaining - 1
            }
        }
        if extractedTokens.isEmpty {
            precision = goldTokens.isEmpty ? 1 : 0
        } else {
            precision = Double(overlap) / Double(extractedTokens.count)
        }
        recall = goldTokens.isEmpty ? 1 : Double(overlap) / Double(goldTokens.count)
    }

    /// Precision and recall given directly.
    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
    }
}
