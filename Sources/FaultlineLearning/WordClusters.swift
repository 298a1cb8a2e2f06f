import Foundation

/// Distributional word clusters learned by our own code from raw text: each frequent word is
/// described by the frequent words to its left and right, and spherical k-means groups words
/// with similar neighbours, at two granularities. Rare words in a model's training data thereby
/// share weights with frequent words used the same way ("Qaani" near "commander", "Gen.").
/// Shared by the tagger, the parser and the entity recognizer; each stores its own clusters in
/// its model file (``write(to:)``, ``init(reader:)``).
public struct WordClusters: Sendable {
    /// Cluster numbers (fine, coarse) per folded word key.
    private let table: [UInt64: (fine: UInt16, coarse: UInt16)]
    /// The words and their clusters, for serialisation.
    public let entries: [(word: String, fine: UInt16, coarse: UInt16)]

    /// No clusters.
    public static let empty = WordClusters(entries: [])

    /// Clusters from stored entries.
    public init(entries: [(word: String, fine: UInt16, coarse: UInt16)]) {
        self.entries = entries
        var table: [UInt64: (fine: UInt16, coarse: UInt16)] = [:]
        table.reserveCapacity(entries.count)
        for entry in entries {
            table[WordClusters.foldedKey(of: entry.word)] = (entry.fine, entry.coarse)
        }
        self.table = table
    }

    /// Whether there are no clusters.
    public var isEmpty: Bool { entries.isEmpty }

    /// The clusters of a word given by its folded key (``foldedKey(_:)`` of its
    /// ``normalizedBytes(_:)``).
    @inline(__always)
    public func clusters(ofFoldedKey key: UInt64) -> (fine: UInt16, coarse: UInt16)? { table[key] }

    /// The clusters of a word as written in text.
    public func clusters(of word: String) -> (fine: UInt16, coarse: UInt16)? {
        guard !table.isEmpty else { return nil }
        return table[WordClusters.foldedKey(of: word)]
    }

    /// ``foldedKey(_:)`` of the ``normalizedBytes(_:)`` of a word. Only words of up to three
    /// bytes (brackets, quotes, dashes) are rewritten; longer ones are hashed in place, without
    /// copying their bytes (reading a model's tens of thousands of words did).
    static func foldedKey(of word: String) -> UInt64 {
        guard word.utf8.count > 3 else { return foldedKey(normalizedBytes(word)) }
        var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ 2
        for byte in word.utf8 {
            var folded = byte
            if byte >= 0x41 && byte <= 0x5a { folded = byte | 0x20 } else if byte >= 0x30 && byte <= 0x39 { folded = 0x30 }
            value = (value ^ UInt64(folded)) &* 0x0000_0100_0000_01b3
        }
        return value
    }

