import FaultlineCore
import Testing
@testable import FaultlineEvents

/// Offers of force are offers of protection. Sentences of our own, parsed by hand.
@Suite struct OfferTests {
    static let shared = Result { try EventAnnotator.bundled() }

    @Test func anOfferToSendTroopsIsNoThreat() throws {
        var document = TestDocument.build([TestSentence(
            tokens: "Freedonia/Freedonia/PROPN/2/nsubj offered/offer/VERB/0/root to/to/PART/4/mark send/send/VERB/2/xcomp "
                + "troops/troop/NOUN/4/obj to/to/ADP/7/case Sylvania/Sylvania/PROPN/4/obl ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "FRE"), (6..<7, .gpe, "SYL")])])
        try Self.shared.get().annotate(&document)
        let offer = try #require(document.events.first)
        #expect(offer.cameo == "0334")
        #expect(offer.quadClass == 1)
        #expect(!document.events.contains { $0.cameoRoot == "13" })
    }
}
