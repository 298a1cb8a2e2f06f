import FaultlineActors
import FaultlineCore
import Testing

/// Places named in several countries, regions of a country, and names an amount swallowed:
/// how mentions get their country. Sentences are our own.
@Suite struct PlaceContextTests {
    @Test func anAmbiguousPlaceTakesTheCountryItsSentenceNames() throws {
        let lebanese = try actorAnnotatedDocument("Militias clashed in Tripoli , the Lebanese port .", [(3..<4, .gpe), (6..<7, .norp)])
        #expect(codedCountry(of: "Tripoli", in: lebanese) == "LBN")
        let libyan = try actorAnnotatedDocument("Libyan militias clashed in Tripoli .", [(0..<1, .norp), (4..<5, .gpe)])
        #expect(codedCountry(of: "Tripoli", in: libyan) == "LBY")
    }

    @Test func withoutContextAnAmbiguousPlaceIsTheCapital() throws {
        let document = try actorAnnotatedDocument("Militias clashed in Tripoli .", [(3..<4, .gpe)])
        #expect(codedCountry(of: "Tripoli", in: document) == "LBY")
    }

    @Test func aResolvedPlaceStillPlacesTheUnknownNamesAroundIt() throws {
        // "Qubba" is no place the base knows: it lies where Tripoli, here Lebanon's, does.
        let document = try actorAnnotatedDocument(
            "Gunmen from Qubba shelled Tripoli , the Lebanese city .", [(2..<3, .gpe), (4..<5, .gpe), (7..<8, .norp)])
        #expect(codedCountry(of: "Tripoli", in: document) == "LBN")
        #expect(codedCountry(of: "Qubba", in: document) == "LBN")
    }

    @Test func aRegionOfACountryIsInThatCountry() throws {
        let document = try actorAnnotatedDocument("Fighting spread to southern Lebanon .", [(3..<5, .location)])
        #expect(codedCountry(of: "southern Lebanon", in: document) == "LBN")
        let region = try actorAnnotatedDocument("Fighting spread to the Middle East .", [(3..<6, .location)])
        #expect(region.actors.isEmpty)
    }

    @Test func aGenericNameAfterAnotherCountryIsAnotherBody() {
        let coder = ActorCoder(knowledgeBase: SharedKnowledgeBase.bundled)
        // The base knows "Congress" as the US one; India's party of that name is not it.
        let indian = coder.match(phrase: "Indian National Congress", date: nil)
        #expect(indian?.coded.code.country == "IND")
        #expect(indian?.coded.actor != "usa.senate")
        // The same country before it, or none, keeps the body the base knows.
        #expect(coder.match(phrase: "the American Congress", date: nil)?.coded.actor == "usa.senate")
        #expect(coder.match(phrase: "Congress", date: nil)?.coded.actor == "usa.senate")
    }

    @Test func anUnknownBodyThatSaysItIsInternationalTakesNoCountryFromContext() {
        let coder = ActorCoder(knowledgeBase: SharedKnowledgeBase.bundled)
        let global = coder.match(phrase: "the Global Water Forum", date: nil, contextCountries: ["KEN"])
        #expect(global?.coded.code.country == nil)
        #expect(global?.coded.code.sector == "NGO")
        let local = coder.match(phrase: "the Water Forum", date: nil, contextCountries: ["KEN"])
        #expect(local?.coded.code.country == "KEN")
    }

    @Test func aKnownNameTakenIntoAnAmountIsGivenBack() throws {
        // The recognizer read "Coast 5 million dollars" as one amount.
        let document = try actorAnnotatedDocument("France gave the Ivory Coast 5 million dollars .", [(0..<1, .gpe), (4..<8, .money)])
        let coast = try #require(document.entities.first { $0.text == "Ivory Coast" })
        #expect(coast.type == .gpe)
        #expect(coast.tokens == 3..<5)
        let amount = try #require(document.entities.first { $0.type == .money })
        #expect(amount.text == "5 million dollars")
        #expect(amount.tokens == 5..<8)
        #expect(codedCountry(of: "Ivory Coast", in: document) == "CIV")
    }

    @Test func anAmountOpeningWithANumberWordIsLeftWhole() throws {
        let document = try actorAnnotatedDocument("Five Hundred Saudi Arabia rebels surrendered .", [(0..<2, .cardinal)])
        let amount = try #require(document.entities.first { $0.type == .cardinal })
        #expect(amount.tokens == 0..<2)
        #expect(codedCountry(of: "Saudi Arabia", in: document) == "SAU")
    }
}
