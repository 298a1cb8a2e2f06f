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
