import FaultlineCore
import Testing
@testable import FaultlineEvents

/// The founding article's shapes, in sentences of our own, parsed by hand (UD conventions).
@Suite struct EventCoderTests {
    /// Loaded once for the suite.
    static let shared = Result { try EventAnnotator.bundled() }
    let coder: EventAnnotator

    init() throws { coder = try Self.shared.get() }

    private func events(_ sentences: [TestSentence]) throws -> [CodedEvent] {
        try coder.events(in: sentences)
    }

    @Test func dispatchingSomeoneToAPlaceIsTheirVisit() throws {
        let events = try events([TestSentence(
            tokens: "Tehran/Tehran/PROPN/2/nsubj dispatched/dispatch/VERB/0/root commander/commander/NOUN/4/compound "
                + "Ali/Ali/PROPN/2/obj Rezaei/Rezaei/PROPN/4/flat to/to/ADP/7/case Damascus/Damascus/PROPN/2/obl "
                + "this/this/DET/9/det week/week/NOUN/2/obl:tmod ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "IRN"), (3..<5, .person, "IRN/MIL"), (6..<7, .gpe, "SYR")],
            times: [(7..<9, "2025-W44")])])
        let visit = try #require(events.first)
        #expect(visit.cameo == "042")
        #expect(visit.plover.event == "CONSULT")
        #expect(visit.plover.mode == "visit")
        #expect(visit.sources.map(\.name) == ["Ali Rezaei"])
        #expect(visit.targets.map(\.code.country) == ["SYR"])
        #expect(visit.location == Place(name: "Damascus", country: "SYR"))
        #expect(visit.date == CivilDate(iso: "2025-10-27"))
        #expect(visit.datePrecision == .week)
        #expect(visit.modality == .asserted)
    }

    @Test func meetingLeadersOfAnOrganisation() throws {
        let events = try events([TestSentence(
            tokens: "Rezaei/Rezaei/PROPN/2/nsubj met/meet/VERB/0/root leaders/leader/NOUN/2/obj of/of/ADP/7/case "
                + "the/the/DET/7/det Ruling/Ruling/PROPN/7/compound Alliance/Alliance/PROPN/3/nmod ././PUNCT/2/punct",
            entities: [(0..<1, .person, "IRN/MIL"), (5..<7, .organization, "SYR/PTY")])])
        let meeting = try #require(events.first)
        #expect(meeting.cameo == "040")
        #expect(meeting.plover.event == "CONSULT")
        #expect(meeting.sources.map(\.name) == ["Rezaei"])
        #expect(meeting.targets.map(\.code.country) == ["SYR"])
        #expect(meeting.date == CivilDate(iso: "2025-10-30"))
        #expect(meeting.datePrecision == .day)
    }

    @Test func reportedMeetingAndUrgingRestraint() throws {
        let events = try events([TestSentence(
            tokens: "State/state/NOUN/2/compound media/media/NOUN/3/nsubj reported/report/VERB/0/root that/that/SCONJ/6/mark "
                + "Rezaei/Rezaei/PROPN/6/nsubj met/meet/VERB/3/ccomp militia/militia/NOUN/8/compound leaders/leader/NOUN/6/obj "
                + ",/,/PUNCT/10/punct urging/urge/VERB/6/advcl restraint/restraint/NOUN/10/obj ././PUNCT/3/punct",
            entities: [(4..<5, .person, "IRN/MIL")])])
        #expect(events.count == 2)
        let meeting = try #require(events.first { $0.cameo == "040" })
        #expect(meeting.modality == .reported)
        #expect(meeting.attribution?.name == "State media")
        #expect(meeting.attribution?.kind == .media)
        let request = try #require(events.first { $0.plover.event == "REQUEST" })
        #expect(request.cameo == "0256")
        #expect(request.sources.map(\.name) == ["Rezaei"])
        #expect(request.attribution?.name == "State media")
        #expect(request.trigger == "urging restraint")
    }

