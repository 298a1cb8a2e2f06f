import FaultlineCore
import Testing
@testable import FaultlineEvents

/// Mistakes seen on real reports, as general rules: places are not actors, weapons are not
/// targets, some verbs and nouns have a second sense, and what is still to happen did not.
/// Sentences of our own, parsed by hand.
@Suite struct PlaceAndSenseTests {
    static let shared = Result { try EventAnnotator.bundled() }

    private func events(_ tokens: String, _ entities: [(Range<Int>, EntityType, String)] = []) throws -> [CodedEvent] {
        try Self.shared.get().events(in: [TestSentence(tokens: tokens, entities: entities)])
    }

    @Test func aDatelineIsNoSubject() throws {
        // The phrase coder would code "Freetown" too: the dateline is no actor however coded.
        let events = try Self.shared.get().events(in: [TestSentence(tokens:
            "Freetown/Freetown/PROPN/6/nsubj :/:/PUNCT/3/punct Freedonia/Freedonia/PROPN/1/parataxis and/and/CCONJ/5/cc "
                + "Sylvania/Sylvania/PROPN/3/conj met/meet/VERB/0/root ././PUNCT/6/punct",
            entities: [(0..<1, .gpe, "FRT"), (2..<3, .gpe, "FRE"), (4..<5, .gpe, "SYL")])], phrases: ["Freetown": "FRT"])
        let meeting = try #require(events.first { $0.cameoRoot == "04" })
        #expect(meeting.sources.map(\.name) == ["Freedonia", "Sylvania"])
        #expect(!events.contains { $0.sources.contains { $0.name == "Freetown" } })
    }

    @Test func aPlaceWhereSomethingHappenedDoesNotAct() throws {
        // "A fire started at a Freetown hospital, killing dozens": no one killed them.
        let events = try events(
            "A/a/DET/2/det fire/fire/NOUN/3/nsubj started/start/VERB/0/root at/at/ADP/7/case a/a/DET/7/det "
                + "Freetown/Freetown/PROPN/7/compound hospital/hospital/NOUN/3/obl ,/,/PUNCT/9/punct killing/kill/VERB/3/advcl "
                + "dozens/dozen/NOUN/9/obj ././PUNCT/3/punct",
            [(5..<6, .gpe, "FRE")])
        #expect(!events.contains { $0.sources.contains { $0.name == "Freetown" } })
    }

    @Test func aFiredWeaponIsNoTargetAndItsOriginFiredIt() throws {
        let events = try events(
            "Rockets/rocket/NOUN/5/nsubj:pass from/from/ADP/3/case Freedonia/Freedonia/PROPN/1/nmod were/be/AUX/5/aux:pass "
                + "fired/fire/VERB/0/root/VBN at/at/ADP/7/case Sylvania/Sylvania/PROPN/5/obl ././PUNCT/5/punct",
            [(2..<3, .gpe, "FRE"), (6..<7, .gpe, "SYL")])
        let attack = try #require(events.first { $0.cameoRoot == "19" })
        #expect(attack.sources.map(\.name) == ["Freedonia"])
        #expect(attack.targets.map(\.name) == ["Sylvania"])
    }

    @Test func aNamedWeaponIsNoTarget() throws {
        let events = try events(
            "Four/four/NUM/3/nummod Zorba/Zorba/PROPN/3/compound rockets/rocket/NOUN/5/nsubj:pass were/be/AUX/5/aux:pass "
                + "fired/fire/VERB/0/root/VBN at/at/ADP/8/case the/the/DET/8/det base/base/NOUN/5/obl ././PUNCT/5/punct",
            [(1..<2, .gpe, "FRE/MIL")])
        #expect(!events.contains { $0.targets.contains { $0.name == "Zorba" } })
    }

    @Test func aDealStruckInACityIsNoAttackByIt() throws {
        let events = try events(
            "The/the/DET/2/det deal/deal/NOUN/9/nsubj:pass ,/,/PUNCT/4/punct struck/strike/VERB/2/acl/VBN in/in/ADP/6/case "
                + "Freetown/Freetown/PROPN/4/obl ,/,/PUNCT/2/punct was/be/AUX/9/aux:pass welcomed/welcome/VERB/0/root/VBN ././PUNCT/9/punct",
            [(5..<6, .gpe, "FRE")])
        #expect(!events.contains { $0.cameoRoot == "19" })
        #expect(!events.contains { $0.sources.contains { $0.name == "Freetown" } })
    }

