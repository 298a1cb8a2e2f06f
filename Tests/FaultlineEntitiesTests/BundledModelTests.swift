import FaultlineCore
import Testing
@testable import FaultlineEntities

/// The shipped model on sentences written for these tests (no part-of-speech tags given, as
/// when the syntax model is absent, and with them).
@Suite struct BundledModelTests {
    private func entities(_ sentences: [String], tagged: Bool = false) throws -> [EntityMention] {
        var document = TestDocuments.document(sentences)
        if tagged {
            for index in document.sentences.indices {
                for token in document.sentences[index].tokens.indices {
                    let word = document.sentences[index].tokens[token].text
                    let isName = word.first?.isUppercase ?? false
                    document.sentences[index].tokens[token].xpos = word == "." ? "." : isName ? "NNP" : "NN"
                }
            }
        }
        try EntityAnnotator.bundled().annotate(&document)
        return document.entities
    }

    @Test func findsPeoplePlacesAndDates() throws {
        let found = try entities([
            "Iraqi Prime Minister Mohammed Shia al-Sudani met French President Emmanuel Macron in Paris on Tuesday .",
            "Sudani said Iraq would buy 12 aircraft from France for $ 3 billion .",
        ])
        let named = Dictionary(found.map { ($0.text, $0.type) }, uniquingKeysWith: { first, _ in first })
        #expect(named["Emmanuel Macron"] == .person)
        #expect(named["Paris"] == .gpe)
        #expect(named["Tuesday"] == .date)
        #expect(named["Iraqi"] == .norp)
        #expect(named["Iraq"] == .gpe)
        let macron = found.first { $0.text == "Emmanuel Macron" }
        #expect(macron?.title?.role == "President")
        #expect(macron?.title?.organization == "France")
        // The surname later joins the full name.
        let sudani = found.first { $0.text.hasSuffix("al-Sudani") }
        #expect(sudani?.type == .person)
        #expect(found.first { $0.text == "Sudani" }?.cluster == sudani?.cluster)
    }

    @Test func worksWithPartOfSpeechTags() throws {
        let found = try entities(["The United Nations said Germany and Japan would send 300 troops ."], tagged: true)
        #expect(found.contains { $0.text == "Germany" && $0.type == .gpe })
        #expect(found.contains { $0.text == "Japan" && $0.type == .gpe })
        #expect(found.contains { $0.type == .organization && $0.text.hasSuffix("United Nations") })
    }
}
