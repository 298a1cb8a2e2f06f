import FaultlineCore
import FaultlineText
import Foundation
import Testing

@Suite("Text annotator")
struct TextAnnotatorTests {
    @Test("fills sentences with tokens whose ranges point into the document text")
    func annotates() throws {
        var document = AnalyzedDocument(text: """
            Envoy Visits Baghdad

            Brig. Gen. Ali Karimi met militia leaders in Baghdad. The Framework—led by veterans—held.
            """)
        try TextAnnotator().annotate(&document)
        #expect(document.sentences.map(\.text) == [
            "Envoy Visits Baghdad",
            "Brig. Gen. Ali Karimi met militia leaders in Baghdad.",
            "The Framework—led by veterans—held.",
        ])
        for sentence in document.sentences {
            #expect(document.substring(sentence.range) == sentence.text)
            for token in sentence.tokens {
                #expect(document.substring(token.range) == token.text)
                #expect(sentence.range.contains(token.range.lowerBound))
            }
        }
        #expect(document.sentences[1].tokens.prefix(2).map(\.text) == ["Brig.", "Gen."])
        #expect(document.sentences[2].tokens.map(\.text).contains("—"))
    }

    /// The founding article, when the shared data is checked out beside the repository.
    static let seedPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seed/qaani-baghdad.txt").path

    @Test("the founding article splits and tokenizes right", .enabled(if: FileManager.default.fileExists(atPath: seedPath)))
    func foundingArticle() throws {
        var document = AnalyzedDocument(text: try String(contentsOfFile: Self.seedPath, encoding: .utf8))
        try TextAnnotator().annotate(&document)
        let texts = document.sentences.map(\.text)
        #expect(texts.contains { $0.contains("dispatching Quds Force commander Brig. Gen. Esmail Qaani to Baghdad") })
        #expect(!texts.contains { $0.hasSuffix("Brig.") || $0.hasSuffix("Gen.") })
        let dashed = try #require(document.sentences.first { $0.text.contains("Framework—dominated") })
        let words = dashed.tokens.map(\.text)
        #expect(words.contains("Framework") && words.contains("—") && words.contains("dominated"))
        #expect(texts.contains("Gone are the photo opportunities with militia leaders and battlefield tours."))
    }
}

@Test("the shared data is present or the data tests are skipped")
func dataNotice() {
    if !FileManager.default.fileExists(atPath: TextAnnotatorTests.seedPath) {
        print("note: \(TextAnnotatorTests.seedPath) is absent; the founding-article test is skipped")
    }
}
