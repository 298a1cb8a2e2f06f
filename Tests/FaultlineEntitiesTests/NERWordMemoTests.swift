import FaultlineCore
import Testing
@testable import FaultlineEntities

/// The recognizer scores each word's own features once per document; the tags must be exactly
/// those of scoring every feature at every token.
@Suite struct NERWordMemoTests {
    @Test func memoDecodingEqualsDecodingEveryFeature() throws {
        guard let recognizer = try? EntityAnnotator.bundledRecognizer() else {
            print("note: bundled NER model not available, skipping")
            return
        }
        let document: [(words: [String], tags: [String])] = [
            ("Iraqi Prime Minister Mohammed Shia al-Sudani met French President Emmanuel Macron in Paris .".split(separator: " ").map(String.init), []),
            ("Sudani said Iraq would buy 12 aircraft from France for $ 3 billion , Macron said .".split(separator: " ").map(String.init),
             "NNP VBD NNP MD VB CD NNS IN NNP IN $ CD CD , NNP VBD .".split(separator: " ").map(String.init)),
            ("Macron and Sudani met again in Paris on Tuesday ; caf\u{E9} and cafe\u{301} .".split(separator: " ").map(String.init), []),
        ]
        let found = recognizer.recognize(document: document)
        // The same document decoded the way training decodes: all features listed per token.
        var context = NERDocumentContext(sentences: document.map(\.words))
        var buffer: [UInt64] = []
        var scores = [Float](repeating: 0, count: BILOU.tagCount)
        for (index, sentence) in document.enumerated() {
            let words = recognizer.rightToLeft ? sentence.words.reversed() : sentence.words
            let tags = recognizer.rightToLeft ? sentence.tags.reversed() : sentence.tags
            let features = recognizer.features.sentenceFeatures(words: words, tags: tags, context: context)
            #expect(features.wordRows.isEmpty)
            let expected = EntityRecognizer.decode(
                features, features: recognizer.features, scorer: recognizer.model, buffer: &buffer, scores: &scores)
            context.remember(features, tags: expected)
            let spans = BILOU.spans(in: expected)
            let ordered = recognizer.rightToLeft ? EntityRecognizer.reversed(spans, count: words.count) : spans
            #expect(found[index] == HyphenatedNameRepair.repair(ordered, words: sentence.words, tags: sentence.tags))
        }
        #expect(found.joined().contains { $0.type == .person })
    }
}
