import FaultlineCore
import Testing
@testable import FaultlineEvents

/// Noun events a verb names, stops or leaves are not events of their own. Sentences of our own,
/// parsed by hand (UD conventions).
@Suite struct GovernedNounEventTests {
    static let shared = Result { try EventAnnotator.bundled() }

    private func events(_ sentence: TestSentence) throws -> [CodedEvent] {
        try Self.shared.get().events(in: [sentence])
    }

    @Test func whatAVerbStopsDidNotTakePlace() throws {
        let events = try events(TestSentence(
            tokens: "Freedonia/Freedonia/PROPN/2/nsubj halted/halt/VERB/0/root arms/arm/NOUN/4/compound "
                + "deliveries/delivery/NOUN/2/obj to/to/ADP/6/case Sylvania/Sylvania/PROPN/4/nmod ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "FRE"), (5..<6, .gpe, "SYL")]))
        #expect(events.contains { $0.cameoRoot == "16" })
        #expect(!events.contains { $0.cameoRoot == "07" })
    }

    @Test func talksLeftAreNotTalksHeld() throws {
        let events = try events(TestSentence(
            tokens: "Freedonia/Freedonia/PROPN/2/nsubj withdrew/withdraw/VERB/0/root from/from/ADP/5/case "
                + "the/the/DET/5/det talks/talk/NOUN/2/obl ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "FRE")]))
        #expect(!events.contains { $0.cameoRoot == "04" })
    }

    @Test func theNounAnEntryNamesIsThatEvent() throws {
        let events = try events(TestSentence(
            tokens: "Dockers/docker/NOUN/2/nsubj went/go/VERB/0/root on/on/ADP/4/case strike/strike/NOUN/2/obl "
                + "in/in/ADP/6/case Sylvania/Sylvania/PROPN/2/obl ././PUNCT/2/punct",
            entities: [(5..<6, .gpe, "SYL")]))
        #expect(events.contains { $0.cameo == "143" })
        #expect(!events.contains { $0.cameoRoot == "19" })
    }

    @Test func anOfficeHolderStandsWhereAnEntryWantsAnActor() throws {
        let fired = try events(TestSentence(
            tokens: "The/the/DET/2/det president/president/NOUN/3/nsubj fired/fire/VERB/0/root the/the/DET/6/det "
                + "army/army/NOUN/6/compound chief/chief/NOUN/3/obj ././PUNCT/3/punct"))
        #expect(!fired.contains { $0.cameoRoot == "19" })
        let called = try events(TestSentence(
            tokens: "The/the/DET/2/det minister/minister/NOUN/3/nsubj called/call/VERB/0/root the/the/DET/5/det "
                + "governor/governor/NOUN/3/obj ././PUNCT/3/punct"))
        #expect(called.first?.cameo == "041")
    }

    @Test func aPassiveKillingTakesTheAttackerOfTheStrikeItNames() throws {
        let events = try events(TestSentence(
            tokens: "The/the/DET/2/det commander/commander/NOUN/4/nsubj:pass was/be/AUX/4/aux:pass killed/kill/VERB/0/root "
                + "in/in/ADP/8/case a/a/DET/8/det Sylvanian/Sylvanian/ADJ/8/amod strike/strike/NOUN/4/obl ././PUNCT/4/punct",
            entities: [(6..<7, .norp, "SYL")]))
        let killing = try #require(events.first { $0.trigger.contains("killed") })
        #expect(killing.sources.map(\.code.country) == ["SYL"])
    }

    @Test func theVictimOfAPassiveIsNotTheActorOfTheBackgroundAttack() throws {
        let events = try events(TestSentence(
            tokens: "The/the/DET/2/det Freedonian/Freedonian/ADJ/3/amod chief/chief/NOUN/5/nsubj:pass was/be/AUX/5/aux:pass "
                + "killed/kill/VERB/0/root following/follow/VERB/7/case strikes/strike/NOUN/5/obl on/on/ADP/9/case "
                + "Sylvania/Sylvania/PROPN/7/nmod ././PUNCT/5/punct",
            entities: [(1..<2, .norp, "FRE"), (8..<9, .gpe, "SYL")]))
        let strikes = try #require(events.first { $0.trigger == "strikes" })
        #expect(!strikes.sources.contains { $0.code.country == "FRE" })
    }

    @Test func sendingThingsIsNoVisit() throws {
        let events = try events(TestSentence(
            tokens: "Freedonia/Freedonia/PROPN/2/nsubj sent/send/VERB/0/root two/two/NUM/4/nummod drones/drone/NOUN/2/obj "
                + "to/to/ADP/6/case Sylvania/Sylvania/PROPN/2/obl ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "FRE"), (5..<6, .gpe, "SYL")]))
        #expect(!events.contains { $0.plover.mode == "visit" })
        let envoy = try self.events(TestSentence(
            tokens: "Freedonia/Freedonia/PROPN/2/nsubj sent/send/VERB/0/root an/a/DET/4/det envoy/envoy/NOUN/2/obj "
                + "to/to/ADP/6/case Sylvania/Sylvania/PROPN/2/obl ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "FRE"), (5..<6, .gpe, "SYL")]))
        #expect(envoy.contains { $0.plover.mode == "visit" && $0.targets.map(\.code.country) == ["SYL"] })
    }
}
