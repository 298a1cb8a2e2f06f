import FaultlineCore
import Foundation
import Testing
@testable import FaultlineEvents

/// Requests with a "that" clause: the clause's subject is the one asked, and the event is the
/// request, not what is asked for. Sentences and parses are our own.
@Suite struct RequestClauseTests {
    let coder: EventAnnotator

    init() throws { coder = try EventCoderTests.shared.get() }

    private func events(_ sentences: [TestSentence]) throws -> [CodedEvent] {
        try coder.events(in: sentences)
    }

    @Test func theSubjectOfADemandedClauseIsAskedAndTheEventIsTheDemand() throws {
        // "Chile demanded that Peru refuse to recognize Bolivia."
        let events = try events([TestSentence(
            tokens: "Chile/Chile/PROPN/2/nsubj demanded/demand/VERB/0/root that/that/SCONJ/5/mark Peru/Peru/PROPN/5/nsubj "
                + "refuse/refuse/VERB/2/ccomp to/to/PART/7/mark recognize/recognize/VERB/5/xcomp Bolivia/Bolivia/PROPN/7/obj "
                + "././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "CHL"), (3..<4, .gpe, "PER"), (7..<8, .gpe, "BOL")])])
        let demand = try #require(events.first { $0.trigger.hasPrefix("demanded") })
        #expect(demand.cameo.hasPrefix("10"))
        #expect(demand.plover.event == "REQUEST")
        #expect(demand.sources.map(\.code.country) == ["CHL"])
        #expect(demand.targets.map(\.code.country) == ["PER"])
    }

    @Test func theSubjectOfAnUrgedClauseIsAsked() throws {
        // "Chile urged that Peru withdraw its troops from Bolivia."
        let events = try events([TestSentence(
            tokens: "Chile/Chile/PROPN/2/nsubj urged/urge/VERB/0/root that/that/SCONJ/5/mark Peru/Peru/PROPN/5/nsubj "
                + "withdraw/withdraw/VERB/2/ccomp its/its/PRON/7/nmod:poss troops/troop/NOUN/5/obj from/from/ADP/9/case "
                + "Bolivia/Bolivia/PROPN/5/obl ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "CHL"), (3..<4, .gpe, "PER"), (8..<9, .gpe, "BOL")])])
        let request = try #require(events.first { $0.trigger.hasPrefix("urged") })
        #expect(request.plover.event == "REQUEST")
        #expect(request.targets.map(\.code.country) == ["PER"])
    }
}
