import FaultlineCore
import Foundation
import Testing
@testable import FaultlineEvents

/// People with a "from X" / "out of X" phrase, or fleeing X, are of X, not of the state that
/// takes them in. Sentences and parses are our own.
@Suite struct PeopleOriginTests {
    let coder: EventAnnotator

    init() throws { coder = try EventCoderTests.shared.get() }

    private func events(_ sentences: [TestSentence]) throws -> [CodedEvent] {
        try coder.events(in: sentences)
    }

    @Test func refugeesFleeingAStateAreItsPeople() throws {
        // "Ghana welcomed refugees fleeing Togo."
        let events = try events([TestSentence(
            tokens: "Ghana/Ghana/PROPN/2/nsubj welcomed/welcome/VERB/0/root refugees/refugee/NOUN/2/obj "
                + "fleeing/flee/VERB/3/acl/VBG Togo/Togo/PROPN/4/obj ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "GHA"), (4..<5, .gpe, "TGO")])])
        let welcome = try #require(events.first { $0.trigger.hasPrefix("welcomed") })
        #expect(welcome.targets.map(\.code.country) == ["TGO"])
        #expect(welcome.targets.map(\.code.sector) == ["REF"])
    }

    @Test func workersOrderedOutOfAStateAreItsPeopleWhereverTheParseHangsTheParticiple() throws {
        // "Ghana arrested workers ordered out of Togo.", the participle hung on the verb.
        let events = try events([TestSentence(
            tokens: "Ghana/Ghana/PROPN/2/nsubj arrested/arrest/VERB/0/root workers/worker/NOUN/2/obj "
                + "ordered/order/VERB/2/advcl/VBN out/out/ADP/7/case of/of/ADP/7/case Togo/Togo/PROPN/4/obl ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "GHA"), (6..<7, .gpe, "TGO")])])
        let arrest = try #require(events.first { $0.trigger.hasPrefix("arrested") })
        #expect(arrest.targets.compactMap(\.code.country) == ["TGO"])
    }

    @Test func soldiersFromAStateAreNotItsPeople() throws {
        // "Ghana arrested soldiers ordered out of Togo": troops stay their own state's.
        let events = try events([TestSentence(
            tokens: "Ghana/Ghana/PROPN/2/nsubj arrested/arrest/VERB/0/root soldiers/soldier/NOUN/2/obj "
                + "ordered/order/VERB/3/acl/VBN out/out/ADP/7/case of/of/ADP/7/case Togo/Togo/PROPN/4/obl ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "GHA"), (6..<7, .gpe, "TGO")])])
        let arrest = try #require(events.first { $0.trigger.hasPrefix("arrested") })
        #expect(!arrest.targets.contains { $0.code.sector == "MIL" && $0.code.country == "TGO" })
    }
}
