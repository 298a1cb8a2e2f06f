/// Trains an averaged multiclass perceptron over hashed features.
///
/// Each feature keeps a short list of only the classes it has ever been updated for, so
/// features seen only in right predictions cost nothing and a feature that touched two of a
/// hundred classes stores two weights, not a hundred. Averaging uses the lazy timestamp trick: a
/// weight's running total is brought up to date only when the weight changes.
///
/// ```swift
/// var trainer = PerceptronTrainer(labels: ["NOUN", "VERB"])
/// let guess = trainer.predict(features)
/// trainer.update(features: features, truth: 1, guess: guess)
/// trainer.nextExample()
/// let model = trainer.averagedModel(minimumWeight: 0.001)
/// ```
public struct PerceptronTrainer: Sendable {
    /// One class weight of one feature, with its averaging state.
    private struct Entry: Sendable {
        var total: Double
        var weight: Float
        var stamp: Int32
        var classIndex: Int32
    }

    /// Class names.
    public let labels: [String]
    private var rowOf: [UInt64: Int32] = [:]
    private var rowKeys: [UInt64] = []
    private var rows: [ContiguousArray<Entry>] = []
    /// The number of examples seen so far (the averaging clock).
    public private(set) var examples: Int32 = 1

    /// A trainer for the given classes.
    public init(labels: [String]) {
        self.labels = labels
    }

    /// The number of classes.
    public var classCount: Int { labels.count }

    /// Scores of every class under the current (not averaged) weights.
    public func scores(of features: [UInt64]) -> [Float] {
        var scores = [Float](repeating: 0, count: labels.count)
        addScores(of: features, to: &scores)
        return scores
    }

    /// Adds the current weights of `features` to `scores`.
    public func addScores(of features: [UInt64], to scores: inout [Float]) {
        scores.withUnsafeMutableBufferPointer { output in
            for key in features {
                guard let row = rowOf[key] else { continue }
                rows[Int(row)].withUnsafeBufferPointer { entries in
                    for entry in entries { output[Int(entry.classIndex)] += entry.weight }
                }
            }
        }
    }

    /// The best class under the current weights, among those `allowed` says yes to.
    public func predict(_ features: [UInt64], allowed: ((Int) -> Bool)? = nil) -> Int {
        let scores = scores(of: features)
        var best = -1
        var bestScore = -Float.infinity
        for index in scores.indices where allowed?(index) ?? true {
            if scores[index] > bestScore {
                best = index
                bestScore = scores[index]
            }
        }
        return best
    }

    /// Moves weight from the wrong guess to the truth; does nothing when they agree.
    public mutating func update(features: [UInt64], truth: Int, guess: Int, amount: Float = 1) {
        guard truth != guess else { return }
        for key in features {
            let row = self.row(for: key)
            adjust(row: row, classIndex: truth, by: amount)
            if guess >= 0 { adjust(row: row, classIndex: guess, by: -amount) }
        }
    }

    /// Adds `amount` to the weight of one feature for one class (for structured updates).
    public mutating func adjust(feature key: UInt64, classIndex: Int, by amount: Float) {
        adjust(row: row(for: key), classIndex: classIndex, by: amount)
    }

    /// Advances the averaging clock; call once per training example.
    public mutating func nextExample() {
        examples += 1
    }

    private mutating func row(for key: UInt64) -> Int {
        if let row = rowOf[key] { return Int(row) }
        let row = rowKeys.count
        rowOf[key] = Int32(row)
        rowKeys.append(key)
        rows.append([])
        return row
    }

    private mutating func adjust(row: Int, classIndex: Int, by amount: Float) {
        let clock = examples
        let found: Bool = rows[row].withUnsafeMutableBufferPointer { entries in
            for index in entries.indices where entries[index].classIndex == Int32(classIndex) {
                entries[index].total += Double(clock - entries[index].stamp) * Double(entries[index].weight)
                entries[index].stamp = clock
                entries[index].weight += amount
                return true
            }
            return false
        }
        if !found {
            rows[row].append(Entry(total: 0, weight: amount, stamp: clock, classIndex: Int32(classIndex)))
        }
    }

    /// The averaged weights as a compact model; weights smaller than `minimumWeight` in
    /// magnitude are dropped, which shrinks the model with little loss.
    public func averagedModel(minimumWeight: Float = 0) -> SparseModel {
        var features: [(key: UInt64, weights: [(classIndex: Int, weight: Float)])] = []
        features.reserveCapacity(rowKeys.count)
        for (row, key) in rowKeys.enumerated() {
            var entries: [(classIndex: Int, weight: Float)] = []
            for entry in rows[row].sorted(by: { $0.classIndex < $1.classIndex }) {
                let total = entry.total + Double(examples - entry.stamp) * Double(entry.weight)
                let average = Float(total / Double(examples))
                if abs(average) > minimumWeight, average != 0 {
                    entries.append((Int(entry.classIndex), average))
                }
            }
            if !entries.isEmpty { features.append((key, entries)) }
        }
        return SparseModel(labels: labels, features: features)
    }
}
