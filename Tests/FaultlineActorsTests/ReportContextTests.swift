import FaultlineActors
import FaultlineCore
import Testing

/// What places an unknown name: the place named right after it, not the outlet that reports
/// it or a nationality named first. Sentences are our own.
@Suite struct ReportContextTests {
    @Test func aNewsOutletPlacesNoOne() throws {
        // "Reuters" is a British outlet; the unknown "Zorba" launchers are placed by nothing here.
        let document = try actorAnnotatedDocument(
            "Sources told Reuters that Zorba rockets hit the base .", [(2..<3, .organization), (4..<5, .organization)])
        #expect(codedCountry(of: "Reuters", in: document) == "GBR")
        #expect(codedCountry(of: "Zorba", in: document) != "GBR")
    }

    @Test func anUnknownBaseLiesInThePlaceNamedAfterIt() throws {
        let document = try actorAnnotatedDocument(
            "Iranian proxies attacked the Zorba military base in western Iraq .",
            [(0..<1, .norp), (4..<5, .organization), (9..<10, .gpe)])
        #expect(codedCountry(of: "Zorba", in: document) == "IRQ")
    }
}

/// Coreference does not turn a country into its broadcaster. Sentences are our own.
@Suite struct CountryCoreferenceTests {
    @Test func aCountryKeepsItsCodeInAClusterWithItsStateMedia() throws {
        var document = spaceTokenizedDocument("Iran agreed , Iranian state television said .", published: "2000-01-01")
        let tokens = document.sentences[0].tokens
        func mention(_ range: Range<Int>, _ type: EntityType) -> EntityMention {
            let bytes = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
            return EntityMention(sentence: 0, tokens: range, range: bytes, text: document.substring(bytes), type: type, cluster: 0)
        }
        document.entities = [mention(0..<1, .gpe), mention(3..<6, .organization)]
        try ActorAnnotator(knowledgeBase: SharedKnowledgeBase.bundled).annotate(&document)
        let media = try #require(document.actors.first { $0.name == "Iranian state television" })
        #expect(media.code.sector == "MED")
        #expect(codedCountry(of: "Iran", in: document) == "IRN")
        #expect(document.actors.first { $0.name == "Iran" }?.code.sector != "MED")
    }
}
