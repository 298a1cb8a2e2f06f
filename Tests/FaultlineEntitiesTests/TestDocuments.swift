import FaultlineCore
import FaultlineLearning
@testable import FaultlineEntities

/// Builds analysed documents by hand: sentences are given as space-separated tokens, entities
/// as (words, type) pairs found in order in each sentence.
enum TestDocuments {
    /// A document of sentences whose tokens are separated by single spaces.
    static func document(_ sentences: [String]) -> AnalyzedDocument {
        var text = ""
        var built: [Sentence] = []
        for sentence in sentences {
            if !text.isEmpty { text += " " }
            var tokens: [Token] = []
            for word in sentence.split(separator: " ") {
                if !tokens.isEmpty { text += " " }
                let start = text.utf8.count
                text += word
                tokens.append(Token(range: start..<text.utf8.count, text: String(word)))
            }
            let range = tokens[0].range.lowerBound..<tokens[tokens.count - 1].range.upperBound
            built.append(Sentence(range: range, text: sentence, tokens: tokens))
        }
        var document = AnalyzedDocument(text: text)
        document.sentences = built
        return document
    }

    /// Spans for the named entities of each sentence, located by their words.
    static func spans(_ document: AnalyzedDocument, _ entities: [[(String, EntityType)]]) -> [[NamedSpan]] {
        document.sentences.enumerated().map { index, sentence in
            let words = sentence.tokens.map(\.text)
            var spans: [NamedSpan] = []
            var from = 0
            for (name, type) in index < entities.count ? entities[index] : [] {
                let target = name.split(separator: " ").map(String.init)
                var start = from
                while start + target.count <= words.count, Array(words[start..<(start + target.count)]) != target {
                    start += 1
                }
                precondition(start + target.count <= words.count, "'\(name)' is not in sentence \(index)")
                spans.append(NamedSpan(start: start, end: start + target.count, type: type))
                from = start + target.count
            }
            return spans
        }
    }

    /// An annotator whose recognizer has no weights: tests give it the spans.
    static let linker = EntityAnnotator(
        recognizer: EntityRecognizer(model: SparseModel(labels: BILOU.labels, features: [])))

    /// Titles and clusters for hand-given entities.
    static func link(_ sentences: [String], _ entities: [[(String, EntityType)]]) -> (AnalyzedDocument, [EntityMention]) {
        let document = document(sentences)
        return (document, linker.link(spans(document, entities), in: document))
    }
}
