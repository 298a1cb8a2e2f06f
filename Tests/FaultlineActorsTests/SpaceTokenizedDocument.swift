import FaultlineActors
import FaultlineCore

/// A one-sentence document tokenized at spaces, with no entity mentions yet.
func spaceTokenizedDocument(_ text: String, published: String) -> AnalyzedDocument {
    var document = AnalyzedDocument(text: text, metadata: DocumentMetadata(published: CivilDate(iso: published)))
    var offset = 0
    let tokens = text.split(separator: " ").map { word -> Token in
        defer { offset += word.utf8.count + 1 }
        return Token(range: offset..<(offset + word.utf8.count), text: String(word))
    }
    document.sentences = [Sentence(range: 0..<text.utf8.count, text: text, tokens: tokens)]
    return document
}

/// A space-tokenized sentence with the given mentions (token ranges) added, coded by the
/// actors stage with the bundled knowledge base.
func actorAnnotatedDocument(_ text: String, _ mentions: [(Range<Int>, EntityType)]) throws -> AnalyzedDocument {
    var document = spaceTokenizedDocument(text, published: "2000-01-01")
    let tokens = document.sentences[0].tokens
    document.entities = mentions.map { range, type in
        let bytes = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
        return EntityMention(sentence: 0, tokens: range, range: bytes, text: document.substring(bytes), type: type)
    }
    try ActorAnnotator(knowledgeBase: SharedKnowledgeBase.bundled).annotate(&document)
    return document
}

/// The country coded for the first actor named `name`.
func codedCountry(of name: String, in document: AnalyzedDocument) -> String? {
    document.actors.first { $0.name == name }?.code.country
}