    @Test func whatIsYetToHappenIsNegatedNotRefused() throws {
        let events = try events(
            "Freedonia/Freedonia/PROPN/4/nsubj and/and/CCONJ/3/cc Sylvania/Sylvania/PROPN/1/conj have/have/VERB/0/root "
                + "yet/yet/ADV/4/advmod to/to/PART/7/mark meet/meet/VERB/4/advcl ././PUNCT/4/punct",
            [(0..<1, .gpe, "FRE"), (2..<3, .gpe, "SYL")])
        let meeting = try #require(events.first)
        #expect(meeting.cameoRoot == "04")
        #expect(meeting.modality == .negated)
    }

    @Test func failingAtNothingCodedIsNoRefusal() throws {
        let events = try events(
            "Freedonia/Freedonia/PROPN/2/nsubj failed/fail/VERB/0/root to/to/PART/4/mark reach/reach/VERB/2/xcomp "
                + "its/its/PRON/6/nmod:poss targets/target/NOUN/4/obj ././PUNCT/2/punct",
            [(0..<1, .gpe, "FRE")])
        #expect(!events.contains { $0.cameoRoot == "12" })
    }

    @Test func withdrawingFromAnElectionIsNoMilitaryRetreat() throws {
        let election = try events(
            "Freedonia/Freedonia/PROPN/2/nsubj announced/announce/VERB/0/root its/its/PRON/4/nmod:poss withdrawal/withdrawal/NOUN/2/obj "
                + "from/from/ADP/7/case the/the/DET/7/det elections/election/NOUN/4/nmod ././PUNCT/2/punct",
            [(0..<1, .gpe, "FRE")])
        #expect(!election.contains { $0.cameo == "0874" })
        let place = try events(
            "Freedonia/Freedonia/PROPN/2/nsubj announced/announce/VERB/0/root its/its/PRON/4/nmod:poss withdrawal/withdrawal/NOUN/2/obj "
                + "from/from/ADP/6/case Sylvania/Sylvania/PROPN/4/nmod ././PUNCT/2/punct",
            [(0..<1, .gpe, "FRE"), (5..<6, .gpe, "SYL")])
        #expect(place.contains { $0.cameo == "0874" })
    }

    @Test func anInvitationFromSomeoneIsTheirs() throws {
        let events = try events(
            "Bob/Bob/PROPN/2/nsubj received/receive/VERB/0/root an/a/DET/4/det invitation/invitation/NOUN/2/obj "
                + "from/from/ADP/6/case Alice/Alice/PROPN/4/nmod ././PUNCT/2/punct",
            [(0..<1, .person, "FRE/GOV"), (5..<6, .person, "SYL/GOV")])
        let invitation = try #require(events.first { $0.cameoRoot == "02" })
        #expect(invitation.sources.map(\.name) == ["Alice"])
        #expect(invitation.targets.map(\.name) == ["Bob"])
        #expect(!events.contains { $0.cameo == "043" })
    }

    @Test func aTitleParsedAsTheHeadNamesItsHolder() throws {
        var document = TestDocument.build([TestSentence(
            tokens: "Bob/Bob/PROPN/2/nsubj met/meet/VERB/0/root with/with/ADP/6/case Sylvanian/Sylvanian/ADJ/6/amod "
                + "Foreign/Foreign/PROPN/6/compound Minister/Minister/PROPN/2/obl Alice/Alice/PROPN/8/compound "
                + "Smith/Smith/PROPN/6/conj ././PUNCT/2/punct",
            entities: [(0..<1, .person, "FRE/GOV"), (3..<4, .norp, "SYL"), (6..<8, .person, "SYL/GOV")])])
        let tokens = document.sentences[0].tokens
        let title = tokens[3].range.lowerBound..<tokens[5].range.upperBound
        document.entities[2].title = Title(text: document.substring(title), role: "Foreign Minister", range: title)
        try Self.shared.get().annotate(&document)
        let meeting = try #require(document.events.first { $0.cameoRoot == "04" })
        #expect(meeting.targets.map(\.name) == ["Alice Smith"])
    }

    @Test func onlySomeoneInPowerFalls() throws {
        let regime = try events(
            "Freedonia/Freedonia/PROPN/3/nmod:poss 's/'s/PART/1/case regime/regime/NOUN/4/nsubj collapsed/collapse/VERB/0/root ././PUNCT/4/punct",
            [(0..<1, .gpe, "FRE")])
        #expect(regime.contains { $0.cameo == "0831" })
        let truce = try events(
            "The/the/DET/2/det truce/truce/NOUN/3/nsubj collapsed/collapse/VERB/0/root ././PUNCT/3/punct")
        #expect(!truce.contains { $0.cameo == "0831" })
        let missile = try events(
            "A/a/DET/2/det missile/missile/NOUN/3/nsubj fell/fall/VERB/0/root in/in/ADP/5/case Freetown/Freetown/PROPN/3/obl ././PUNCT/3/punct",
            [(4..<5, .gpe, "FRE")])
        #expect(!missile.contains { $0.cameo == "0831" })
    }

