import FaultlineCore

/// Entity-level exact-match scores: a predicted span counts only when its bounds and type
/// both equal a gold span's.
public struct NERScores: Sendable, Hashable {
    /// Counts for one type (or all types).
    public struct Counts: Sendable, Hashable {
        /// Predicted spans that are gold.
        public var truePositives = 0
        /// Predicted spans.
        public var predicted = 0
        /// Gold spans.
        public var gold = 0

        /// Correct / predicted.
        public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
        /// Correct / gold.
        public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
        /// Harmonic mean of precision and recall.
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    /// Over all types.
    public var overall = Counts()
    /// Per type.
    public var perType: [EntityType: Counts] = [:]

    /// Empty counts.
    public init() {}

    /// Adds one sentence's predicted and gold spans.
    public mutating func add(predicted: [NamedSpan], gold: [NamedSpan]) {
        let goldSet = Set(gold)
        for span in predicted {
            overall.predicted += 1
            perType[span.type, default: Counts()].predicted += 1
            if goldSet.contains(span) {
                overall.truePositives += 1
                perType[span.type, default: Counts()].truePositives += 1
            }
        }
        for span in gold {
            overall.gold += 1
            perType[span.type, default: Counts()].gold += 1
        }
    }
}
