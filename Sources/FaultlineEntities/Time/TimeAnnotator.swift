import FaultlineCore

/// The pipeline stage that fills ``AnalyzedDocument/timeExpressions``.
///
/// It runs ``TimeExpressionTagger`` sentence by sentence against the publication date in the
/// document's metadata, and records the sentence index of each expression. When the text stage
/// has not run (no sentences), it tags the whole text and leaves the sentence index empty.
public struct TimeAnnotator: Annotator {
    private let tagger = TimeExpressionTagger()

    /// An annotator; it holds no state.
    public init() {}

    /// Replaces the document's time expressions with those found in its text.
    public func annotate(_ document: inout AnalyzedDocument) throws {
        let bytes = Array(document.text.utf8)
        let date = document.metadata.published
        guard !document.sentences.isEmpty else {
            document.timeExpressions = tagger.find(inUTF8: bytes, documentDate: date)
            return
        }
        // One pass over the whole text keeps "that day" anchored across sentences; each
        // expression is then assigned to the sentence that contains it.
        var found = tagger.find(inUTF8: bytes, documentDate: date)
        var sentence = 0
        for index in found.indices {
            let start = found[index].range.lowerBound
            while sentence < document.sentences.count, document.sentences[sentence].range.upperBound <= start { sentence += 1 }
            if sentence < document.sentences.count, document.sentences[sentence].range.contains(start) {
                found[index].sentence = sentence
            }
        }
        document.timeExpressions = found
    }
}
