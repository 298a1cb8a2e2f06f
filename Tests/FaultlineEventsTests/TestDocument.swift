import Foundation
import FaultlineCore

/// Builds parsed, actor-coded documents by hand for the coder tests.
///
/// Each sentence is a list of tokens written `word/lemma/UPOS/head/deprel` with CoNLL-U heads
/// (1-based, 0 for the root); entities name 0-based token ranges with a type and a code such as
/// "IRN" or "IRQ/GOV".
struct TestSentence {
    var tokens: String
    var entities: [(Range<Int>, EntityType, String)] = []
    var times: [(Range<Int>, String)] = []
}

enum TestDocument {
    static func build(_ sentences: [TestSentence], published: String = "2025-10-30") -> AnalyzedDocument {
        var text = ""
        var built: [Sentence] = []
        var entities: [EntityMention] = []
        var actors: [CodedActor] = []
        var times: [TimeExpression] = []
        for (sentenceIndex, spec) in sentences.enumerated() {
            if !text.isEmpty { text += " " }
            let start = text.utf8.count
            var tokens: [Token] = []
            for item in spec.tokens.split(separator: " ") {
                let parts = item.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                // word/lemma/UPOS/head/relation, optionally /XPOS.
                precondition(parts.count == 5 || parts.count == 6, "bad token spec \(item)")
                if !tokens.isEmpty { text += " " }
                let word = parts[0].replacingOccurrences(of: "_", with: " ")
                let tokenStart = text.utf8.count
                text += word
                tokens.append(Token(
                    range: tokenStart..<text.utf8.count, text: word, upos: parts[2], xpos: parts.count == 6 ? parts[5] : "",
                    lemma: parts[1].replacingOccurrences(of: "_", with: " "), head: Int(parts[3])! - 1, deprel: parts[4]))
            }
            let sentence = Sentence(range: start..<text.utf8.count, text: String(text.utf8.dropFirst(start))!, tokens: tokens)
            built.append(sentence)
            for (range, type, code) in spec.entities {
                let byteRange = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
                let name = tokens[range].map(\.text).joined(separator: " ")
                entities.append(EntityMention(sentence: sentenceIndex, tokens: range, range: byteRange, text: name, type: type))
                let parts = code.split(separator: "/").map(String.init)
                actors.append(CodedActor(
                    name: name, actor: "test.\(name.lowercased())",
                    code: ActorCode(country: parts.first.flatMap { $0.isEmpty ? nil : $0 }, sector: parts.count > 1 ? parts[1] : nil),
                    mention: entities.count - 1))
            }
            for (range, value) in spec.times {
                let byteRange = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
                times.append(TimeExpression(
                    sentence: sentenceIndex, range: byteRange, text: tokens[range].map(\.text).joined(separator: " "),
                    kind: .date, value: value))
            }
        }
        var document = AnalyzedDocument(text: text, metadata: DocumentMetadata(published: CivilDate(iso: published)))
        document.sentences = built
        document.entities = entities
        document.actors = actors
        document.timeExpressions = times
        return document
    }
}
