import CShims

/// A read-only scoring table built from a ``SparseModel`` for decoders that score several
/// feature lists at once, such as the items of a beam.
///
/// It scores exactly as the model does (the same 16-bit steps, summed as integers and scaled
/// once), with two differences that make it faster:
/// - the lookups of every list of a call go through the same prefetch phases, so the cache
///   misses of all the lists overlap instead of those of one list only;
/// - features that vote for many classes (tag pairs, the bias) keep their weights as a dense row
///   of every class, added with vector instructions, instead of class-weight pairs scattered
///   one by one. Such features are few but are looked up at almost every step.
///
/// ```swift
/// let scorer = BatchScorer(model)
/// // features of item 0, then of item 1; ends[g] is where list g ends
/// scorer.addScores(of: keys, groupEnds: ends, to: rows)   // rows: 2 * classCount floats
/// ```
public struct BatchScorer: Sendable {
    /// One slot of the open-addressing table, as in ``SparseModel``: 32 bits of the key's hash
    /// and where its entries start in ``packed`` (0 marks an empty slot).
    struct Slot: Sendable {
        var fingerprint: UInt32
        var start: UInt32
    }

    /// The number of classes.
    public let classCount: Int
    /// The number of classes rounded up to whole vectors: the length of a dense row.
    let rowStride: Int
    let table: [Slot]
    let slotMask: Int
    /// Per feature: a header, then its entries. A header below ``denseFlag`` is the number of
    /// class-weight entries that follow (class in the high 16 bits, weight step in the low 16);
    /// with the flag set, the low bits index a row of ``dense`` instead.
    let packed: [UInt32]
    /// Dense rows of weight steps, ``rowStride`` per row (zero past ``classCount``).
    let dense: [Int16]
    /// The weight of one step.
    let scale: Float
    /// The bits of a feature key that the model's keys have.
    let keyMask: UInt64

    static let denseFlag: UInt32 = 0x8000_0000
    static let vectorWidth = 16

    /// Builds the table of `model`; a feature with at least `denseMinimum` weights (by default a
    /// quarter of the classes, and at least 8) gets a dense row.
    ///
    /// With a `keyMask`, only the masked bits of the features looked up are compared, for models
    /// whose keys were stored in fewer bits (``SparseModel/withKeys(maskedTo:)``).
    public init(_ model: SparseModel, denseMinimum: Int? = nil, keyMask: UInt64 = ~0) {
        self.keyMask = keyMask
        let classCount = model.classCount
        self.classCount = classCount
        let width = BatchScorer.vectorWidth
        let rowStride = max(width, (classCount + width - 1) / width * width)
        self.rowStride = rowStride
        let minimum = denseMinimum ?? max(8, classCount / 4)
        self.scale = model.packedScale
        var capacity = 16
        while capacity < model.keys.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var table = [Slot](repeating: Slot(fingerprint: 0, start: 0), count: capacity)
        var packed: [UInt32] = [0]
        var dense: [Int16] = []
        let scale = model.packedScale
        func step(_ weight: Float) -> Int16 {
            Int16(max(-32_767, min(32_767, (weight / scale).rounded())))
        }
        for (index, key) in model.keys.enumerated() {
            let hash = SparseModel.mix(key)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while table[slot].start != 0 { slot = (slot + 1) & mask }
            table[slot] = Slot(fingerprint: UInt32(truncatingIfNeeded: hash >> 32), start: UInt32(packed.count))
            let entries = Int(model.entryStart[index])..<Int(model.entryStart[index + 1])
            if entries.count >= minimum {
                let row = dense.count / rowStride
                packed.append(BatchScorer.denseFlag | UInt32(row))
                dense.append(contentsOf: repeatElement(0, count: rowStride))
                for entry in entries {
                    dense[row * rowStride + Int(model.entryClass[entry])] = step(model.entryWeight[entry])
                }
            } else {
                packed.append(UInt32(entries.count))
                for entry in entries {
                    packed.append(UInt32(model.entryClass[entry]) << 16 | UInt32(UInt16(bitPattern: step(model.entryWeight[entry]))))
                }
            }
        }
        self.table = table
        self.slotMask = mask
        self.packed = packed
        self.dense = dense
    }

    /// The number of features stored as dense rows.
    public var denseRowCount: Int { dense.count / rowStride }

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
        let batch = 128
        let mask = slotMask
        let rowStride = rowStride
        let keyMask = keyMask
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: batch) { hashes in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: batch) { starts in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: groupCount * rowStride) { sums in
                    sums.initialize(repeating: 0)
                    let sumBase = sums.baseAddress!
                    table.withUnsafeBufferPointer { table in
                        packed.withUnsafeBufferPointer { packed in
                            dense.withUnsafeBufferPointer { dense in
                                var base = 0
                                var group = 0
                                while base < features.count {
                                    let count = min(batch, features.count - base)
                                    for index in 0..<count {
                                        let hash = SparseModel.mix(features[base + index] & keyMask)
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
                                        guard slot.start != 0 else { continue }
                                        faultline_prefetch(packed.baseAddress! + Int(slot.start))
                                    }
                                    for index in 0..<count {
                                        let start = Int(starts[index])
                                        while base + index >= Int(groupEnds[group]) { group += 1 }
                                        guard start != 0 else { continue }
                                        let row = sumBase + group * rowStride
                                        let header = packed[start]
                                        if header & BatchScorer.denseFlag != 0 {
                                            let weights = dense.baseAddress! + Int(header & ~BatchScorer.denseFlag) * rowStride
                                            BatchScorer.addRow(weights, to: row, count: rowStride)
                                        } else {
                                            for entry in (start + 1)..<(start + 1 + Int(header)) {
                                                let item = packed[entry]
                                                row[Int(item >> 16)] &+= Int32(Int16(truncatingIfNeeded: item))
                                            }
                                        }
                                    }
                                    base += count
                                }
                            }
                        }
                    }
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
        }
    }

    /// Adds the scores of one feature list to `scores` (``classCount`` elements).
    public func addScores(of features: UnsafeBufferPointer<UInt64>, to scores: UnsafeMutableBufferPointer<Float>) {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 1) { ends in
            ends[0] = Int32(features.count)
            addScores(of: features, groupEnds: UnsafeBufferPointer(ends), to: scores)
        }
    }

    /// Adds a dense row of 16-bit steps to 32-bit sums, a vector at a time.
    @inline(__always)
    static func addRow(_ weights: UnsafePointer<Int16>, to sums: UnsafeMutablePointer<Int32>, count: Int) {
        let source = UnsafeRawPointer(weights)
        let target = UnsafeMutableRawPointer(sums)
        var offset = 0
        while offset < count {
            let steps = source.loadUnaligned(fromByteOffset: offset * 2, as: SIMD16<Int16>.self)
            let total = target.loadUnaligned(fromByteOffset: offset * 4, as: SIMD16<Int32>.self)
                &+ SIMD16<Int32>(truncatingIfNeeded: steps)
            target.storeBytes(of: total, toByteOffset: offset * 4, as: SIMD16<Int32>.self)
            offset += vectorWidth
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
