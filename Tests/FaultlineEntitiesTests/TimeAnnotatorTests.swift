import FaultlineCore
import FaultlineEntities
import Testing

@Suite struct TimeAnnotatorTests {
    private let published = CivilDate(year: 2025, month: 10, day: 30)!

    @Test func tagsTheWholeTextWhenThereAreNoSentences() throws {
        var document = AnalyzedDocument(
            text: "Envoys met this week. Talks resume on November 11.",
            metadata: DocumentMetadata(published: published))
        try TimeAnnotator().annotate(&document)
        #expect(document.timeExpressions.map(\.value) == ["2025-W44", "2025-11-11"])
        #expect(document.timeExpressions.allSatisfy { $0.sentence == nil })
        #expect(document.substring(document.timeExpressions[1].range) == "November 11")
    }

    @Test func recordsTheSentenceOfEachExpression() throws {
        let text = "Envoys met this week. Talks resume on November 11."
        var document = AnalyzedDocument(text: text, metadata: DocumentMetadata(published: published))
        document.sentences = [
            Sentence(range: 0..<21, text: "Envoys met this week."),
            Sentence(range: 22..<text.utf8.count, text: "Talks resume on November 11."),
        ]
        try TimeAnnotator().annotate(&document)
        #expect(document.timeExpressions.map(\.sentence) == [0, 1])
    }
}
