import Foundation

/// A MinHash signature of a text: for each of a fixed set of hash functions, the smallest hash
/// of any of its word 3-gram shingles. The share of equal positions estimates the Jaccard
/// similarity of the two shingle sets.
public struct MinHashSignature: Sendable, Hashable, Codable {
    /// One minimum per hash function; empty when the text had no words.
    public var values: [UInt32]
    /// Rows per LSH band, chosen by the detector for its threshold.
    public var rowsPerBand: Int

    /// A signature from its values and band size.
    public init(values: [UInt32], rowsPerBand: Int) {
        self.values = values
        self.rowsPerBand = max(1, rowsPerBand)
    }

    /// The estimated Jaccard similarity of the shingle sets, 0 to 1 (0 when either is empty).
    public func similarity(to other: MinHashSignature) -> Double {
        let count = min(values.count, other.values.count)
        guard count > 0 else { return 0 }
        var equal = 0
        for i in 0..<count where values[i] == other.values[i] { equal += 1 }
        return Double(equal) / Double(count)
    }

    /// LSH keys, one per band of `rowsPerBand` values (the band index is mixed in): two texts
    /// above the detector's threshold share at least one key with high probability, so
    /// candidates are found by key lookup instead of comparing every pair.
    public var bandKeys: [UInt64] {
        guard !values.isEmpty else { return [] }
        let bands = values.count / rowsPerBand
        var keys = [UInt64]()
        keys.reserveCapacity(bands)
        for band in 0..<bands {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(band)
            for i in (band * rowsPerBand)..<((band + 1) * rowsPerBand) {
                hash = (hash ^ UInt64(values[i])) &* 0x0000_0100_0000_01b3
                hash ^= hash >> 29
            }
            keys.append(hash)
        }
        return keys
    }
}

/// Finds syndicated near-copies: MinHash over word 3-gram shingles of the normalised text
/// (lowercased letters and digits), with LSH bands sized so that pairs at about `threshold`
/// Jaccard similarity become candidates.
public struct NearDuplicateDetector: Sendable {
    /// The Jaccard similarity from which two texts count as near-duplicates.
    public var threshold: Double
    /// The number of hash functions in a signature.
    public let permutations: Int
    /// Rows per LSH band: the band count b and rows r are chosen so that (1/b)^(1/r), the
    /// similarity at which the chance of sharing a band is steepest, lies just below the threshold.
    public var rowsPerBand: Int {
        var best = 1
        var bestDistance = Double.infinity
        for rows in 1...permutations {
            let bands = permutations / rows
            guard bands >= 1 else { break }
            let knee = pow(1.0 / Double(bands), 1.0 / Double(rows))
            // Prefer knees slightly below the threshold: recall matters more, pairs are verified.
            let distance = knee <= threshold ? threshold - knee : 2 * (knee - threshold)
            if distance < bestDistance { bestDistance = distance; best = rows }
        }
        return best
    }

    /// A detector; `threshold` is the Jaccard similarity of shingle sets (0.5 by default).
    public init(threshold: Double = 0.5) {
        self.threshold = threshold
        self.permutations = 128
    }

    /// Whether two signatures are similar enough to count as near-duplicates.
    public func isNearDuplicate(_ a: MinHashSignature, _ b: MinHashSignature) -> Bool {
        a.similarity(to: b) >= threshold
    }

    /// The signature of a text.
    public func signature(of text: String) -> MinHashSignature {
        let shingles = Self.shingleHashes(of: text)
        guard !shingles.isEmpty else { return MinHashSignature(values: [], rowsPerBand: rowsPerBand) }
        var minima = [UInt32](repeating: .max, count: permutations)
        let (multipliers, offsets) = Self.coefficients(count: permutations)
        for shingle in shingles {
            for i in 0..<permutations {
                let value = UInt32(truncatingIfNeeded: (multipliers[i] &* shingle &+ offsets[i]) >> 32)
                if value < minima[i] { minima[i] = value }
            }
        }
        return MinHashSignature(values: minima, rowsPerBand: rowsPerBand)
    }

    /// 64-bit hashes of the word 3-grams (fewer words: one shingle of them all), deduplicated.
    static func shingleHashes(of text: String) -> Set<UInt64> {
        var wordHashes = [UInt64]()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        func endWord() {
            if inWord { wordHashes.append(mix(hash)) }
            hash = 0xcbf2_9ce4_8422_2325
            inWord = false
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                // ASCII, the common case, without the Unicode property tables: letters and
                // digits are its only alphabetic and numeric scalars.
                if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                    hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01b3
                    inWord = true
                } else if value >= 0x41 && value <= 0x5A {
                    hash = (hash ^ UInt64(value + 0x20)) &* 0x0000_0100_0000_01b3
                    inWord = true
                } else if value != 0x27 {
                    endWord()
                }
                continue
            }
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                let lowered = properties.lowercaseMapping.unicodeScalars.first ?? scalar
                hash = (hash ^ UInt64(lowered.value)) &* 0x0000_0100_0000_01b3
                inWord = true
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue  // "Iran's" and "Iran’s" are one word
            } else {
                endWord()
            }
        }
        endWord()
        var shingles = Set<UInt64>()
        guard !wordHashes.isEmpty else { return shingles }
        if wordHashes.count < 3 {
            shingles.insert(wordHashes.reduce(0) { mix($0 &+ $1) })
            return shingles
        }
        shingles.reserveCapacity(wordHashes.count)
        for i in 0..<(wordHashes.count - 2) {
            shingles.insert(mix(wordHashes[i] &* 3 &+ mix(wordHashes[i + 1] &* 5 &+ mix(wordHashes[i + 2]))))
        }
        return shingles
    }

    /// Fixed odd multipliers and offsets of the universal hash functions (splitmix64 from a
    /// fixed seed, so signatures are stable across runs and machines).
    static func coefficients(count: Int) -> ([UInt64], [UInt64]) {
        var state: UInt64 = 0x5eed_fa17_11e0_0001
        var multipliers = [UInt64](), offsets = [UInt64]()
        for _ in 0..<count {
            state &+= 0x9e37_79b9_7f4a_7c15
            multipliers.append(mix(state) | 1)
            state &+= 0x9e37_79b9_7f4a_7c15
            offsets.append(mix(state))
        }
        return (multipliers, offsets)
    }

    /// splitmix64's finaliser.
    @inline(__always) static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
