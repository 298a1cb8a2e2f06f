import FaultlineActors
import FaultlineCore
import Testing

@Suite struct KnownNameFinderTests {
    private func document(_ text: String) -> AnalyzedDocument {
        spaceTokenizedDocument(text, published: "2025-10-30")
    }

    @Test func multiWordNamesTheRecognizerMissedAreCoded() throws {
        var analyzed = document("Leaders of the Coordination Framework met on Monday .")
        try ActorAnnotator(knowledgeBase: SharedKnowledgeBase.bundled).annotate(&analyzed)
        let framework = try #require(analyzed.entities.first { $0.text == "Coordination Framework" })
        #expect(framework.tokens == 3..<5)
        #expect(framework.type == .organization)
        let coded = try #require(analyzed.actors.first { $0.name == "Coordination Framework" })
        #expect(coded.code.country == "IRQ")
        #expect(coded.mention.map { analyzed.entities[$0].text } == "Coordination Framework")
    }

    @Test func multiWordCountryNamesTheRecognizerMissedArePlaces() throws {
        var analyzed = document("Aid reached the Ivory Coast and Saudi Arabia on Monday .")
        try ActorAnnotator(knowledgeBase: SharedKnowledgeBase.bundled).annotate(&analyzed)
        let coast = try #require(analyzed.entities.first { $0.text == "Ivory Coast" })
        #expect(coast.type == .gpe)
        #expect(analyzed.actors.first { $0.name == "Ivory Coast" }?.code.country == "CIV")
        #expect(analyzed.actors.first { $0.name == "Saudi Arabia" }?.code.country == "SAU")
    }

    @Test func wordsInsideExistingMentionsAndSingleWordsAreLeftAlone() throws {
        var analyzed = document("Monday the Coordination Framework met .")
        analyzed.entities = [EntityMention(sentence: 0, tokens: 1..<4, range: 7..<33, text: "the Coordination Framework", type: .organization)]
        try ActorAnnotator(knowledgeBase: SharedKnowledgeBase.bundled).annotate(&analyzed)
        #expect(analyzed.entities.count == 1)
    }
}
