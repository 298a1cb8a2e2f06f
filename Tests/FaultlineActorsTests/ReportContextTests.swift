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