    @Test func callingForAnElectionBoycott() throws {
        let events = try events([TestSentence(
            tokens: "The/the/DET/2/det cleric/cleric/NOUN/3/compound Ahmad/Ahmad/PROPN/6/nsubj Karimi/Karimi/PROPN/3/flat "
                + "has/have/AUX/6/aux called/call/VERB/0/root for/for/ADP/10/case an/a/DET/10/det "
                + "election/election/NOUN/10/compound boycott/boycott/NOUN/6/obl ././PUNCT/6/punct",
            entities: [(2..<4, .person, "IRQ/REL")])])
        let boycott = try #require(events.first)
        #expect(events.count == 1)
        #expect(boycott.cameo == "143")
        #expect(boycott.plover.event == "PROTEST")
        #expect(boycott.plover.mode == "boycott")
        #expect(boycott.plover.context.contains("election"))
        #expect(boycott.modality == .requested)
        #expect(boycott.sources.map(\.name) == ["Ahmad Karimi"])
    }

    @Test func phoneCallStressingDisarmamentWithReadout() throws {
        let events = try events([TestSentence(
            tokens: "Secretary/secretary/PROPN/2/compound Jane/Jane/PROPN/4/nsubj Doe/Doe/PROPN/2/flat called/call/VERB/0/root "
                + "Prime/prime/PROPN/6/compound Minister/minister/PROPN/7/compound Omar/Omar/PROPN/4/obj Said/Said/PROPN/7/flat "
                + ",/,/PUNCT/10/punct stressing/stress/VERB/4/advcl the/the/DET/12/det urgency/urgency/NOUN/10/obj "
                + "of/of/SCONJ/14/mark disarming/disarm/VERB/12/acl militias/militia/NOUN/14/obj ,/,/PUNCT/22/punct "
                + "according/accord/VERB/22/case to/to/ADP/17/fixed a/a/DET/22/det Foreign/Foreign/PROPN/21/compound "
                + "Ministry/Ministry/PROPN/22/compound readout/readout/NOUN/4/obl ././PUNCT/4/punct",
            entities: [(1..<3, .person, "USA/GOV"), (6..<8, .person, "IRQ/GOV"), (19..<21, .organization, "OMN/GOV")])])
        let call = try #require(events.first { $0.plover.event == "CONSULT" })
        #expect(call.cameo == "041")
        #expect(call.plover.mode == "phone")
        #expect(call.sources.map(\.name) == ["Jane Doe"])
        #expect(call.targets.map(\.name) == ["Omar Said"])
        #expect(call.attribution?.name == "Foreign Ministry readout")
        #expect(call.attribution?.kind == .document)
        let request = try #require(events.first { $0.plover.event == "REQUEST" })
        #expect(request.cameo == "0256")
        #expect(request.sources.map(\.name) == ["Jane Doe"])
        #expect(request.targets.map(\.name) == ["Omar Said"])
        #expect(request.attribution?.kind == .document)
        #expect(events.count == 2)
    }

    @Test func accordingToPhraseIsReadOffTheWordsWhenTheTreeIsWrong() throws {
        // A wrong parse hangs "according" on the main verb; the voice must still be the noun
        // phrase after "according to", not the whole sentence.
        let events = try events([TestSentence(
            tokens: "Jane/Jane/PROPN/3/nsubj Doe/Doe/PROPN/1/flat met/meet/VERB/0/root Omar/Omar/PROPN/3/obj "
                + "Said/Said/PROPN/4/flat ,/,/PUNCT/7/punct according/accord/VERB/3/advcl to/to/ADP/7/fixed "
                + "the/the/DET/11/det Foreign/Foreign/PROPN/11/compound Ministry/Ministry/PROPN/3/obl ././PUNCT/3/punct",
            entities: [(0..<2, .person, "USA/GOV"), (3..<5, .person, "IRQ/GOV"), (9..<11, .organization, "OMN/GOV")])])
        let meeting = try #require(events.first { $0.plover.event == "CONSULT" })
        #expect(meeting.attribution?.name == "Foreign Ministry")
        #expect(meeting.modality == .reported)
    }

