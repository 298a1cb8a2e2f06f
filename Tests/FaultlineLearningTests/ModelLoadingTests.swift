import Foundation
import Testing
@testable import FaultlineLearning

/// The quicker loading paths must give exactly what the plain formulas give.
@Suite struct ModelLoadingTests {
    /// The quantisation `FeatureTable` used before: `roundf`, then clamped.
    private func plainStep(_ weight: Float, _ stepSize: Float) -> Int16 {
        Int16(max(-32_767, min(32_767, (weight / stepSize).rounded())))
    }

    @Test func stepsRoundAndClampLikeRoundf() {
        let stepSize: Float = 0.25
        var weights: [Float] = [
            0, -0.0, 0.125, -0.125, 0.124_999_99, 0.375, -0.375, 1, -1, 8191.875, -8191.875, 8191.8, 8191.9,
            8192, -8192, 1e9, -1e9, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
            .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 0.499_999_97 * 0.25, -0.499_999_97 * 0.25,
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 { weights.append(Float.random(in: -9_000...9_000, using: &generator)) }
        // Halves exactly: x.5 steps.
        for whole in -200...200 { weights.append((Float(whole) + 0.5) * stepSize) }
        for weight in weights {
            #expect(FeatureTable.step(weight, stepSize) == plainStep(weight, stepSize), "weight \(weight)")
        }
        for weight in weights.prefix(2_000) {
            #expect(FeatureTable.step(weight, 0.003_7) == plainStep(weight, 0.003_7), "weight \(weight)")
        }
    }

    @Test func largestMagnitudeIsTheLargestAbsoluteWeight() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 7, 8, 9, 15, 16, 17, 1_000, 1_003] {
            var weights = (0..<count).map { _ in Float.random(in: -50...50, using: &generator) }
            if count > 3 {
                weights[count / 2] = .nan
                weights[1] = -77
            }
            let plain = weights.reduce(Float(0)) { max($0, abs($1)) }
            #expect(SparseModel.largestMagnitude(weights) == plain, "\(count) weights")
        }
        #expect(SparseModel.largestMagnitude([.nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan, .nan]) == 0)
        #expect(SparseModel.largestMagnitude([-0.0, -0.0]) == 0)
    }

    @Test func modelFilesReadInFull() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-model-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
        try Data(bytes).write(to: url)
        #expect(try ModelFile.bytes(atPath: url.path) == bytes)
        try Data().write(to: url)
        #expect(try ModelFile.bytes(atPath: url.path) == [])
    }

    @Test func aMissingModelFileIsAnError() {
        #expect(throws: (any Error).self) {
            try ModelFile.bytes(atPath: "/nonexistent/faultline/model.bin")
        }
        #expect(ModelFile.directBytes(atPath: FileManager.default.temporaryDirectory.path) == nil)
    }

    @Test func readModelsScoreLikeTheWrittenOnes() throws {
        let labels = (0..<23).map { "c\($0)" }
        var features: [(key: UInt64, weights: [(classIndex: Int, weight: Float)])] = []
        for feature in 0..<3_000 {
            // From one entry (inline) to all classes (a dense row), with some empty features.
            let count = feature % 29 == 0 ? 0 : 1 + feature % labels.count
            let weights = (0..<count).map { (classIndex: ($0 * 7 + feature) % labels.count, weight: Float(($0 + feature) % 13) - 6.5) }
            features.append((UInt64(feature) &* 0x9E37_79B9_7F4A_7C15 &+ 11, weights))
        }
        let model = SparseModel(labels: labels, features: features)
        var writer = BinaryWriter(kind: "test")
        writer.write(model)
        var reader = try BinaryReader(bytes: writer.bytes, expectedKind: "test")
        let read = try reader.readSparseModel()
        #expect(reader.isAtEnd)
        #expect(read.featureCount == model.featureCount)
        #expect(read.weightCount == model.weightCount)
        let active = features.map(\.key) + [1, 2, 3]
        #expect(read.scores(of: active) == model.scores(of: active))
        // The file holds features in key order: compare them by key.
        var readIndex: [UInt64: Int] = [:]
        for (index, key) in read.keys.enumerated() { readIndex[key] = index }
        for index in stride(from: 0, to: model.featureCount, by: 97) {
            let position = try #require(readIndex[model.keys[index]])
            let written = model.weights(ofFeatureAt: index), reread = read.weights(ofFeatureAt: position)
            #expect(written.map(\.classIndex) == reread.map(\.classIndex))
            #expect(zip(written, reread).allSatisfy { abs($0.weight - $1.weight) <= model.stepSize })
        }
        // A cut file still fails as damaged, at every length.
        for cut in stride(from: writer.bytes.count - 1, to: 8, by: -(writer.bytes.count / 50)) {
            #expect(throws: BinaryReader.Failure.self) {
                var damaged = try BinaryReader(bytes: Array(writer.bytes[..<cut]))
                _ = try damaged.readSparseModel()
            }
        }
    }
}

@Suite struct WordClusterKeyTests {
    @Test func inPlaceKeysAreTheKeysOfTheNormalizedBytes() {
        for word in ["(", ")", "“", "—", "``", "ab", "abc", "abcd", "Baghdad", "1998", "U.S.", "Ñandú", "x-ray", "''"] {
            #expect(WordClusters.foldedKey(of: word) == WordClusters.foldedKey(WordClusters.normalizedBytes(word)), "\(word)")
        }
    }
}
