import CPrefetch

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
    let keys: [UInt64]
    /// `entryStart[i]..<entryStart[i + 1]` are the entries of `keys[i]`.
    let entryStart: [Int32]
    /// Class index of each entry.
    let entryClass: [UInt16]
    /// Weight of each entry.
    let entryWeight: [Float]
    /// One slot of the open-addressing table: the key and where its entries are, side by side so
    /// that a lookup touches one cache line (`end == 0` marks an empty slot).
    struct Slot: Sendable {
        var key: UInt64
        var start: Int32
        var end: Int32
    }
    /// The weight of one step of a packed weight.
    let packedScale: Float
    /// The lookup table (a power of two in size, at most half full).
    let table: [Slot]
    /// All entries, feature after feature, in the order of `keys`: the class index in the high
    /// 16 bits, the weight quantised to 16 bits against ``packedScale`` (as the model file
    /// stores it) in the low 16 bits, so that a feature's entries take few cache lines.
    let packed: [UInt32]
    let slotMask: Int

    /// The number of classes.
    public var classCount: Int { labels.count }
    /// The number of features with at least one weight.
    public var featureCount: Int { keys.count }
    /// The number of stored weights.
    public var weightCount: Int { entryWeight.count }

    /// Builds a model from per-feature weight lists.
    public init(labels: [String], features: [(key: UInt64, weights: [(classIndex: Int, weight: Float)])]) {
        self.labels = labels
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
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var table = [Slot](repeating: Slot(key: 0, start: 0, end: 0), count: capacity)
        let mask = capacity - 1
        for (index, key) in keys.enumerated() {
            var slot = SparseModel.mix(key) & mask
            while table[slot].end != 0 { slot = (slot + 1) & mask }
            table[slot] = Slot(key: key, start: starts[index], end: starts[index + 1])
        }
        self.keys = keys
        self.entryStart = starts
        self.entryClass = classes
        self.entryWeight = weights
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32_767 : 1
        self.packedScale = scale
        self.packed = zip(classes, weights).map { classIndex, weight in
            let step = Int16(max(-32_767, min(32_767, (weight / scale).rounded())))
            return UInt32(classIndex) << 16 | UInt32(UInt16(bitPattern: step))
        }
        self.table = table
        self.slotMask = mask
    }

    @inline(__always)
    static func mix(_ key: UInt64) -> Int {
        var x = key
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        return Int(truncatingIfNeeded: x)
    }

    /// The index of a feature, or `nil` when the model has no weight for it.
    func featureIndex(_ key: UInt64) -> Int? {
        var slot = SparseModel.mix(key) & slotMask
        while true {
            let found = table[slot]
            if found.end == 0 { return nil }
            if found.key == key {
                // `start` is the first entry of the feature; find its index among `entryStart`.
                var low = 0
                var high = keys.count
                while low < high {
                    let middle = (low + high) / 2
                    if entryStart[middle] < found.start { low = middle + 1 } else { high = middle }
                }
                return low
            }
            slot = (slot + 1) & slotMask
        }
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
    /// Lookups are bound by cache misses, twice per feature (its table slot, then its entries),
    /// so a batch of features goes through three phases: prefetch every slot, read the slots and
    /// prefetch every feature's entries, then add the entries. The misses of a batch overlap
    /// instead of following one another.
    public func addScores(of features: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutableBufferPointer<Float>) {
        let batch = 64
        let scale = packedScale
        let mask = slotMask
        withUnsafeTemporaryAllocation(of: Int.self, capacity: batch) { positions in
            withUnsafeTemporaryAllocation(of: Slot.self, capacity: batch) { found in
                table.withUnsafeBufferPointer { table in
                    packed.withUnsafeBufferPointer { packed in
                        var base = 0
                        while base < features.count {
                            let count = min(batch, features.count - base)
                            for index in 0..<count {
                                let position = SparseModel.mix(features[base + index]) & mask
                                positions[index] = position
                                faultline_prefetch(table.baseAddress! + position)
                            }
                            for index in 0..<count {
                                let key = features[base + index]
                                var position = positions[index]
                                var slot = table[position]
                                while slot.key != key && slot.end != 0 {
                                    position = (position + 1) & mask
                                    slot = table[position]
                                }
                                found[index] = slot
                                if slot.end != 0 { faultline_prefetch(packed.baseAddress! + Int(slot.start)) }
                            }
                            for index in 0..<count {
                                let slot = found[index]
                                guard slot.end != 0 else { continue }
                                for entry in Int(slot.start)..<Int(slot.end) {
                                    let item = packed[entry]
                                    scores[Int(item >> 16)] += Float(Int16(truncatingIfNeeded: item)) * scale
                                }
                            }
                            base += count
                        }
                    }
                }
            }
        }
    }

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
