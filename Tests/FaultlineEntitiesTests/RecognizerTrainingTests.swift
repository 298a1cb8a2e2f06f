import FaultlineCore
import FaultlineLearning
import Testing
@testable import FaultlineEntities

@Suite struct RecognizerTrainingTests {
    /// A small corpus written for the test: people after "minister", places after "in".
    private func corpus() -> [LabeledDocument] {
        let people = ["Rubio", "Sudani", "Qaani", "Sadr", "Nasrallah", "Araghchi"]
        let places = ["Baghdad", "Tehran", "Beirut", "Damascus", "Riyadh", "Ankara"]
        var documents: [LabeledDocument] = []
        for (index, person) in people.enumerated() {
            let place = places[(index + 1) % places.count]
            let words = ["The", "minister", person, "arrived", "in", place, "on", "Monday", "."]
            let tags = ["DT", "NN", "NNP", "VBD", "IN", "NNP", "IN", "NNP", "."]
            documents.append([LabeledSentence(words: words, tags: tags, spans: [
                NamedSpan(start: 2, end: 3, type: .person), NamedSpan(start: 5, end: 6, type: .gpe),
                NamedSpan(start: 7, end: 8, type: .date),
            ])])
        }
        return documents
    }

    @Test func learnsAndRoundTripsThroughTheModelFormat() throws {
        var options = NERTrainer.Options()
        options.epochs = 8
        options.minimumWeight = 0
        options.clusters = false
        options.posDropout = 0
        let documents = corpus()
        let (recognizer, reports) = NERTrainer(options: options).train(train: documents, dev: documents) { _ in }
        #expect(reports.count == 8)
        #expect(reports.map(\.devF1).max()! > 0.9)

        let loaded = try EntityRecognizer(bytes: recognizer.serialized())
        let input = documents.map { document in document.map { (words: $0.words, tags: $0.tags) } }
        for document in input {
            #expect(loaded.recognize(document: document) == recognizer.recognize(document: document))
        }
        #expect(loaded.model.weightCount == recognizer.model.weightCount)
        // Without POS tags the recognizer still runs.
        let untagged = loaded.recognize(document: [(["The", "minister", "Qaani", "arrived", "."], ["", "", "", "", ""])])
        #expect(untagged.count == 1)
    }

    @Test func rejectsOtherFiles() {
        #expect(throws: EntityRecognizer.LoadError.self) { try EntityRecognizer(bytes: Array("nonsense".utf8)) }
        var writer = BinaryWriter(kind: "tagger")
        writer.write("x")
        #expect(throws: EntityRecognizer.LoadError.self) { try EntityRecognizer(bytes: writer.bytes) }
    }

    @Test func wordClustersGroupWordsUsedAlike() {
        var sentences: [[String]] = []
        for (index, city) in ["Baghdad", "Tehran", "Beirut", "Damascus"].enumerated() {
            for _ in 0...index { sentences.append(["He", "flew", "to", city, "today", "."]) }
        }
        for (index, verb) in ["said", "added", "noted", "argued"].enumerated() {
            for _ in 0...index { sentences.append(["The", "minister", verb, "that", "talks", "failed", "."]) }
        }
        let clusters = WordClusters.learn(sentences: sentences, fine: 4, coarse: 2, minimumCount: 1, iterations: 8)
        func cluster(_ word: String) -> UInt16? {
            clusters.clusters(ofFoldedKey: NERFeatures.foldedKey(Array(word.utf8)))?.fine
        }
        #expect(cluster("baghdad") != nil)
        #expect(cluster("baghdad") == cluster("damascus"))
        #expect(cluster("said") == cluster("argued"))
        #expect(cluster("said") != cluster("baghdad"))
    }
}
