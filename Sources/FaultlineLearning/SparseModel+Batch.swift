/// Scores several feature lists at once, such as the items of a beam, exactly as their model
/// scores each alone (the same 16-bit steps, summed as integers and scaled once): the lookups
/// of every list of a call go through the same prefetch phases of the model's
/// ``FeatureTable``, so the cache misses of all the lists overlap instead of those of one list
/// only.
///
/// ```swift
/// let scorer = BatchScorer(model)
/// // features of item 0, then of item 1; ends[g] is where list g ends
/// scorer.addScores(of: keys, groupEnds: ends, to: rows)   // rows: 2 * classCount floats
/// ```
public struct BatchScorer: Sendable {
    /// The number of classes.
    public let classCount: Int
    let lookup: FeatureTable
    /// The weight of one step.
    let scale: Float
    /// The bits of a feature key that the model's keys have.
    let keyMask: UInt64

    /// A scorer of `model`, sharing its lookup table.
    ///
    /// With a `keyMask`, only the masked bits of the features looked up are compared, for models
    /// whose keys were stored in fewer bits (``SparseModel/withKeys(maskedTo:)``).
    public init(_ model: SparseModel, keyMask: UInt64 = ~0) {
        self.keyMask = keyMask
        self.classCount = model.classCount
        self.lookup = model.lookup
        self.scale = model.packedScale
    }

    /// The number of features stored as dense rows.
    public var denseRowCount: Int { lookup.denseRowCount }

    /// Adds the scores of several feature lists, each to its own row of `scores`: list `g` is
    /// `features[groupEnds[g - 1] ..< groupEnds[g]]` (from 0 for the first) and its scores are
    /// added to `scores[g * classCount ..< (g + 1) * classCount]`.
    public func addScores(
        of features: UnsafeBufferPointer<UInt64>, groupEnds: UnsafeBufferPointer<Int32>,
        to scores: UnsafeMutableBufferPointer<Float>
    ) {
        let groupCount = groupEnds.count
        guard groupCount > 0 else { return }
        precondition(scores.count >= groupCount * classCount, "a row of scores for every group")
        let rowStride = lookup.rowStride
        let classCount = classCount
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: groupCount * rowStride) { sums in
            sums.initialize(repeating: 0)
            let sumBase = sums.baseAddress!
            lookup.addSteps(of: features, keyMask: keyMask, groupEnds: groupEnds, to: sumBase, sumStride: rowStride)
            let scale = scale
            for group in 0..<groupCount {
                let row = sumBase + group * rowStride
                let output = scores.baseAddress! + group * classCount
                // Every class, without a test: a loop the compiler vectorises.
                for index in 0..<classCount {
                    output[index] += Float(row[index]) * scale
                }
            }
        }
    }

    /// Adds the integer steps of one feature list to `steps` (``classCount`` elements): a
    /// decoder may keep the steps of features several states share and add the rest per state;
    /// ``addScores(steps:to:)`` then gives exactly the scores of all the features at once.
    public func addSteps(of features: UnsafeBufferPointer<UInt64>, to steps: UnsafeMutableBufferPointer<Int32>) {
        precondition(steps.count >= classCount, "a step for every class")
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 1) { ends in
            ends[0] = Int32(features.count)
            lookup.addSteps(
                of: features, keyMask: keyMask, groupEnds: UnsafeBufferPointer(ends), to: steps.baseAddress!,
                sumStride: steps.count)
        }
    }

    /// Sets `scores` (``classCount`` elements) to the scores of integer `steps`.
    public func setScores(steps: UnsafeBufferPointer<Int32>, to scores: UnsafeMutableBufferPointer<Float>) {
        let scale = scale
        for index in 0..<classCount {
            scores[index] = Float(steps[index]) * scale
        }
    }

    /// Adds the scores of one feature list to `scores` (``classCount`` elements).
    public func addScores(of features: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutableBufferPointer<Float>) {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 1) { ends in
            ends[0] = Int32(features.count)
            addScores(of: features, groupEnds: UnsafeBufferPointer(ends), to: scores)
        }
    }
}

extension SparseModel {
    /// The same model with every feature key cut to its low `bits` bits (features that then
    /// share a key have their weights added): keys of fewer bits take less room in a model
    /// file. Score it with a ``BatchScorer`` whose `keyMask` keeps the same bits.
    public func withKeys(maskedTo bits: Int) -> SparseModel {
        guard bits < 64 else { return self }
        let mask = (UInt64(1) << UInt64(max(1, bits))) - 1
        var order: [UInt64] = []
        var merged: [UInt64: [Int: Float]] = [:]
        order.reserveCapacity(keys.count)
        merged.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() {
            let short = key & mask
            if merged[short] == nil { order.append(short) }
            for entry in Int(entryStart[index])..<Int(entryStart[index + 1]) {
                merged[short, default: [:]][Int(entryClass[entry]), default: 0] += entryWeight[entry]
            }
        }
        return SparseModel(labels: labels, features: order.map { key in
            (key, merged[key]!.sorted { $0.key < $1.key }.map { (classIndex: $0.key, weight: $0.value) })
        })
    }
}
