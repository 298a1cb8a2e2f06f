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
    let keys: [UInt64]
    /// `entryStart[i]..<entryStart[i + 1]` are the entries of `keys[i]`.
    let entryStart: [Int32]
    /// Class index of each entry.
    let entryClass: [UInt16]
    /// Weight of each entry.
    let entryWeight: [Float]
    /// One slot of the open-addressing table, eight bytes so that the table stays small enough
    /// for the caches: 32 bits of the key's hash (the bits that do not pick the slot), and where
    /// the feature's entries start in ``packed`` (`0` marks an empty slot).
    ///
    /// Two keys that share a slot chain and 32 fingerprint bits would be confused; with the
    /// 64-bit hashed features the models use, that happens about once in four billion lookups.
    struct Slot: Sendable {
        var fingerprint: UInt32
        var start: UInt32
    }
    /// The weight of one step of a packed weight.
    let packedScale: Float
    /// The lookup table (a power of two in size, at most half full).
    let table: [Slot]
    /// Every feature's entries, feature after feature: first the number of entries, then each
    /// entry with the class index in the high 16 bits and the weight quantised to 16 bits
    /// against ``packedScale`` (as the model file stores it) in the low 16 bits. Index 0 is
    /// unused, so that a start of 0 can mark an empty slot.
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
        self.init(labels: labels, keys: keys, entryStart: starts, entryClass: classes, entryWeight: weights)
    }

    /// Builds a model from flat arrays: `keys[i]` has the entries `entryStart[i]..<entryStart[i + 1]`
    /// (every feature at least one), each a class index and a weight.
    init(labels: [String], keys: [UInt64], entryStart: [Int32], entryClass: [UInt16], entryWeight: [Float]) {
        self.labels = labels
        self.keys = keys
        self.entryStart = entryStart
        self.entryClass = entryClass
        self.entryWeight = entryWeight
        let largest = entryWeight.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32_767 : 1
        self.packedScale = scale
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var table = [Slot](repeating: Slot(fingerprint: 0, start: 0), count: capacity)
        var packed = [UInt32](repeating: 0, count: 1 + keys.count + entryClass.count)
        // Features are inserted in key order (so the table is the same whatever the batching),
        // a batch at a time with the batch's slots prefetched: the table is far larger than the
        // caches, and one miss per feature made loading slow.
        let batch = 32
        table.withUnsafeMutableBufferPointer { table in
            packed.withUnsafeMutableBufferPointer { packed in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: batch) { hashes in
                    var next = 1
                    var base = 0
                    while base < keys.count {
                        let count = min(batch, keys.count - base)
                        for offset in 0..<count {
                            let hash = SparseModel.mix(keys[base + offset])
                            hashes[offset] = hash
                            faultline_prefetch_write(table.baseAddress! + (Int(truncatingIfNeeded: hash) & mask))
                        }
                        for offset in 0..<count {
                            let index = base + offset
                            let hash = hashes[offset]
                            var slot = Int(truncatingIfNeeded: hash) & mask
                            while table[slot].start != 0 { slot = (slot + 1) & mask }
                            table[slot] = Slot(fingerprint: UInt32(truncatingIfNeeded: hash >> 32), start: UInt32(next))
                            let entries = Int(entryStart[index])..<Int(entryStart[index + 1])
                            packed[next] = UInt32(entries.count)
                            next += 1
                            for entry in entries {
                                let step = Int16(max(-32_767, min(32_767, (entryWeight[entry] / scale).rounded())))
                                packed[next] = UInt32(entryClass[entry]) << 16 | UInt32(UInt16(bitPattern: step))
                                next += 1
                            }
                        }
                        base += count
                    }
                }
            }
        }
        self.table = table
        self.packed = packed
        self.slotMask = mask
    }

    @inline(__always)
    static func mix(_ key: UInt64) -> UInt64 {
        var x = key
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        return x
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
    /// Lookups are bound by cache misses, twice per feature (its table slot, then its entries),
    /// so a batch of features goes through three phases: prefetch every slot, read the slots and
    /// prefetch every feature's entries, then add the entries. The misses of a batch overlap
    /// instead of following one another.
    @inline(__always)
    public func addSteps(of features: UnsafeBufferPointer<UInt64>, to steps: UnsafeMutableBufferPointer<Int32>) {
        let batch = 64
        let mask = slotMask
        let sums = steps
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: batch) { hashes in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: batch) { starts in
                table.withUnsafeBufferPointer { table in
                    packed.withUnsafeBufferPointer { packed in
                        var base = 0
                        while base < features.count {
                            let count = min(batch, features.count - base)
                            for index in 0..<count {
                                let hash = SparseModel.mix(features[base + index])
                                hashes[index] = hash
                                faultline_prefetch(table.baseAddress! + (Int(truncatingIfNeeded: hash) & mask))
                            }
                            for index in 0..<count {
                                let hash = hashes[index]
                                let fingerprint = UInt32(truncatingIfNeeded: hash >> 32)
                                var position = Int(truncatingIfNeeded: hash) & mask
                                var slot = table[position]
                                while slot.start != 0 && slot.fingerprint != fingerprint {
                                    position = (position + 1) & mask
                                    slot = table[position]
                                }
                                starts[index] = slot.start
                                if slot.start != 0 { faultline_prefetch(packed.baseAddress! + Int(slot.start)) }
                            }
                            for index in 0..<count {
                                let start = Int(starts[index])
                                guard start != 0 else { continue }
                                let end = start + 1 + Int(packed[start])
                                for entry in (start + 1)..<end {
                                    let item = packed[entry]
                                    sums[Int(item >> 16)] &+= Int32(Int16(truncatingIfNeeded: item))
                                }
                            }
                            base += count
                        }
                    }
                }
            }
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