    @Test func backgroundWarAndAssassination() throws {
        let events = try events([TestSentence(
            tokens: "Hezbollah/Hezbollah/PROPN/3/nmod:poss 's/'s/PART/1/case capabilities/capability/NOUN/5/nsubj:pass "
                + "were/be/AUX/5/aux:pass eroded/erode/VERB/0/root following/follow/VERB/7/case war/war/NOUN/5/obl "
                + "with/with/ADP/9/case Israel/Israel/PROPN/7/nmod and/and/CCONJ/13/cc Nasrallah/Nasrallah/PROPN/13/nmod:poss "
                + "'s/'s/PART/11/case assassination/assassination/NOUN/7/conj ././PUNCT/5/punct",
            entities: [(0..<1, .organization, "LBN/REB"), (8..<9, .gpe, "ISR"), (10..<11, .person, "LBN/REB")])])
        let war = try #require(events.first { $0.cameoRoot == "19" })
        #expect(war.sources.map(\.name) == ["Hezbollah"])
        #expect(war.targets.map(\.name) == ["Israel"])
        #expect(war.modality == .asserted)
        #expect(war.datePrecision == .unknown)
        let assassination = try #require(events.first { $0.cameo == "186" })
        #expect(assassination.targets.map(\.name) == ["Nasrallah"])
        #expect(assassination.sources.isEmpty)
        #expect(assassination.plover.event == "ASSAULT")
    }

    @Test func possessorOfAFallIsItsSource() throws {
        let events = try events([TestSentence(
            tokens: "Assad/Assad/PROPN/3/nmod:poss 's/'s/PART/1/case fall/fall/NOUN/4/nsubj severed/sever/VERB/0/root "
                + "the/the/DET/6/det corridor/corridor/NOUN/4/obj ././PUNCT/4/punct",
            entities: [(0..<1, .person, "SYR/GOV")])])
        let fall = try #require(events.first)
        #expect(fall.cameo == "0831")
        #expect(fall.sources.map(\.code.description) == ["SYRGOV"])
    }

    @Test func passiveAgentIsTheSource() throws {
        let events = try events([TestSentence(
            tokens: "The/the/DET/2/det minister/minister/NOUN/4/nsubj:pass was/be/AUX/4/aux:pass killed/kill/VERB/0/root "
                + "by/by/ADP/6/case rebels/rebel/NOUN/4/obl ././PUNCT/4/punct")])
        let killing = try #require(events.first)
        #expect(killing.cameo == "190")
        #expect(killing.sources.map(\.code.sector) == ["REB"])
        #expect(killing.targets.map(\.code.sector) == ["GOV"])
    }

    @Test func compoundSourcesSignOneAgreement() throws {
        let events = try events([TestSentence(
            tokens: "Iran/Iran/PROPN/4/nsubj and/and/CCONJ/3/cc Iraq/Iraq/PROPN/1/conj signed/sign/VERB/0/root "
                + "an/a/DET/6/det agreement/agreement/NOUN/4/obj ././PUNCT/4/punct",
            entities: [(0..<1, .gpe, "IRN"), (2..<3, .gpe, "IRQ")])])
        #expect(events.count == 1)
        #expect(events.first?.cameo == "057")
        #expect(events.first?.sources.map(\.name) == ["Iran", "Iraq"])
    }

