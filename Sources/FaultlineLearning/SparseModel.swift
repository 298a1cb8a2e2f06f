import CShims

/// A trained linear model over hashed features: for each feature, the classes it votes for and
/// how strongly. Read-only, so one instance is shared by every thread.
///
/// Scores are the sums of the weights of the active features:
///
/// ```swift
/// var scores = [Float](repeating: 0, count: model.classCount)
/// model.addScores(of: features, to: &scores)
/// let best = scores.indices.max { scores[$0] < scores[$1] }!
/// ```
public struct SparseModel: Sendable {
    /// Class names, in class-index order (for a tagger: its tags).
    public let labels: [String]
    /// The feature keys, in table order.
    let keys: ModelArray<UInt64>
    /// `entryStart[i]..<entryStart[i + 1]` are the entries of `keys[i]`.
    let entryStart: ModelArray<Int32>
    /// Class index of each entry.
    let entryClass: ModelArray<UInt16>
    /// Weight of each entry.
    let entryWeight: ModelArray<Float>
    /// The weight of one step of a quantised weight: the lookup table stores each weight as a
    /// 16-bit number of steps.
    let packedScale: Float
    /// Where lookups go (see ``FeatureTable``).
    let lookup: FeatureTable

    /// The number of classes.
    public var classCount: Int { labels.count }
    /// The number of features with at least one weight.
    public var featureCount: Int { keys.count }
    /// The number of stored weights.
    public var weightCount: Int { entryWeight.count }

    /// Builds a model from per-feature weight lists.
    public init(labels: [String], features: [(key: UInt64, weights: [(classIndex: Int, weight: Float)])]) {
        var keys: [UInt64] = []
        var starts: [Int32] = [0]
        var classes: [UInt16] = []
        var weights: [Float] = []
        keys.reserveCapacity(features.count)
        starts.reserveCapacity(features.count + 1)
        for feature in features where !feature.weights.isEmpty {
            keys.append(feature.key)
            for entry in feature.weights {
                classes.append(UInt16(entry.classIndex))
                weights.append(entry.weight)
            }
            starts.append(Int32(classes.count))
        }
        self.init(
            labels: labels, keys: ModelArray(keys), entryStart: ModelArray(starts), entryClass: ModelArray(classes),
            entryWeight: ModelArray(weights))
    }

    /// Builds a model from flat arrays: `keys[i]` has the entries `entryStart[i]..<entryStart[i + 1]`
    /// (every feature at least one), each a class index and a weight.
    init(
        labels: [String], keys: ModelArray<UInt64>, entryStart: ModelArray<Int32>, entryClass: ModelArray<UInt16>,
        entryWeight: ModelArray<Float>
    ) {
        self.labels = labels
        self.keys = keys
        self.entryStart = entryStart
        self.entryClass = entryClass
        self.entryWeight = entryWeight
        let largest = entryWeight.withUnsafeBufferPointer { Self.largestMagnitude($0) }
        let scale = largest > 0 ? largest / 32_767 : 1
        self.packedScale = scale
        // Dense rows only for features that vote for most classes: for fewer, adding every
        // class (and touching its sum) cost more than the scattered entries (measured on ingest).
        self.lookup = FeatureTable(
            classCount: labels.count, keys: keys, entryStart: entryStart, entryClass: entryClass,
            entryWeight: entryWeight, stepSize: scale, denseMinimum: max(8, labels.count * 3 / 4))
    }

    /// The largest `abs(weight)`, 0 when there is none (NaNs are passed over): the same as
    /// `weights.reduce(0) { max($0, abs($1)) }`, whose one chain of dependent steps took a
    /// tenth of reading a model. The maximum of a set does not depend on the order, so eight
    /// running maxima are kept and merged.
    static func largestMagnitude(_ weights: [Float]) -> Float {
        weights.withUnsafeBufferPointer { largestMagnitude($0) }
    }

    /// ``largestMagnitude(_:)-([Float])`` of a buffer.
    static func largestMagnitude(_ weights: UnsafeBufferPointer<Float>) -> Float {
        var lanes = SIMD8<Float>(repeating: 0)
        var index = 0
        if let start = weights.baseAddress {
            let raw = UnsafeRawPointer(start)
            while index + 8 <= weights.count {
                var magnitudes = raw.loadUnaligned(fromByteOffset: index * MemoryLayout<Float>.stride, as: SIMD8<Float>.self)
                magnitudes.replace(with: -magnitudes, where: magnitudes .< 0)
                // A NaN compares false, so it never replaces a lane.
                lanes.replace(with: magnitudes, where: lanes .< magnitudes)
                index += 8
            }
        }
        var largest = lanes.max()
        while index < weights.count {
            largest = max(largest, abs(weights[index]))
            index += 1
        }
        return largest
    }

