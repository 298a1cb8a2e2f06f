/// Trains an averaged multiclass perceptron over hashed features.
///
/// Rows of weights are created only for features that take part in an update, so features
/// seen only in right predictions cost nothing. Averaging uses the lazy timestamp trick: a weight's
/// running total is brought up to date only when the weight changes.
///
/// ```swift
/// var trainer = PerceptronTrainer(labels: ["NOUN", "VERB"])
/// let guess = trainer.predict(features)
/// trainer.update(features: features, truth: 1, guess: guess)
/// trainer.nextExample()
/// let model = trainer.averagedModel(minimumWeight: 0.001)
/// ```
public struct PerceptronTrainer: Sendable {
    /// Class names.
    public let labels: [String]
    private var rowOf: [UInt64: Int] = [:]
    private var rowKeys: [UInt64] = []
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int32] = []
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
        let count = labels.count
        for key in features {
            guard let row = rowOf[key] else { continue }
            let base = row * count
            for index in 0..<count { scores[index] += weights[base + index] }
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
            adjust(row * labels.count + truth, by: amount)
            if guess >= 0 { adjust(row * labels.count + guess, by: -amount) }
        }
    }

    /// Adds `amount` to the weight of one feature for one class (for structured updates).
    public mutating func adjust(feature key: UInt64, classIndex: Int, by amount: Float) {
        adjust(row(for: key) * labels.count + classIndex, by: amount)
    }

    /// Advances the averaging clock; call once per training example.
    public mutating func nextExample() {
        examples += 1
    }

    private mutating func row(for key: UInt64) -> Int {
        if let row = rowOf[key] { return row }
        let row = rowKeys.count
        rowOf[key] = row
        rowKeys.append(key)
        weights.append(contentsOf: repeatElement(0, count: labels.count))
        totals.append(contentsOf: repeatElement(0, count: labels.count))
        stamps.append(contentsOf: repeatElement(examples, count: labels.count))
        return row
    }

    private mutating func adjust(_ index: Int, by amount: Float) {
        totals[index] += Double(examples - stamps[index]) * Double(weights[index])
        stamps[index] = examples
        weights[index] += amount
    }

    /// The averaged weights as a compact model; weights smaller than `minimumWeight` in
    /// magnitude are dropped, which shrinks the model with little loss.
    public func averagedModel(minimumWeight: Float = 0) -> SparseModel {
        let count = labels.count
        var features: [(key: UInt64, weights: [(classIndex: Int, weight: Float)])] = []
        features.reserveCapacity(rowKeys.count)
        for (row, key) in rowKeys.enumerated() {
            var entries: [(classIndex: Int, weight: Float)] = []
            for classIndex in 0..<count {
                let index = row * count + classIndex
                let total = totals[index] + Double(examples - stamps[index]) * Double(weights[index])
                let average = Float(total / Double(examples))
                if abs(average) > minimumWeight, average != 0 {
                    entries.append((classIndex, average))
                }
            }
            if !entries.isEmpty { features.append((key, entries)) }
        }
        return SparseModel(labels: labels, features: features)
    }
}