    @Test func givenAndProvidedThatJoinClausesAndGiveNothing() throws {
        let events = try events(
            "Freedonia/Freedonia/PROPN/2/nsubj backed/back/VERB/0/root the/the/DET/4/det plan/plan/NOUN/2/obj ,/,/PUNCT/6/punct "
                + "given/give/VERB/2/advcl/VBN Sylvania/Sylvania/PROPN/9/nmod:poss 's/'s/PART/7/case stance/stance/NOUN/6/obj ././PUNCT/2/punct",
            [(0..<1, .gpe, "FRE"), (6..<7, .gpe, "SYL")])
        #expect(!events.contains { $0.cameoRoot == "07" })
    }

    @Test func releasingAStatementFreesNoOne() throws {
        let events = try events(
            "Freedonia/Freedonia/PROPN/2/nsubj released/release/VERB/0/root a/a/DET/4/det statement/statement/NOUN/2/obj ././PUNCT/2/punct",
            [(0..<1, .gpe, "FRE")])
        #expect(!events.contains { $0.cameoRoot == "08" })
    }

    @Test func aPlaceFiredAtDidNotFireAtItself() throws {
        let events = try events(
            "Rockets/rocket/NOUN/3/nsubj:pass were/be/AUX/3/aux:pass fired/fire/VERB/0/root/VBN at/at/ADP/5/case "
                + "Freedonia/Freedonia/PROPN/3/obl ././PUNCT/3/punct",
            [(4..<5, .gpe, "FRE")])
        let attack = try #require(events.first { $0.cameoRoot == "19" })
        #expect(attack.targets.map(\.name) == ["Freedonia"])
        #expect(attack.sources.isEmpty)
    }

    @Test func anOfficeOfAStateIsNamedByTheWholePhrase() throws {
        let events = try events(
            "Freedonia/Freedonia/PROPN/4/nmod:poss 's/'s/PART/1/case prime/prime/ADJ/4/amod minister/minister/NOUN/5/nsubj "
                + "met/meet/VERB/0/root Bob/Bob/PROPN/5/obj ././PUNCT/5/punct",
            [(0..<1, .gpe, "FRE/GOV"), (5..<6, .person, "SYL/GOV")])
        let meeting = try #require(events.first { $0.cameoRoot == "04" })
        #expect(meeting.sources.map(\.name) == ["Freedonia 's prime minister"])
        #expect(meeting.sources.first?.code.country == "FRE")
        #expect(meeting.targets.map(\.name) == ["Bob"])
    }

    @Test func aDummyItNamesNoOne() throws {
        // "Officials in Freetown met. It was decided to dissolve the party.": no one in Freetown decided.
        let events = try Self.shared.get().events(in: [
            TestSentence(
                tokens: "Officials/official/NOUN/4/nsubj in/in/ADP/3/case Freetown/Freetown/PROPN/1/nmod met/meet/VERB/0/root ././PUNCT/4/punct",
                entities: [(2..<3, .gpe, "FRE")]),
            TestSentence(
                tokens: "It/it/PRON/3/nsubj:pass was/be/AUX/3/aux:pass decided/decide/VERB/0/root/VBN to/to/PART/5/mark "
                    + "dissolve/dissolve/VERB/3/xcomp the/the/DET/7/det party/party/NOUN/5/obj ././PUNCT/3/punct"),
        ])
        #expect(!events.contains { $0.sentence == 1 && ($0.sources + $0.targets).contains { $0.name == "Freetown" } })
    }

    @Test func withdrawingMinistersFromAGovernmentIsNoMilitaryRetreat() throws {
        let events = try events(
            "Freedonia/Freedonia/PROPN/2/nsubj withdrew/withdraw/VERB/0/root its/its/PRON/4/nmod:poss ministers/minister/NOUN/2/obj "
                + "from/from/ADP/7/case the/the/DET/7/det government/government/NOUN/4/nmod ././PUNCT/2/punct",
            [(0..<1, .gpe, "FRE")])
        #expect(!events.contains { $0.cameo == "0874" })
    }

    @Test func whatNoOneDidIsNegated() throws {
        let events = try events(
            "No/no/DET/2/det group/group/NOUN/3/nsubj claimed/claim/VERB/0/root responsibility/responsibility/NOUN/3/obj ././PUNCT/3/punct")
        let claim = try #require(events.first { $0.cameo == "015" })
        #expect(claim.modality == .negated)
    }

