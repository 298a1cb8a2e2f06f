import FaultlineCore
import FaultlineLearning
@testable import FaultlineSyntax
import Testing

/// Model files written before the word clusters (kind version 1) still load, without clusters.
@Suite struct ModelVersionTests {
    @Test func versionOneTaggerFilesLoadWithoutClusters() throws {
        let sentences = try CoNLLU.parse(TrainingFixtureTests.fixture)
        let options = TrainingOptions(epochs: 3, seed: 7, folds: 2, minimumWeight: 0)
        let tagger = TaggerTrainer.train(train: sentences, dev: sentences, options: options) { _ in }
        // The version 1 layout: classes, ambiguity classes, both passes, lemmatizer.
        var writer = BinaryWriter(kind: Tagger.kindWithoutClusters)
        writer.write(tagger.uposOfClass)
        writer.write(tagger.xposOfClass)
        let words = tagger.ambiguityClasses.keys.sorted()
        writer.write(UInt64(words.count))
        for word in words {
            writer.write(word)
            writer.write(tagger.ambiguityClasses[word] ?? 0)
        }
        writer.write(tagger.firstPass)
        writer.write(tagger.secondPass)
        tagger.lemmatizer.write(to: &writer)
        let old = try Tagger(bytes: writer.bytes)
        #expect(old.clusters.isEmpty)
        for sentence in sentences {
            let tokens = sentence.tokens.map { Token(range: $0.range, text: $0.text, spaceAfter: $0.spaceAfter) }
            #expect(old.tag(tokens).map(\.xpos) == tagger.tag(tokens).map(\.xpos))
        }
    }
}
