import FaultlineLearning
import Testing

@Suite struct SparseModelTests {
    /// A model whose weights follow a rule, so every score can be recomputed by hand.
    private func ruleModel(features: Int, classes: Int) -> SparseModel {
        let labels = (0..<classes).map { "c\($0)" }
        var table: [(key: UInt64, weights: [(classIndex: Int, weight: Float)])] = []
        for feature in 0..<features {
            var weights: [(classIndex: Int, weight: Float)] = []
            for label in 0..<classes where (label + feature) % 3 != 0 {
                weights.append((label, Float((label * 7 + feature) % 11) - 5))
            }
            table.append((UInt64(feature) &* 0x9E37_79B9_7F4A_7C15, weights))
        }
        return SparseModel(labels: labels, features: table)
    }

    @Test func scoresAreTheSumsOfTheActiveFeaturesWeights() {
        let classes = 9
        let model = ruleModel(features: 5_000, classes: classes)
        // More features than one lookup batch, present and absent ones, and a repeated one.
        let present = (0..<150).map { UInt64($0 * 31) }
        let absent: [UInt64] = (0..<40).map { 1_000_000 + UInt64($0) }
        let active = present + absent + [present[0]]
        var expected = [Float](repeating: 0, count: classes)
        for feature in present + [present[0]] {
            for label in 0..<classes where (label + Int(feature)) % 3 != 0 {
                expected[label] += Float((label * 7 + Int(feature)) % 11) - 5
            }
        }
        let keys = active.map { $0 &* 0x9E37_79B9_7F4A_7C15 }
        let scores = model.scores(of: keys)
        for label in 0..<classes {
            // Weights are stored in 16-bit steps; the error stays far below one step per feature.
            #expect(abs(scores[label] - expected[label]) < 0.01, "class \(label): \(scores[label]) vs \(expected[label])")
        }
    }

    /// Features with one to three weights live in their table slot, those with more in an
    /// overflow list, and those with weights for most classes in a dense row; all score alike.
    @Test func everyLayoutOfAFeaturesWeightsScoresTheSame() {
        let classes = 37
        let labels = (0..<classes).map { "c\($0)" }
        func weights(of feature: Int) -> [(classIndex: Int, weight: Float)] {
            let count = 1 + feature % classes
            return (0..<count).map { (classIndex: ($0 * 5 + feature) % classes, weight: Float(($0 + feature) % 9) - 4.5) }
        }
        let keys = (0..<400).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 &+ 1 }
        let model = SparseModel(labels: labels, features: keys.indices.map { (keys[$0], weights(of: $0)) })
        for feature in [0, 1, 2, 3, 4, 8, 20, 36, 37, 38, 399] {
            var expected = [Float](repeating: 0, count: classes)
            for entry in weights(of: feature) { expected[entry.classIndex] += entry.weight }
            let scores = model.scores(of: [keys[feature]])
            #expect(zip(scores, expected).allSatisfy { abs($0 - $1) < 0.001 }, "feature \(feature): \(scores) vs \(expected)")
        }
        var expected = [Float](repeating: 0, count: classes)
        for feature in keys.indices { for entry in weights(of: feature) { expected[entry.classIndex] += entry.weight } }
        let all = model.scores(of: keys)
        #expect(zip(all, expected).allSatisfy { abs($0 - $1) < 0.05 })
    }

    @Test func unknownFeaturesScoreNothing() {
        let model = ruleModel(features: 100, classes: 4)
        #expect(model.scores(of: [12_345, 67_890, 99_999_999]) == [0, 0, 0, 0])
        #expect(model.scores(of: []) == [0, 0, 0, 0])
    }

    @Test func scoresAddToWhatIsAlreadyThere() {
        let model = ruleModel(features: 10, classes: 3)
        let key = UInt64(4) &* 0x9E37_79B9_7F4A_7C15
        var scores: [Float] = [100, 100, 100]
        model.addScores(of: [key], to: &scores)
        let alone = model.scores(of: [key])
        #expect(scores.enumerated().allSatisfy { abs($0.element - 100 - alone[$0.offset]) < 0.001 })
    }
}

/// The integer-step interface that memos of per-word scores build on.
@Suite struct SparseModelStepTests {
    private func model() -> SparseModel {
        let labels = (0..<7).map { "c\($0)" }
        var table: [(key: UInt64, weights: [(classIndex: Int, weight: Float)])] = []
        for feature in 0..<3_000 {
            let weights = (0..<7).filter { ($0 * 5 + feature) % 4 != 0 }.map { (classIndex: $0, weight: Float(($0 * 13 + feature * 3) % 17) / 7 - 1.2) }
            table.append((UInt64(feature) &* 0xD6E8_FEB8_6659_FD93, weights))
        }
        return SparseModel(labels: labels, features: table)
    }

    @Test func stepsAddedInPartsGiveTheScoresOfAllFeaturesAtOnce() {
        let model = model()
        let features = (0..<130).map { UInt64($0 * 17 % 3_500) &* 0xD6E8_FEB8_6659_FD93 }
        let whole = model.scores(of: features)
        // Split in two parts, the second first: integer steps make the order irrelevant.
        var steps = [Int32](repeating: 0, count: model.classCount)
        var scores = [Float](repeating: 0, count: model.classCount)
        steps.withUnsafeMutableBufferPointer { steps in
            Array(features[90...]).withUnsafeBufferPointer { model.addSteps(of: $0, to: steps) }
            Array(features[..<90]).withUnsafeBufferPointer { model.addSteps(of: $0, to: steps) }
            scores.withUnsafeMutableBufferPointer { model.addScores(steps: UnsafeBufferPointer(steps), to: $0) }
        }
        #expect(scores == whole)
        #expect(whole.contains { $0 != 0 })
        #expect(model.stepSize > 0)
    }

    @Test func exactTextKeysCompareBytesNotCanonicalEquivalence() {
        let composed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        #expect(composed == decomposed)
        #expect(ExactText(composed) != ExactText(decomposed))
        #expect(ExactText(composed) == ExactText("caf\u{E9}"))
        let keys: Set<ExactText> = [ExactText(composed), ExactText(decomposed)]
        #expect(keys.count == 2)
    }
}
