import FaultlineLearning
import Testing

@Suite struct BatchScorerTests {
    /// A model with sparse features (few classes each) and busy ones (every class), so that both
    /// layouts of the scorer are used.
    private func mixedModel(classes: Int) -> SparseModel {
        let labels = (0..<classes).map { "c\($0)" }
        var table: [(key: UInt64, weights: [(classIndex: Int, weight: Float)])] = []
        for feature in 0..<3_000 {
            let busy = feature % 10 == 0
            var weights: [(classIndex: Int, weight: Float)] = []
            for label in 0..<classes where busy || (label + feature) % 7 == 0 {
                weights.append((label, Float((label * 13 + feature) % 17) - 8))
            }
            table.append((UInt64(feature) &* 0x9E37_79B9_7F4A_7C15, weights))
        }
        return SparseModel(labels: labels, features: table)
    }

    private func key(_ feature: Int) -> UInt64 { UInt64(feature) &* 0x9E37_79B9_7F4A_7C15 }

    @Test func scoresEveryGroupAsTheModelScoresItAlone() {
        let classes = 37
        let model = mixedModel(classes: classes)
        let scorer = BatchScorer(model)
        #expect(scorer.denseRowCount == 300)
        // Three groups: a long one (more than one lookup batch), an empty one, a short one with
        // unknown features and a repeat.
        let groups: [[UInt64]] = [
            (0..<200).map { key($0 * 3) },
            [],
            [key(10), 987_654_321, key(11), key(10)],
        ]
        var features: [UInt64] = []
        var ends: [Int32] = []
        for group in groups {
            features += group
            ends.append(Int32(features.count))
        }
        var rows = [Float](repeating: 1, count: groups.count * classes)
        features.withUnsafeBufferPointer { keys in
            ends.withUnsafeBufferPointer { ends in
                rows.withUnsafeMutableBufferPointer { scorer.addScores(of: keys, groupEnds: ends, to: $0) }
            }
        }
        for (index, group) in groups.enumerated() {
            let alone = model.scores(of: group)
            for label in 0..<classes {
                let found = rows[index * classes + label] - 1
                #expect(abs(found - alone[label]) < 0.001, "group \(index) class \(label): \(found) vs \(alone[label])")
            }
        }
    }

    @Test func oneListScoresAsTheModel() {
        let model = mixedModel(classes: 21)
        let scorer = BatchScorer(model)
        #expect(scorer.denseRowCount > 0)
        let features = (0..<90).map { key($0 * 7) }
        var scores = [Float](repeating: 0, count: 21)
        features.withUnsafeBufferPointer { keys in
            scores.withUnsafeMutableBufferPointer { scorer.addScores(of: keys, to: $0) }
        }
        let expected = model.scores(of: features)
        #expect(zip(scores, expected).allSatisfy { abs($0 - $1) < 0.001 })
    }

    @Test func modelsWithShortKeysScoreFullKeysAlike() {
        let model = mixedModel(classes: 6)
        let short = model.withKeys(maskedTo: 40)
        #expect(short.featureCount == model.featureCount)
        let scorer = BatchScorer(short, keyMask: (1 << 40) - 1)
        let features = (0..<120).map { key($0 * 5) } + [123_456_789]
        var scores = [Float](repeating: 0, count: 6)
        features.withUnsafeBufferPointer { keys in
            scores.withUnsafeMutableBufferPointer { scorer.addScores(of: keys, to: $0) }
        }
        let expected = model.scores(of: features)
        #expect(zip(scores, expected).allSatisfy { abs($0 - $1) < 0.001 })
    }

    @Test func featuresThatShareTheirShortKeyAddUp() {
        let model = SparseModel(labels: ["a", "b"], features: [
            (key: 0x1_0000_0005, weights: [(classIndex: 0, weight: 1.5)]),
            (key: 0x2_0000_0005, weights: [(classIndex: 0, weight: 2), (classIndex: 1, weight: -1)]),
        ])
        let short = model.withKeys(maskedTo: 32)
        #expect(short.featureCount == 1)
        let scores = short.scores(of: [5])
        #expect(abs(scores[0] - 3.5) < 0.001 && abs(scores[1] + 1) < 0.001)
    }
}
