import FaultlineCore

/// TempEval-3 style scores of found time expressions against gold ones.
///
/// Extents are compared strictly (same UTF-8 range) and relaxed (any overlap, one-to-one).
/// Value and type accuracy are measured over the relaxed matches, as TempEval-3 does for its
/// attribute scores (value F1 there is value accuracy times relaxed F1).
public struct TimexScore: Sendable, Hashable, Codable {
    /// Gold expressions.
    public var gold = 0
    /// Found expressions.
    public var found = 0
    /// Found expressions with exactly a gold range.
    public var strictMatches = 0
    /// Found expressions overlapping a gold one (each gold used once).
    public var relaxedMatches = 0
    /// Relaxed matches with the gold value.
    public var valueMatches = 0
    /// Relaxed matches with the gold type.
    public var typeMatches = 0

    /// An empty score.
    public init() {}

    /// Adds one document's comparison.
    public mutating func add(found predicted: [TimeExpression], gold expected: [TimeExpression]) {
        gold += expected.count
        found += predicted.count
        let goldRanges = Set(expected.map(\.range))
        strictMatches += predicted.filter { goldRanges.contains($0.range) }.count
        var used = Array(repeating: false, count: expected.count)
        for expression in predicted {
            // Prefer the exact range, then the first overlapping gold expression not yet used.
            let candidates = expected.indices.filter { !used[$0] && expected[$0].range.overlaps(expression.range) }
            guard let match = candidates.first(where: { expected[$0].range == expression.range }) ?? candidates.first else { continue }
            used[match] = true
            relaxedMatches += 1
            if Self.normalized(expected[match].value) == Self.normalized(expression.value) { valueMatches += 1 }
            if expected[match].kind == expression.kind { typeMatches += 1 }
        }
    }

    /// Strict extent precision, recall and F1.
    public var strict: (precision: Double, recall: Double, f1: Double) { Self.prf(strictMatches, found, gold) }
    /// Relaxed extent precision, recall and F1.
    public var relaxed: (precision: Double, recall: Double, f1: Double) { Self.prf(relaxedMatches, found, gold) }
    /// Share of relaxed matches with the gold value.
    public var valueAccuracy: Double { relaxedMatches == 0 ? 0 : Double(valueMatches) / Double(relaxedMatches) }
    /// Share of relaxed matches with the gold type.
    public var typeAccuracy: Double { relaxedMatches == 0 ? 0 : Double(typeMatches) / Double(relaxedMatches) }

    /// Whether two values are the same once written alike (`2000-W07` and `2000-W7`).
    public static func sameValue(_ lhs: String, _ rhs: String) -> Bool { normalized(lhs) == normalized(rhs) }

    private static func normalized(_ value: String) -> String {
        var bytes = Array(value.utf8)
        // "-W0" followed by a digit: drop the padding zero of the week number.
        if let index = bytes.indices.first(where: { $0 + 3 < bytes.count && bytes[$0] == 0x2D && bytes[$0 + 1] == 0x57 && bytes[$0 + 2] == 0x30 }),
           TimeTokenizer.isDigit(bytes[index + 3]) {
            bytes.remove(at: index + 2)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func prf(_ correct: Int, _ found: Int, _ gold: Int) -> (precision: Double, recall: Double, f1: Double) {
        let precision = found == 0 ? 0 : Double(correct) / Double(found)
        let recall = gold == 0 ? 0 : Double(correct) / Double(gold)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return (precision, recall, f1)
    }
}