    @Test func futureSupportIsAnIntentAndNegationIsKept() throws {
        let events = try events([
            TestSentence(
                tokens: "Hungary/Hungary/PROPN/3/nsubj will/will/AUX/3/aux support/support/VERB/0/root the/the/DET/5/det "
                    + "resolution/resolution/NOUN/3/obj ././PUNCT/3/punct",
                entities: [(0..<1, .gpe, "HUN")]),
            TestSentence(
                tokens: "Iran/Iran/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod attack/attack/VERB/0/root "
                    + "Israel/Israel/PROPN/4/obj ././PUNCT/4/punct",
                entities: [(0..<1, .gpe, "IRN"), (4..<5, .gpe, "ISR")]),
        ])
        let support = try #require(events.first { $0.sentence == 0 })
        #expect(support.cameo == "032")
        #expect(support.plover.event == "AGREE")
        #expect(support.modality == .planned)
        let attack = try #require(events.first { $0.sentence == 1 })
        #expect(attack.modality == .negated)
        #expect(attack.targets.map(\.name) == ["Israel"])
    }

    @Test func reportedObligationIsADemand() throws {
        let events = try events([TestSentence(
            tokens: "Russia/Russia/PROPN/2/nsubj said/say/VERB/0/root Sudan/Sudan/PROPN/5/nsubj must/must/AUX/5/aux "
                + "return/return/VERB/2/ccomp the/the/DET/7/det helicopter/helicopter/NOUN/5/obj ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "RUS"), (2..<3, .gpe, "SDN")])])
        let demand = try #require(events.first)
        #expect(demand.plover.event == "REQUEST")
        #expect(demand.cameoRoot == "10")
        #expect(demand.sources.map(\.name) == ["Russia"])
        #expect(demand.targets.map(\.name) == ["Sudan"])
    }

    @Test func possessiveVisitToACity() throws {
        let events = try events([TestSentence(
            tokens: "Rezaei/Rezaei/PROPN/3/nmod:poss 's/'s/PART/1/case visit/visit/NOUN/6/nsubj to/to/ADP/5/case "
                + "Baghdad/Baghdad/PROPN/3/nmod ended/end/VERB/0/root ././PUNCT/6/punct",
            entities: [(0..<1, .person, "IRN/MIL"), (4..<5, .gpe, "IRQ")])])
        let visit = try #require(events.first)
        #expect(visit.cameo == "042")
        #expect(visit.sources.map(\.name) == ["Rezaei"])
        #expect(visit.targets.map(\.code.country) == ["IRQ"])
        #expect(visit.location?.name == "Baghdad")
    }

    @Test func sentencesWithoutEventWordsYieldNothing() throws {
        let events = try events([TestSentence(
            tokens: "The/the/DET/2/det weather/weather/NOUN/3/nsubj was/be/AUX/3/cop mild/mild/ADJ/0/root ././PUNCT/4/punct")])
        #expect(events.isEmpty)
    }

    @Test func complementOnlyNounsComposeButStandNoEventAlone() throws {
        let events = try events([
            TestSentence(
                tokens: "Protesters/protester/NOUN/2/nsubj demanded/demand/VERB/0/root elections/election/NOUN/2/obj ././PUNCT/2/punct"),
            TestSentence(
                tokens: "The/the/DET/2/det elections/election/NOUN/3/nsubj took/take/VERB/0/root place/place/NOUN/3/obj ././PUNCT/3/punct"),
        ])
        #expect(events.count == 1)
        #expect(events.first?.cameo == "1041")
        #expect(events.first?.sources.map(\.code.sector) == ["CVL"])
    }

    @Test func aViolentNounAsSubjectNamesTheAttack() throws {
        let events = try events([TestSentence(
            tokens: "A/a/DET/3/det roadside/roadside/NOUN/3/compound bombing/bombing/NOUN/4/nsubj killed/kill/VERB/0/root "
                + "two/two/NUM/6/nummod soldiers/soldier/NOUN/4/obj ././PUNCT/4/punct")])
        #expect(events.count == 1)
        #expect(events.first?.cameo == "1833")
        #expect(events.first?.plover.mode == "explosives")
        #expect(events.first?.targets.map(\.code.sector) == ["MIL"])
    }
}
