import FaultlineLearning
import Foundation

/// Distributional word clusters learned by our own code from raw text: each frequent word is
/// described by the frequent words to its left and right, and spherical k-means groups words
/// with similar neighbours, at two granularities. Rare words in the NER training data thereby
/// share weights with frequent words used the same way ("Qaani" near "commander", "Gen.").
public struct WordClusters: Sendable {
    /// Cluster numbers (fine, coarse) per folded word key.
    let table: [UInt64: (fine: UInt16, coarse: UInt16)]
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
            table[NERFeatures.foldedKey(Array(NERFeatures.normalizedBytes(entry.word)))] = (entry.fine, entry.coarse)
        }
        self.table = table
    }

    /// The clusters of a word given by its folded key.
    @inline(__always)
    func clusters(ofFoldedKey key: UInt64) -> (fine: UInt16, coarse: UInt16)? { table[key] }

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
        var random = SplitMix64(seed: seed)
        let fineAssignment = kMeans(vectors, clusters: fine, dimensions: dimensions, iterations: iterations, random: &random)
        let coarseAssignment = kMeans(vectors, clusters: coarse, dimensions: dimensions, iterations: iterations, random: &random)
        return WordClusters(entries: vocabulary.indices.map {
            (vocabulary[$0], UInt16(fineAssignment[$0]), UInt16(coarseAssignment[$0]))
        })
    }

    /// Lower case with digits read as 0, matching ``NERFeatures/foldedKey(_:)``.
    static func fold(_ word: String) -> String {
        String(decoding: NERFeatures.normalizedBytes(word).map { byte -> UInt8 in
            if byte >= 0x41 && byte <= 0x5a { return byte | 0x20 }
            if byte >= 0x30 && byte <= 0x39 { return 0x30 }
            return byte
        }, as: UTF8.self)
    }

    /// Spherical k-means: centroids start at distinct random words, words go to the centroid of
    /// largest cosine, centroids are renormalised means.
    private static func kMeans(
        _ vectors: [[(Int, Float)]], clusters: Int, dimensions: Int, iterations: Int, random: inout SplitMix64
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
