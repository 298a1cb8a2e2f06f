import CShims

/// The lookup structure of a ``SparseModel``: from a hashed feature key to the 16-bit weight
/// steps the feature adds to its classes.
///
/// Lookups are bound by cache misses, so the layout is about misses:
/// - An open-addressing table of 16-byte slots (four to a cache line, at most half full). A slot
///   holds its feature's entries itself when there are at most three, as for about four features
///   in five: such a feature costs one miss, its slot.
/// - A feature with more entries points into ``overflow``: a header, then its class-step pairs.
/// - A feature voting for many classes (tag pairs, the bias) has a dense row of every class
///   instead, added with vector instructions. Such features are few but used at almost every
///   step.
///
/// A batch of features goes through three phases (hash and prefetch every slot; read the slots,
/// adding inline entries and prefetching overflow; add the overflow), so the misses of a batch
/// overlap instead of following one another. Sums are integers, so they do not depend on where
/// a feature's entries live or in which order features are added.
///
/// A class, built once and then only read: a model keeps one reference to it, so the layout of
/// the models that hold one does not change with the table's.
final class FeatureTable: Sendable {
    /// One slot: a feature's fingerprint and its entries or where they are.
    struct Slot: BitwiseCopyable {
        /// The high 32 bits of the key's hash, never 0; 0 marks an empty slot.
        var fingerprint: UInt32
        /// Up to three entries, each the class in the high 16 bits and the weight step in the
        /// low 16 (an unused entry is 0, which adds nothing); or, with ``FeatureTable/external``
        /// set in `first`, the position of the feature's header in ``FeatureTable/overflow``.
        var first: UInt32
        var second: UInt32
        var third: UInt32
    }

    /// Marks a slot whose entries are in ``overflow``.
    static let external: UInt32 = 0x8000_0000
    /// Marks an overflow header that indexes a row of ``dense``; otherwise a header is the number
    /// of entries that follow it.
    static let denseFlag: UInt32 = 0x8000_0000
    /// The number of entries a slot holds.
    static let inlineCapacity = 3
    /// Dense rows are padded to a multiple of this many classes.
    static let vectorWidth = 16

    /// The number of classes.
    let classCount: Int
    /// The length of a dense row: the classes rounded up to whole vectors.
    let rowStride: Int
    let slotMask: Int
    let slots: LookupMemory<Slot>
    /// Headers and entries of the features that do not fit their slot; index 0 is unused.
    let overflow: LookupMemory<UInt32>
    /// Dense rows of weight steps, ``rowStride`` per row, zero past ``classCount``.
    let dense: LookupMemory<Int16>

