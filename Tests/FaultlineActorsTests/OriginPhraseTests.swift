import FaultlineActors
import FaultlineCore
import Testing

/// Groups of people with a "from X" or "out of X" phrase are of X. Sentences are our own.
@Suite struct OriginPhraseTests {
    @Test func aGroupOrderedOutOfAStateIsItsPeople() throws {
        let document = try actorAnnotatedDocument("Ghana welcomed Asians ordered out of Uganda .", [(0..<1, .gpe), (2..<3, .norp), (6..<7, .gpe)])
        #expect(codedCountry(of: "Asians", in: document) == "UGA")
    }

    @Test func aGroupThatFledFromAStateIsItsPeople() throws {
        let document = try actorAnnotatedDocument(
            "Togo sheltered Europeans who had fled from the Gambia .", [(0..<1, .gpe), (2..<3, .norp), (8..<9, .gpe)])
        #expect(codedCountry(of: "Europeans", in: document) == "GMB")
    }

    @Test func withoutAnOriginPhraseTheGroupTakesTheSentencesCountry() throws {
        let document = try actorAnnotatedDocument("Ghana welcomed Asians in Accra .", [(0..<1, .gpe), (2..<3, .norp), (4..<5, .gpe)])
        #expect(codedCountry(of: "Asians", in: document) == "GHA")
    }

    @Test func aNationalityKeepsItsOwnCountry() throws {
        let document = try actorAnnotatedDocument("Ghana welcomed Liberians from Guinea .", [(0..<1, .gpe), (2..<3, .norp), (4..<5, .gpe)])
        #expect(codedCountry(of: "Liberians", in: document) == "LBR")
    }
}
