import FaultlineCore

/// The text stage: fills ``AnalyzedDocument/sentences`` with the sentences of the document's
/// clean text and their tokens (UTF-8 byte ranges into the text, `spaceAfter` set).
///
/// ```swift
/// var document = AnalyzedDocument(text: "Brig. Gen. Esmail Qaani visited Baghdad. He met leaders.")
/// try TextAnnotator().annotate(&document)
/// // document.sentences.count == 2; document.sentences[0].tokens[0].text == "Brig."
/// ```
public struct TextAnnotator: Annotator {
    /// The sentence splitter used.
    public let splitter: SentenceSplitter
    /// The tokenizer used.
    public let tokenizer: Tokenizer

    /// A text stage with the built-in English splitter and tokenizer.
    public init(splitter: SentenceSplitter = SentenceSplitter(), tokenizer: Tokenizer = Tokenizer()) {
        self.splitter = splitter
        self.tokenizer = tokenizer
    }

    /// Replaces the document's sentences with freshly split and tokenized ones.
    public func annotate(_ document: inout AnalyzedDocument) throws {
        var text = document.text
        document.sentences = text.withUTF8 { bytes in
            splitter.split(bytes: bytes, in: 0..<bytes.count).map { range in
                Sentence(
                    range: range,
                    text: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self),
                    tokens: tokenizer.tokenize(bytes: bytes, in: range)
                )
            }
        }
    }
}