    /// FNV-1a over the bytes with ASCII letters lowercased and digits read as 0: the key words
    /// are looked up by.
    public static func foldedKey(_ bytes: [UInt8]) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ 2
        for byte in bytes {
            var folded = byte
            if byte >= 0x41 && byte <= 0x5a { folded = byte | 0x20 } else if byte >= 0x30 && byte <= 0x39 { folded = 0x30 }
            value = (value ^ UInt64(folded)) &* 0x0000_0100_0000_01b3
        }
        return value
    }

    /// Brackets and quotes as OntoNotes writes them, so that raw text meets the training data.
    public static func normalizedBytes(_ word: String) -> [UInt8] {
        // Every form rewritten below is at most three bytes long (and none of them is equal to
        // a longer string): longer words skip the string comparisons.
        guard word.utf8.count <= 3 else { return Array(word.utf8) }
        switch word {
        case "(": return Array("-LRB-".utf8)
        case ")": return Array("-RRB-".utf8)
        case "[": return Array("-LSB-".utf8)
        case "]": return Array("-RSB-".utf8)
        case "{": return Array("-LCB-".utf8)
        case "}": return Array("-RCB-".utf8)
        case "\"", "“", "”", "``", "''", "„": return [0x22]
        case "‘", "’", "`": return [0x27]
        case "—", "–": return Array("--".utf8)
        default: return Array(word.utf8)
        }
    }

    /// Writes the entries (count, then word, fine, coarse each) in the model format.
    public func write(to writer: inout BinaryWriter) {
        writer.write(UInt64(entries.count))
        for entry in entries {
            writer.write(entry.word)
            writer.write(UInt64(entry.fine))
            writer.write(UInt64(entry.coarse))
        }
    }

    /// Reads entries written by ``write(to:)``.
    public init(reader: inout BinaryReader) throws(BinaryReader.Failure) {
        let count = Int(try reader.readUInt())
        var entries: [(word: String, fine: UInt16, coarse: UInt16)] = []
        entries.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count {
            let word = try reader.readString()
            let fine = UInt16(truncatingIfNeeded: try reader.readUInt())
            let coarse = UInt16(truncatingIfNeeded: try reader.readUInt())
            entries.append((word, fine, coarse))
        }
        self.init(entries: entries)
    }

    /// Learns clusters from sentences of raw words.
    ///
    /// - Parameters:
    ///   - minimumCount: words seen fewer times get no cluster.
    ///   - contextWords: the most frequent words used as left/right context dimensions.
    public static func learn(
        sentences: [[String]], fine: Int = 512, coarse: Int = 96, minimumCount: Int = 2,
        contextWords: Int = 400, iterations: Int = 12, seed: UInt64 = 1
    ) -> WordClusters {
        // Count folded forms; keep one written form per key (the first seen, lower-cased).
        var counts: [String: Int] = [:]
        for sentence in sentences {
            for word in sentence { counts[fold(word), default: 0] += 1 }
        }
        let byFrequency = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let vocabulary = byFrequency.filter { $0.value >= minimumCount }.map(\.key)
        guard vocabulary.count > fine else { return .empty }
        var index: [String: Int] = [:]
        for (position, word) in vocabulary.enumerated() { index[word] = position }
        let contexts = min(contextWords, vocabulary.count)
        // Sparse context counts: dimension d < contexts is "left word d", d >= contexts "right word d".
        var rows = [[Int: Float]](repeating: [:], count: vocabulary.count)
        for sentence in sentences {
            let ids = sentence.map { index[fold($0)] ?? -1 }
            for (position, id) in ids.enumerated() where id >= 0 {
                let left = position > 0 ? ids[position - 1] : -2
                let right = position + 1 < ids.count ? ids[position + 1] : -2
                if left >= 0, left < contexts { rows[id][left, default: 0] += 1 }
                if right >= 0, right < contexts { rows[id][contexts + right, default: 0] += 1 }
                if left == -2 { rows[id][2 * contexts, default: 0] += 1 }
                if right == -2 { rows[id][2 * contexts + 1, default: 0] += 1 }
            }
        }
        let dimensions = 2 * contexts + 2
        // log(1 + count), then unit length, as (dimension, value) lists.
        let vectors: [[(Int, Float)]] = rows.map { row in
            var entries = row.map { ($0.key, Float(log1p(Double($0.value)))) }.sorted { $0.0 < $1.0 }
            let norm = entries.reduce(Float(0)) { $0 + $1.1 * $1.1 }.squareRoot()
            if norm > 0 { entries = entries.map { ($0.0, $0.1 / norm) } }
            return entries
        }
        var random = ClusterRandom(seed: seed)
        let fineAssignment = kMeans(vectors, clusters: fine, dimensions: dimensions, iterations: iterations, random: &random)
        let coarseAssignment = kMeans(vectors, clusters: coarse, dimensions: dimensions, iterations: iterations, random: &random)
        return WordClusters(entries: vocabulary.indices.map {
            (vocabulary[$0], UInt16(fineAssignment[$0]), UInt16(coarseAssignment[$0]))
        })
    }

    /// Lower case with digits read as 0, matching ``foldedKey(_:)``.
    static func fold(_ word: String) -> String {
        String(decoding: WordClusters.normalizedBytes(word).map { byte -> UInt8 in
            if byte >= 0x41 && byte <= 0x5a { return byte | 0x20 }
            if byte >= 0x30 && byte <= 0x39 { return 0x30 }
            return byte
        }, as: UTF8.self)
    }

    /// Spherical k-means: centroids start at distinct random words, words go to the centroid of
    /// largest cosine, centroids are renormalised means.
    private static func kMeans(
        _ vectors: [[(Int, Float)]], clusters: Int, dimensions: Int, iterations: Int, random: inout ClusterRandom
    ) -> [Int] {
        var centroids = [Float](repeating: 0, count: clusters * dimensions)
        var chosen = Set<Int>()
        var cluster = 0
        while cluster < clusters {
            let pick = Int(random.next() % UInt64(vectors.count))
            guard !chosen.contains(pick), !vectors[pick].isEmpty else { continue }
            chosen.insert(pick)
            for (dimension, value) in vectors[pick] { centroids[cluster * dimensions + dimension] = value }
            cluster += 1
        }
        var assignment = [Int](repeating: 0, count: vectors.count)
        for _ in 0..<iterations {
            for (word, vector) in vectors.enumerated() {
                var best = 0
                var bestScore = -Float.infinity
                for candidate in 0..<clusters {
                    let base = candidate * dimensions
                    var score: Float = 0
                    for (dimension, value) in vector { score += centroids[base + dimension] * value }
                    if score > bestScore {
                        bestScore = score
                        best = candidate
                    }
                }
                assignment[word] = best
            }
            for index in centroids.indices { centroids[index] = 0 }
            for (word, vector) in vectors.enumerated() {
                let base = assignment[word] * dimensions
                for (dimension, value) in vector { centroids[base + dimension] += value }
            }
            for candidate in 0..<clusters {
                let base = candidate * dimensions
                var norm: Float = 0
                for dimension in 0..<dimensions { norm += centroids[base + dimension] * centroids[base + dimension] }
                norm = norm.squareRoot()
                if norm > 0 { for dimension in 0..<dimensions { centroids[base + dimension] /= norm } }
            }
        }
        return assignment
    }
}

/// SplitMix64 (Steele, Lea and Flood), so that k-means starts from the same words on every run.
struct ClusterRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
