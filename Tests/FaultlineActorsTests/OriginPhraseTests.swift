import FaultlineActors
import FaultlineCore
import Testing

/// Groups of people with a "from X" or "out of X" phrase are of X. Sentences are our own.
@Suite struct OriginPhraseTests {
    private func annotated(_ text: String, _ mentions: [(Range<Int>, EntityType)]) throws -> AnalyzedDocument {
        var document = spaceTokenizedDocument(text, published: "2000-01-01")
        let tokens = document.sentences[0].tokens
        document.entities = mentions.map { range, type in
            let bytes = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
            return EntityMention(sentence: 0, tokens: range, range: bytes, text: document.substring(bytes), type: type)
        }
        try ActorAnnotator(knowledgeBase: SharedKnowledgeBase.bundled).annotate(&document)
        return document
    }

    private func country(of name: String, in document: AnalyzedDocument) -> String? {
        document.actors.first { $0.name == name }?.code.country
    }

    @Test func aGroupOrderedOutOfAStateIsItsPeople() throws {
        let document = try annotated("Ghana welcomed Asians ordered out of Uganda .", [(0..<1, .gpe), (2..<3, .norp), (6..<7, .gpe)])
        #expect(country(of: "Asians", in: document) == "UGA")
    }

    @Test func aGroupThatFledFromAStateIsItsPeople() throws {
        let document = try annotated(
            "Togo sheltered Europeans who had fled from the Gambia .", [(0..<1, .gpe), (2..<3, .norp), (8..<9, .gpe)])
        #expect(country(of: "Europeans", in: document) == "GMB")
    }

    @Test func withoutAnOriginPhraseTheGroupTakesTheSentencesCountry() throws {
        let document = try annotated("Ghana welcomed Asians in Accra .", [(0..<1, .gpe), (2..<3, .norp), (4..<5, .gpe)])
        #expect(country(of: "Asians", in: document) == "GHA")
    }

    @Test func aNationalityKeepsItsOwnCountry() throws {
        let document = try annotated("Ghana welcomed Liberians from Guinea .", [(0..<1, .gpe), (2..<3, .norp), (4..<5, .gpe)])
        #expect(country(of: "Liberians", in: document) == "LBR")
    }
}
