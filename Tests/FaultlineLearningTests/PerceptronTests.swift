import FaultlineLearning
import Testing

@Suite struct PerceptronTests {
    /// A two-class problem a perceptron must separate: the word decides the class.
    private func trainToy() -> SparseModel {
        var trainer = PerceptronTrainer(labels: ["NOUN", "VERB"])
        let data: [(String, Int)] = [("visit", 1), ("meeting", 0), ("urge", 1), ("bloc", 0)]
        for _ in 0..<5 {
            for (word, truth) in data {
                let features = [FeatureHash.of(1, word), FeatureHash.of(0, "bias")]
                let guess = trainer.predict(features)
                trainer.update(features: features, truth: truth, guess: guess)
                trainer.nextExample()
            }
        }
        return trainer.averagedModel()
    }

    @Test func learnsSeparableClasses() {
        let model = trainToy()
        #expect(model.predict([FeatureHash.of(1, "urge"), FeatureHash.of(0, "bias")]) == 1)
        #expect(model.predict([FeatureHash.of(1, "bloc"), FeatureHash.of(0, "bias")]) == 0)
    }

    @Test func binaryRoundTripKeepsPredictions() throws {
        let model = trainToy()
        var writer = BinaryWriter(kind: "toy")
        writer.write(model)
        var reader = try BinaryReader(bytes: writer.bytes, expectedKind: "toy")
        let loaded = try reader.readSparseModel()
        #expect(reader.isAtEnd)
        #expect(loaded.labels == model.labels)
        #expect(loaded.featureCount == model.featureCount)
        for word in ["visit", "meeting", "urge", "bloc"] {
            let features = [FeatureHash.of(1, word), FeatureHash.of(0, "bias")]
            #expect(loaded.predict(features) == model.predict(features))
        }
    }

    @Test func rejectsDamagedFiles() {
        #expect(throws: BinaryReader.Failure.notAModel) { try BinaryReader(bytes: [1, 2, 3, 4, 5]) }
        var writer = BinaryWriter(kind: "toy")
        writer.write(trainToy())
        #expect(throws: BinaryReader.Failure.wrongKind(expected: "ner", found: "toy")) {
            try BinaryReader(bytes: writer.bytes, expectedKind: "ner")
        }
        let cut = Array(writer.bytes.prefix(writer.bytes.count - 3))
        #expect(throws: (any Error).self) {
            var reader = try BinaryReader(bytes: cut)
            _ = try reader.readSparseModel()
        }
    }

    @Test func featureHashIsStableAndSeparatesParts() {
        #expect(FeatureHash.of(1, "ab") == FeatureHash.of(1, "ab"))
        var left = FeatureHash(template: 1); left.combine("ab"); left.combine("c")
        var right = FeatureHash(template: 1); right.combine("a"); right.combine("bc")
        #expect(left.value != right.value)
        #expect(FeatureHash.of(1, "x") != FeatureHash.of(2, "x"))
    }
}
