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

    /// Precision and recall of `extracted` against `gold`. Tokens are compared as code points
    /// (no Unicode normalisation) and split on Unicode white space, as Python's `str.split()`.
    public init(extracted: String, gold: String) {
        let goldBytes = Array(gold.utf8)
        let extractedBytes = Array(extracted.utf8)
        var counts = [ArraySlice<UInt8>: Int]()
        var goldCount = 0
        Self.forEachToken(goldBytes) { token in
            counts[token, default: 0] += 1
            goldCount += 1
        }
        var overlap = 0
        var extractedCount = 0
        Self.forEachToken(extractedBytes) { token in
            extractedCount += 1
            if let remaining = counts[token], remaining > 0 {
                overlap += 1
                counts[token] = remaining - 1
            }
        }
        if extractedCount == 0 {
            precision = goldCount == 0 ? 1 : 0
        } else {
            precision = Double(overlap) / Double(extractedCount)
        }
        recall = goldCount == 0 ? 1 : Double(overlap) / Double(goldCount)
    }

    /// Calls `body` with each run of non-white-space bytes.
    static func forEachToken(_ bytes: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        var start = -1
        var i = 0
        while i < bytes.count {
            let width = whiteSpaceWidth(bytes, at: i)
            if width > 0 {
                if start >= 0 { body(bytes[start..<i]); start = -1 }
                i += width
            } else {
                if start < 0 { start = i }
                i += 1
            }
        }
        if start >= 0 { body(bytes[start...]) }
    }

    /// The byte length of the white-space character at `i`, or 0: ASCII white space, U+0085,
    /// U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
    @inline(__always) static func whiteSpaceWidth(_ bytes: [UInt8], at i: Int) -> Int {
        let byte = bytes[i]
        if byte < 0x80 { return (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x1F)) ? 1 : 0 }
        let count = bytes.count
        if byte == 0xC2, i + 1 < count { return bytes[i + 1] == 0x85 || bytes[i + 1] == 0xA0 ? 2 : 0 }
        if byte == 0xE1, i + 2 < count { return bytes[i + 1] == 0x9A && bytes[i + 2] == 0x80 ? 3 : 0 }
        if byte == 0xE2, i + 2 < count, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 {
            let last = bytes[i + 2]
            if bytes[i + 1] == 0x80 { return (last >= 0x80 && last <= 0x8A) || last == 0xA8 || last == 0xA9 || last == 0xAF ? 3 : 0 }
            return last == 0x9F ? 3 : 0
        }
        if byte == 0xE3, i + 2 < count { return bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80 ? 3 : 0 }
        return 0
    }

    /// Precision and recall given directly.
    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
    }
}