    /// The table of `keys[i]` with the entries `entryStart[i]..<entryStart[i + 1]` of
    /// `entryClass` and `entryWeight`, each stored as a 16-bit number of `stepSize` steps; a
    /// feature with at least `denseMinimum` entries gets a dense row.
    init(
        classCount: Int, keys: ModelArray<UInt64>, entryStart: ModelArray<Int32>, entryClass: ModelArray<UInt16>,
        entryWeight: ModelArray<Float>,
        stepSize: Float, denseMinimum: Int
    ) {
        precondition(classCount < 0x8000, "class indices must leave the top bit of an entry free")
        self.classCount = classCount
        let width = FeatureTable.vectorWidth
        let rowStride = max(width, (classCount + width - 1) / width * width)
        self.rowStride = rowStride
        var overflowCount = 1
        var denseRows = 0
        for index in 0..<keys.count {
            let entries = Int(entryStart.buffer[index + 1] - entryStart.buffer[index])
            if entries >= denseMinimum && entries > FeatureTable.inlineCapacity {
                overflowCount += 1
                denseRows += 1
            } else if entries > FeatureTable.inlineCapacity {
                overflowCount += 1 + entries
            }
        }
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        self.slotMask = mask
        let slots = LookupMemory<Slot>(count: capacity)
        let overflow = LookupMemory<UInt32>(count: overflowCount)
        let dense = LookupMemory<Int16>(count: denseRows * rowStride)
        // Features go in key order (so the table is the same whatever the prefetching). Each
        // feature's slot is prefetched `lead` features ahead: one miss per feature made loading
        // slow, and batches that prefetched and then used their slots stalled at every start.
        let lead = 32  // a power of two: `hashes` is a ring
        // The arrays' memory outlives this initializer (their owner passed them in).
        let keys = keys.buffer, entryStart = entryStart.buffer
        let entryClass = entryClass.buffer, entryWeight = entryWeight.buffer
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: lead) { hashes in
            let slotBase = slots.base
            func entry(_ at: Int) -> UInt32 {
                UInt32(entryClass[at]) << 16 | UInt32(UInt16(bitPattern: FeatureTable.step(entryWeight[at], stepSize)))
            }
            for offset in 0..<min(lead, keys.count) {
                let hash = FeatureTable.mix(keys[offset])
                hashes[offset] = hash
                faultline_prefetch_write(slotBase + (Int(truncatingIfNeeded: hash) & mask))
            }
            var nextOverflow = 1
            var nextRow = 0
            for index in 0..<keys.count {
                let hash = hashes[index & (lead - 1)]
                let ahead = index + lead
                if ahead < keys.count {
                    let next = FeatureTable.mix(keys[ahead])
                    hashes[ahead & (lead - 1)] = next
                    faultline_prefetch_write(slotBase + (Int(truncatingIfNeeded: next) & mask))
                }
                var position = Int(truncatingIfNeeded: hash) & mask
                while slotBase[position].fingerprint != 0 { position = (position + 1) & mask }
                let entries = Int(entryStart[index])..<Int(entryStart[index + 1])
                var slot = Slot(fingerprint: FeatureTable.fingerprint(hash), first: 0, second: 0, third: 0)
                if entries.count <= FeatureTable.inlineCapacity {
                    if entries.count > 0 { slot.first = entry(entries.lowerBound) }
                    if entries.count > 1 { slot.second = entry(entries.lowerBound + 1) }
                    if entries.count > 2 { slot.third = entry(entries.lowerBound + 2) }
                } else if entries.count >= denseMinimum {
                    slot.first = FeatureTable.external | UInt32(nextOverflow)
                    overflow.base[nextOverflow] = FeatureTable.denseFlag | UInt32(nextRow)
                    nextOverflow += 1
                    let row = dense.base + nextRow * rowStride
                    for at in entries { row[Int(entryClass[at])] = FeatureTable.step(entryWeight[at], stepSize) }
                    nextRow += 1
                } else {
                    slot.first = FeatureTable.external | UInt32(nextOverflow)
                    overflow.base[nextOverflow] = UInt32(entries.count)
                    nextOverflow += 1
                    for at in entries {
                        overflow.base[nextOverflow] = entry(at)
                        nextOverflow += 1
                    }
                }
                slotBase[position] = slot
            }
        }
        self.slots = slots
        self.overflow = overflow
        self.dense = dense
    }

    /// The number of features stored as dense rows.
    var denseRowCount: Int { dense.count / rowStride }

    @inline(__always)
    static func mix(_ key: UInt64) -> UInt64 {
        var x = key
        x ^= x >> 33
        x = x &* 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        return x
    }

    @inline(__always)
    static func fingerprint(_ hash: UInt64) -> UInt32 {
        max(1, UInt32(truncatingIfNeeded: hash >> 32))
    }

    /// `weight` as a whole number of `stepSize` steps, rounded half away from zero and clamped
    /// to ±32767: exactly `Int16(max(-32_767, min(32_767, (weight / stepSize).rounded())))`
    /// (a NaN gives 32767), without the call to `roundf` that costs a tenth of building a table.
    @inline(__always)
    static func step(_ weight: Float, _ stepSize: Float) -> Int16 {
        let steps = weight / stepSize
        guard steps > -32_767, steps < 32_767 else { return steps <= -32_767 ? -32_767 : 32_767 }
        // Exact in Double: a Float has 24 bits, so adding one half rounds nothing, and the
        // conversion truncates toward zero.
        let wide = Double(steps)
        return Int16(truncatingIfNeeded: Int32(wide + (wide < 0 ? -0.5 : 0.5)))
    }

    /// Adds the steps of several feature lists, each to its own row of sums: list `g` is
    /// `features[groupEnds[g - 1] ..< groupEnds[g]]` (from 0 for the first), its sums are
    /// `sums[g * sumStride ..< g * sumStride + classCount]`. Only the bits of `keyMask` of each
    /// feature are looked up.
    ///
    /// Two keys that share a probe chain and 32 fingerprint bits would be confused; with the
    /// 64-bit hashed features the models use, that happens about once in four billion lookups.
    @inline(__always)
    func addSteps(
        of features: UnsafeBufferPointer<UInt64>, keyMask: UInt64, groupEnds: UnsafeBufferPointer<Int32>,
        to sums: UnsafeMutablePointer<Int32>, sumStride: Int
    ) {
        let batch = 128
        let mask = slotMask
        let slots = slots.base
        let overflow = overflow.base
        let dense = dense.base
        let rowStride = rowStride
        let classCount = classCount
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: batch) { hashes in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: batch) { starts in
                withUnsafeTemporaryAllocation(of: UnsafeMutablePointer<Int32>.self, capacity: batch) { rows in
                    var base = 0
                    var group = 0
                    while base < features.count {
                        let count = min(batch, features.count - base)
                        for index in 0..<count {
                            let hash = FeatureTable.mix(features[base + index] & keyMask)
                            hashes[index] = hash
                            faultline_prefetch(slots + (Int(truncatingIfNeeded: hash) & mask))
                        }
                        var pending = 0
                        for index in 0..<count {
                            while base + index >= Int(groupEnds[group]) { group += 1 }
                            let hash = hashes[index]
                            let fingerprint = FeatureTable.fingerprint(hash)
                            var position = Int(truncatingIfNeeded: hash) & mask
                            var slot = slots[position]
                            while slot.fingerprint != fingerprint {
                                if slot.fingerprint == 0 { break }
                                position = (position + 1) & mask
                                slot = slots[position]
                            }
                            guard slot.fingerprint != 0 else { continue }
                            let row = sums + group * sumStride
                            if slot.first & FeatureTable.external == 0 {
                                row[Int(slot.first >> 16)] &+= Int32(Int16(truncatingIfNeeded: slot.first))
                                row[Int(slot.second >> 16)] &+= Int32(Int16(truncatingIfNeeded: slot.second))
                                row[Int(slot.third >> 16)] &+= Int32(Int16(truncatingIfNeeded: slot.third))
                            } else {
                                let start = slot.first & ~FeatureTable.external
                                starts[pending] = start
                                rows[pending] = row
                                pending += 1
                                faultline_prefetch(overflow + Int(start))
                            }
                        }
                        for index in 0..<pending {
                            let start = Int(starts[index])
                            let row = rows[index]
                            let header = overflow[start]
                            if header & FeatureTable.denseFlag != 0 {
                                let weights = dense + Int(header & ~FeatureTable.denseFlag) * rowStride
                                FeatureTable.addRow(weights, to: row, count: classCount)
                            } else {
                                for entry in (start + 1)..<(start + 1 + Int(header)) {
                                    let item = overflow[entry]
                                    row[Int(item >> 16)] &+= Int32(Int16(truncatingIfNeeded: item))
                                }
                            }
                        }
                        base += count
                    }
                }
            }
        }
    }

    /// Adds the first `count` steps of a dense row to `sums`.
    @inline(__always)
    static func addRow(_ weights: UnsafePointer<Int16>, to sums: UnsafeMutablePointer<Int32>, count: Int) {
        // A plain loop, which the compiler turns into vector instructions.
        for index in 0..<count {
            sums[index] &+= Int32(weights[index])
        }
    }
}