    /// Adds the weights of `features` to `scores` (which has ``classCount`` elements).
    public func addScores(of features: [UInt64], to scores: inout [Float]) {
        features.withUnsafeBufferPointer { features in
            scores.withUnsafeMutableBufferPointer { output in
                addScores(of: features, to: output)
            }
        }
    }

    /// Adds the weights of `features` to `scores` without bounds checks on the way; the fast
    /// path for decoders that keep their own buffers.
    ///
    /// Sums are kept in integer steps and scaled once (see ``addSteps(of:to:)``).
    public func addScores(of features: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutableBufferPointer<Float>) {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: scores.count) { sums in
            sums.initialize(repeating: 0)
            addSteps(of: features, to: sums)
            addScores(steps: UnsafeBufferPointer(sums), to: scores)
        }
    }

    /// Adds the weights of `features` to `steps`, one integer per class, in the quantised steps
    /// the model stores (one step is ``stepSize``).
    ///
    /// Integer sums do not depend on the order in which features are added, so a decoder may
    /// add the steps of a word's own features once, keep them, and add the rest per position:
    /// ``addScores(steps:to:)`` then gives exactly the scores ``addScores(of:to:)`` gives for
    /// all the features at once.
    ///
    /// `steps` needs ``classCount`` elements.
    @inline(__always)
    public func addSteps(of features: UnsafeBufferPointer<UInt64>, to steps: UnsafeMutableBufferPointer<Int32>) {
        precondition(steps.count >= classCount, "a step for every class: \(steps.count) < \(classCount)")
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 1) { ends in
            ends[0] = Int32(features.count)
            lookup.addSteps(
                of: features, keyMask: ~0, groupEnds: UnsafeBufferPointer(ends), to: steps.baseAddress!,
                sumStride: steps.count)
        }
    }

    /// Adds integer `steps` (from ``addSteps(of:to:)``, one per class) to `scores`, scaled to
    /// weights.
    @inline(__always)
    public func addScores(steps: UnsafeBufferPointer<Int32>, to scores: UnsafeMutableBufferPointer<Float>) {
        let scale = packedScale
        for index in 0..<scores.count where steps[index] != 0 {
            scores[index] += Float(steps[index]) * scale
        }
    }

    /// Sets `scores` to the scores of `features` on top of `memoSteps`: the integer steps already
    /// summed for other features of the same item (a word's own features, kept in a memo).
    /// `steps` is room to sum in; `steps`, `scores` and `memoSteps` have ``classCount`` elements.
    public func setScores(
        of features: [UInt64], over memoSteps: ArraySlice<Int32>, steps: inout [Int32], scores: inout [Float]
    ) {
        let classCount = classCount
        for slot in 0..<classCount { steps[slot] = memoSteps[memoSteps.startIndex + slot] }
        features.withUnsafeBufferPointer { features in
            steps.withUnsafeMutableBufferPointer { steps in
                addSteps(of: features, to: steps)
                scores.withUnsafeMutableBufferPointer { scores in
                    for slot in 0..<classCount { scores[slot] = 0 }
                    addScores(steps: UnsafeBufferPointer(steps), to: scores)
                }
            }
        }
    }

    /// The weight of one integer step of ``addSteps(of:to:)``.
    public var stepSize: Float { packedScale }

    /// The scores of every class for `features`.
    public func scores(of features: [UInt64]) -> [Float] {
        var scores = [Float](repeating: 0, count: classCount)
        addScores(of: features, to: &scores)
        return scores
    }

    /// The best class for `features`, among those `allowed` says yes to (all when `nil`).
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

    /// A copy without the weights at or below `minimumWeight` in magnitude (and without the
    /// features left with none): a smaller, faster model that scores almost the same.
    public func pruned(minimumWeight: Float) -> SparseModel {
        var features: [(key: UInt64, weights: [(classIndex: Int, weight: Float)])] = []
        features.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() {
            let kept = weights(ofFeatureAt: index).filter { abs($0.weight) > minimumWeight }
            if !kept.isEmpty { features.append((key, kept)) }
        }
        return SparseModel(labels: labels, features: features)
    }

    /// The weights of one feature, for inspection and serialisation.
    public func weights(ofFeatureAt index: Int) -> [(classIndex: Int, weight: Float)] {
        (Int(entryStart[index])..<Int(entryStart[index + 1])).map {
            (Int(entryClass[$0]), entryWeight[$0])
        }
    }
}
