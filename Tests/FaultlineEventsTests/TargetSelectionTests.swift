import FaultlineCore
import Foundation
import Testing
@testable import FaultlineEvents

/// Who an event is aimed at: recipients of two-object verbs and relational nouns ("ally",
/// "counterpart"). Sentences and parses are our own.
@Suite struct TargetSelectionTests {
    let coder: EventAnnotator

    init() throws { coder = try EventCoderTests.shared.get() }

    private func events(_ sentences: [TestSentence], phrases: [String: String] = [:]) throws -> [CodedEvent] {
        try coder.events(in: sentences, phrases: phrases)
    }

    @Test func theRecipientReadAsTheSubjectOfTheAmountIsTheTarget() throws {
        // "Norway gave the Ivory Coast five million dollars of aid", parsed as a small clause.
        let events = try events([TestSentence(
            tokens: "Norway/Norway/PROPN/2/nsubj gave/give/VERB/0/root the/the/DET/5/det Ivory/Ivory/ADJ/5/amod "
                + "Coast/Coast/PROPN/8/nsubj five/five/NUM/7/compound million/million/NUM/8/nummod dollars/dollar/NOUN/2/obj "
                + "of/of/ADP/10/case aid/aid/NOUN/8/nmod ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "NOR"), (3..<5, .gpe, "CIV")])])
        let aid = try #require(events.first { $0.plover.event == "AID" })
        #expect(aid.sources.map(\.code.country) == ["NOR"])
        #expect(aid.targets.map(\.code.country) == ["CIV"])
    }

    @Test func theFirstOfTwoObjectsIsTheRecipient() throws {
        // "Norway lent Chile money", the amount hung as an unmarked noun phrase.
        let events = try events([TestSentence(
            tokens: "Norway/Norway/PROPN/2/nsubj lent/lend/VERB/0/root Chile/Chile/PROPN/2/obj money/money/NOUN/2/obl:npmod "
                + "././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "NOR"), (2..<3, .gpe, "CHL")])])
        let aid = try #require(events.first { $0.plover.event == "AID" })
        #expect(aid.targets.map(\.code.country) == ["CHL"])
    }

    @Test func aRecipientHungDeepInsideTheObjectIsStillTheTarget() throws {
        // "Norway returned a Peruvian painting taken from a museum to Chilean authorities", the
        // "to" phrase hung on the museum.
        let events = try events([TestSentence(
            tokens: "Norway/Norway/PROPN/2/nsubj returned/return/VERB/0/root a/a/DET/5/det Peruvian/Peruvian/ADJ/5/amod "
                + "painting/painting/NOUN/2/obj taken/take/VERB/5/acl/VBN from/from/ADP/9/case a/a/DET/9/det "
                + "museum/museum/NOUN/6/obl to/to/ADP/12/case Chilean/Chilean/ADJ/12/amod authorities/authority/NOUN/9/nmod "
                + "././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "NOR"), (3..<4, .norp, "PER"), (10..<11, .norp, "CHL")])])
        let returned = try #require(events.first { $0.trigger.hasPrefix("returned") })
        #expect(returned.targets.compactMap(\.code.country) == ["CHL"])
    }

    @Test func anAllyIsNotItsPatronsButWhereItIs() throws {
        // "Rebels killed the chief of Peru's militia ally in northern Chile."
        let events = try events([TestSentence(
            tokens: "Rebels/rebel/NOUN/2/nsubj killed/kill/VERB/0/root the/the/DET/4/det chief/chief/NOUN/2/obj "
                + "of/of/ADP/9/case Peru/Peru/PROPN/9/nmod:poss 's/'s/PART/6/case militia/militia/NOUN/9/compound "
                + "ally/ally/NOUN/4/nmod in/in/ADP/12/case northern/northern/ADJ/12/amod Chile/Chile/PROPN/9/nmod "
                + "././PUNCT/2/punct",
            entities: [(5..<6, .gpe, "PER"), (11..<12, .gpe, "CHL")])],
            phrases: ["militia": "/PRM", "Rebels": "/REB"])
        let attack = try #require(events.first { $0.plover.event == "ASSAULT" })
        #expect(attack.targets.compactMap(\.code.country) == ["CHL"])
    }

    @Test func anAllyNamedOnlyByItsPatronHasNoCountry() throws {
        // "Rebels attacked Peru's allies": not Peru.
        let events = try events([TestSentence(
            tokens: "Rebels/rebel/NOUN/2/nsubj attacked/attack/VERB/0/root Peru/Peru/PROPN/5/nmod:poss 's/'s/PART/3/case "
                + "allies/ally/NOUN/2/obj ././PUNCT/2/punct",
            entities: [(2..<3, .gpe, "PER")])])
        let attack = try #require(events.first { $0.plover.event == "ASSAULT" })
        #expect(!attack.targets.contains { $0.code.country == "PER" })
    }

    @Test func aCounterpartKeepsItsOwnNationality() throws {
        // "Weiss met Costa's Chilean counterpart."
        let events = try events([TestSentence(
            tokens: "Weiss/Weiss/PROPN/2/nsubj met/meet/VERB/0/root Costa/Costa/PROPN/6/nmod:poss 's/'s/PART/3/case "
                + "Chilean/Chilean/ADJ/6/amod counterpart/counterpart/NOUN/2/obj ././PUNCT/2/punct",
            entities: [(0..<1, .person, "DEU/GOV"), (2..<3, .person, "PRT/GOV"), (4..<5, .norp, "CHL")])])
        let meeting = try #require(events.first { $0.plover.event == "CONSULT" })
        #expect(meeting.targets.compactMap(\.code.country) == ["CHL"])
    }
}
