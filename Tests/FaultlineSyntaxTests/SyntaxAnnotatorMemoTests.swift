import FaultlineCore
import FaultlineLearning
import FaultlineText
import Testing
@testable import FaultlineSyntax

/// The annotator hands a finished document's word memo to the next document; the next
/// document's tags and trees are those it gets from an annotator that never saw another.
@Suite struct SyntaxAnnotatorMemoTests {
    private func document(_ text: String) throws -> AnalyzedDocument {
        var document = AnalyzedDocument(text: text)
        try TextAnnotator().annotate(&document)
        return document
    }

    @Test func theNextDocumentGetsTheMemoAndTheSameAnalysis() throws {
        guard let bundled = try? SyntaxAnnotator.bundled() else {
            print("note: bundled syntax models not available, skipping")
            return
        }
        let shared = SyntaxAnnotator(tagger: bundled.tagger, parser: bundled.parser)
        var first = try document("Qaani met senior militia leaders in Baghdad on Tuesday.")
        try shared.annotate(&first)
        let memo = try #require(shared.memos.take())
        #expect(memo.wordCount > 5)
        shared.memos.putBack(memo)

        let text = "The leaders in Baghdad said Rubio called the prime minister on Tuesday."
        var second = try document(text)
        try shared.annotate(&second)
        var alone = try document(text)
        try SyntaxAnnotator(tagger: bundled.tagger, parser: bundled.parser).annotate(&alone)
        #expect(second.sentences.map(\.tokens) == alone.sentences.map(\.tokens))
        #expect(try #require(shared.memos.take()).wordCount > memo.wordCount)
    }
}