    @Test func whatIsDoneInSupportOfSomeoneSupportsThem() throws {
        let events = try events(
            "Freedonia/Freedonia/PROPN/2/nsubj launched/launch/VERB/0/root attacks/attack/NOUN/2/obj in/in/ADP/5/case "
                + "support/support/NOUN/2/obl of/of/ADP/7/case Sylvania/Sylvania/PROPN/5/nmod ././PUNCT/2/punct",
            [(0..<1, .gpe, "FRE"), (6..<7, .gpe, "SYL")])
        let support = try #require(events.first { $0.cameoRoot == "05" })
        #expect(support.sources.map(\.name) == ["Freedonia"])
        #expect(support.targets.map(\.name) == ["Sylvania"])
    }

    @Test func theStateOfTheAttackersIsNotTheirTarget() throws {
        let events = try events(
            "The/the/DET/2/det attack/attack/NOUN/0/root by/by/ADP/6/case Sylvania/Sylvania/PROPN/6/nmod:poss 's/'s/PART/4/case "
                + "rebels/rebel/NOUN/2/nmod ././PUNCT/2/punct",
            [(3..<4, .gpe, "SYL")])
        let attack = try #require(events.first { $0.cameoRoot == "19" })
        #expect(attack.sources.first?.code.country == "SYL")
        #expect(!attack.targets.contains { $0.name == "Sylvania" })
    }

    @Test func theCountryInATitleIsNoAntecedent() throws {
        var document = TestDocument.build([TestSentence(
            tokens: "Freedonia/Freedonia/PROPN/3/compound President/President/PROPN/3/compound Bob/Bob/PROPN/4/nsubj "
                + "announced/announce/VERB/0/root the/the/DET/6/det deal/deal/NOUN/4/obj ,/,/PUNCT/8/punct "
                + "hailing/hail/VERB/4/advcl it/it/PRON/8/obj ././PUNCT/4/punct",
            entities: [(0..<1, .gpe, "FRE"), (2..<3, .person, "FRE/GOV")])])
        let tokens = document.sentences[0].tokens
        let title = tokens[0].range.lowerBound..<tokens[1].range.upperBound
        document.entities[1].title = Title(text: document.substring(title), role: "President", organization: "Freedonia", range: title)
        try Self.shared.get().annotate(&document)
        #expect(!document.events.contains { $0.targets.contains { $0.name == "Freedonia" } })
    }

    @Test func theOneInvitedVisitsNotTheOneInviting() throws {
        // "Bob accepted an invitation from Alice to visit Freetown."
        let events = try events(
            "Bob/Bob/PROPN/2/nsubj accepted/accept/VERB/0/root an/a/DET/4/det invitation/invitation/NOUN/2/obj "
                + "from/from/ADP/6/case Alice/Alice/PROPN/4/nmod to/to/PART/8/mark visit/visit/VERB/4/acl "
                + "Freetown/Freetown/PROPN/8/obj ././PUNCT/2/punct",
            [(0..<1, .person, "FRE/GOV"), (5..<6, .person, "SYL/GOV"), (8..<9, .gpe, "SYL")])
        let visit = try #require(events.first { $0.trigger == "visit" })
        #expect(visit.sources.map(\.name) == ["Bob"])
    }

    @Test func aWireDatelineWithADateAndAnOutletIsNoActor() throws {
        // "FREETOWN , Jan 5 ( Wire ) - Sylvania attacked Freedonia ."
        let events = try Self.shared.get().events(in: [TestSentence(
            tokens: "FREETOWN/Freetown/PROPN/10/dep ,/,/PUNCT/1/punct Jan/Jan/PROPN/1/appos 5/5/NUM/3/nummod (/(/PUNCT/6/punct "
                + "Wire/Wire/PROPN/1/appos )/)/PUNCT/6/punct -/-/PUNCT/9/punct Sylvania/Sylvania/PROPN/10/nsubj "
                + "attacked/attack/VERB/0/root Freedonia/Freedonia/PROPN/10/obj ././PUNCT/10/punct",
            entities: [(0..<1, .gpe, "FRT"), (5..<6, .organization, "WIR/MED"), (8..<9, .gpe, "SYL"), (10..<11, .gpe, "FRE")])],
            phrases: ["FREETOWN": "FRT", "Wire": "WIR/MED"])
        let attack = try #require(events.first { $0.cameoRoot == "19" })
        #expect(attack.sources.map(\.name) == ["Sylvania"])
        #expect(attack.targets.map(\.name) == ["Freedonia"])
        #expect(!events.contains { ($0.sources + $0.targets).contains { $0.name == "FREETOWN" || $0.name == "Wire" } })
    }
}
