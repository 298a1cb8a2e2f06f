import FaultlineCore
import Foundation
import Testing
@testable import FaultlineEvents

/// Which words become the source and the target: rules that keep span selection right on the
/// trees a greedy parser typically gets wrong. Sentences and parses are our own.
@Suite struct SpanSelectionTests {
    let coder: EventAnnotator

    init() throws { coder = try EventCoderTests.shared.get() }

    private func events(_ sentences: [TestSentence], phrases: [String: String] = [:]) throws -> [CodedEvent] {
        try coder.events(in: sentences, phrases: phrases)
    }

    @Test func callingAPersonIsAPhoneCallEvenWhenTheNameIsParsedAsAComplement() throws {
        // "Minister Karl Weiss called Prime Minister Ana Costa on the same day": the parser hangs
        // the name as xcomp and "on the same day" must not make it "call on".
        let events = try events([TestSentence(
            tokens: "Minister/Minister/PROPN/2/compound Weiss/Weiss/PROPN/3/nsubj called/call/VERB/0/root "
                + "Prime/Prime/ADJ/5/amod Minister/Minister/PROPN/6/nmod:desc Costa/Costa/PROPN/3/xcomp "
                + "on/on/ADP/10/case the/the/DET/10/det same/same/ADJ/10/amod day/day/NOUN/3/obl ././PUNCT/3/punct",
            entities: [(1..<2, .person, "DEU/GOV"), (5..<6, .person, "PRT/GOV")])])
        let call = try #require(events.first)
        #expect(call.cameo == "041")
        #expect(call.plover.event == "CONSULT")
        #expect(call.sources.map(\.name) == ["Weiss"])
        #expect(call.targets.map(\.name) == ["Costa"])
        #expect(!events.contains { $0.cameoRoot == "02" })
    }

    @Test func callingOnSomeoneToActStaysAnAppeal() throws {
        let events = try events([TestSentence(
            tokens: "Weiss/Weiss/PROPN/2/nsubj called/call/VERB/0/root on/on/ADP/4/case Portugal/Portugal/PROPN/2/obl "
                + "to/to/PART/6/mark negotiate/negotiate/VERB/2/xcomp ././PUNCT/2/punct",
            entities: [(0..<1, .person, "DEU/GOV"), (3..<4, .gpe, "PRT")])])
        let appeal = try #require(events.first)
        #expect(appeal.cameoRoot == "02")
        #expect(appeal.targets.map(\.name) == ["Portugal"])
    }

    @Test func aTimeTakenForTheSubjectLeavesTheActorBeforeTheVerb() throws {
        // "Danish police on Monday detained two activists", with "Monday" parsed as the subject.
        let events = try events([TestSentence(
            tokens: "Danish/Danish/ADJ/2/amod police/police/NOUN/5/obl on/on/ADP/4/case Monday/Monday/PROPN/5/nsubj "
                + "detained/detain/VERB/0/root two/two/NUM/7/nummod activists/activist/NOUN/5/obj ././PUNCT/5/punct",
            entities: [(0..<1, .norp, "DNK/COP")],
            times: [(3..<4, "2025-10-27")])])
        let arrest = try #require(events.first)
        #expect(arrest.cameoRoot == "17")
        #expect(arrest.sources.map(\.code.country) == ["DNK"])
    }

    @Test func ofTwoSubjectsTheOneNamingAnActorActs() throws {
        // "Hours later Ortega expelled the envoy": "Hours" parsed as a second subject.
        let events = try events([TestSentence(
            tokens: "Hours/hour/NOUN/4/nsubj later/late/ADV/4/advmod Ortega/Ortega/PROPN/4/nsubj expelled/expel/VERB/0/root "
                + "the/the/DET/6/det envoy/envoy/NOUN/4/obj ././PUNCT/4/punct",
            entities: [(2..<3, .person, "NIC/GOV")])])
        let expulsion = try #require(events.first)
        #expect(expulsion.sources.map(\.name) == ["Ortega"])
    }

    @Test func aPassiveLabelWithoutAuxiliaryIsAnActiveClause() throws {
        // "Novak shortened by one hour the curfew": the parser calls Novak a passive subject and
        // "by one hour" the agent; without "was" the clause is active.
        let events = try events([TestSentence(
            tokens: "Novak/Novak/PROPN/2/nsubj:pass shortened/shorten/VERB/0/root by/by/ADP/5/case one/one/NUM/5/nummod "
                + "hour/hour/NOUN/2/obl:agent the/the/DET/7/det curfew/curfew/NOUN/2/obj ././PUNCT/2/punct",
            entities: [(0..<1, .person, "SRB/GOV")])])
        let easing = try #require(events.first)
        #expect(easing.sources.map(\.name) == ["Novak"])
        #expect(!easing.targets.contains { $0.name == "Novak" })
    }

    @Test func aCommittedSubjectIsTheOneWhoIntends() throws {
        let events = try events([TestSentence(
            tokens: "Chile/Chile/PROPN/3/nsubj:pass is/be/AUX/3/aux:pass committed/commit/VERB/0/root to/to/SCONJ/5/mark "
                + "reforming/reform/VERB/3/advcl the/the/DET/7/det economy/economy/NOUN/5/obj ././PUNCT/3/punct",
            entities: [(0..<1, .gpe, "CHL")])])
        let intent = try #require(events.first { $0.cameoRoot == "03" })
        #expect(intent.sources.map(\.name) == ["Chile"])
        #expect(intent.targets.isEmpty)
    }

    @Test func coordinatedNationalitiesBeforeANounAreBothActors() throws {
        // "Dutch and Belgian troops attacked the town", the parse having lost "Dutch".
        let events = try events([TestSentence(
            tokens: "Dutch/Dutch/ADJ/0/root and/and/CCONJ/3/cc Belgian/Belgian/ADJ/4/amod troops/troop/NOUN/5/nsubj "
                + "attacked/attack/VERB/1/parataxis the/the/DET/7/det town/town/NOUN/5/obj ././PUNCT/1/punct",
            entities: [(0..<1, .norp, "NLD"), (2..<3, .norp, "BEL")])])
        let attack = try #require(events.first { $0.cameoRoot == "19" })
        #expect(Set(attack.sources.compactMap(\.code.country)) == ["NLD", "BEL"])
        #expect(attack.sources.allSatisfy { $0.code.sector == "MIL" })
    }

    @Test func anUnclaimedBombingIsCodedToThePlace() throws {
        let events = try events([TestSentence(
            tokens: "A/a/DET/2/det bombing/bombing/NOUN/8/nsubj near/near/ADP/5/case the/the/DET/5/det town/town/NOUN/2/nmod "
                + "of/of/ADP/7/case Tikrit/Tikrit/PROPN/5/nmod killed/kill/VERB/0/root two/two/NUM/10/nummod "
                + "soldiers/soldier/NOUN/8/obj ././PUNCT/8/punct",
            entities: [(6..<7, .gpe, "IRQ")])])
        let attack = try #require(events.first)
        #expect(attack.cameoRoot == "18")
        #expect(attack.sources.map(\.code.country) == ["IRQ"])
        #expect(attack.location?.name == "Tikrit")
    }

    @Test func aMediatorActsOnBothParties() throws {
        let events = try events([TestSentence(
            tokens: "Norway/Norway/PROPN/2/nsubj launched/launch/VERB/0/root a/a/DET/4/det mediation/mediation/NOUN/2/obj "
                + "between/between/ADP/6/case Peru/Peru/PROPN/4/nmod and/and/CCONJ/8/cc Chile/Chile/PROPN/6/conj ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "NOR"), (5..<6, .gpe, "PER"), (7..<8, .gpe, "CHL")])])
        let mediation = try #require(events.first)
        #expect(mediation.cameo == "045")
        #expect(mediation.sources.map(\.name) == ["Norway"])
        #expect(Set(mediation.targets.map(\.name)) == ["Peru", "Chile"])
    }

    @Test func aFallbackTargetKeepsItsCoordinatedActors() throws {
        // The parse hangs "between Peru and Chile" on "Monday", away from the event noun.
        let events = try events([TestSentence(
            tokens: "Norway/Norway/PROPN/2/nsubj launched/launch/VERB/0/root a/a/DET/4/det mediation/mediation/NOUN/2/obj "
                + "on/on/ADP/6/case Monday/Monday/PROPN/4/nmod between/between/ADP/8/case Peru/Peru/PROPN/6/nmod "
                + "and/and/CCONJ/10/cc Chile/Chile/PROPN/8/conj ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "NOR"), (7..<8, .gpe, "PER"), (9..<10, .gpe, "CHL")])])
        let mediation = try #require(events.first)
        #expect(mediation.sources.map(\.name) == ["Norway"])
        #expect(Set(mediation.targets.map(\.name)) == ["Peru", "Chile"])
    }

    @Test func anAbsoluteParticipleTellsWhatBefellItsSubject() throws {
        // "With Peru weakened, Chile battered in Lima, Bolivia rose ." parsed with "With" as the
        // clause's marker and "battered" as an active verb under "weakened".
        let events = try events([TestSentence(
            tokens: "With/with/SCONJ/3/mark Peru/Peru/PROPN/3/nsubj weakened/weaken/VERB/10/advcl/VBD ,/,/PUNCT/6/punct "
                + "Chile/Chile/PROPN/6/nsubj battered/batter/VERB/3/advcl/VBD in/in/ADP/8/case Lima/Lima/PROPN/6/obl "
                + ",/,/PUNCT/3/punct Bolivia/Bolivia/PROPN/10/nsubj rose/rise/VERB/0/root ././PUNCT/10/punct",
            entities: [(1..<2, .gpe, "PER"), (4..<5, .gpe, "CHL"), (7..<8, .gpe, "PER"), (9..<10, .gpe, "BOL")])])
        let attack = try #require(events.first { $0.trigger == "battered" })
        #expect(attack.targets.map(\.name) == ["Chile"])
        #expect(!attack.sources.contains { $0.name == "Chile" })
    }

    @Test func aFiniteVerbTakesTheNounRightBeforeItWhenTheParseLostItsSubject() throws {
        // "Bolivia rose after Peru weakened and Chile collapsed", with "Chile" hung on "Peru".
        let events = try events([TestSentence(
            tokens: "Bolivia/Bolivia/PROPN/2/nsubj rose/rise/VERB/0/root after/after/SCONJ/5/mark Peru/Peru/PROPN/5/nsubj "
                + "weakened/weaken/VERB/2/advcl/VBD and/and/CCONJ/7/cc Chile/Chile/PROPN/4/conj "
                + "collapsed/collapse/VERB/2/advcl/VBD ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "BOL"), (3..<4, .gpe, "PER"), (6..<7, .gpe, "CHL")])])
        let fall = try #require(events.first { $0.trigger == "collapsed" })
        #expect(fall.sources.map(\.name) == ["Chile"])
    }

    @Test func callingOnesCounterpartIsAPhoneCall() throws {
        let events = try events([TestSentence(
            tokens: "Peru/Peru/PROPN/2/nsubj called/call/VERB/0/root its/its/PRON/5/nmod:poss Chilean/Chilean/ADJ/5/amod "
                + "counterpart/counterpart/NOUN/2/obj ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "PER"), (3..<4, .norp, "CHL")])])
        #expect(events.first?.cameo == "041")
        #expect(events.first?.targets.map(\.name) == ["Chilean"])
    }

    @Test func aCounterpartIsNotThePossessorButThePersonNamedBesideIt() throws {
        // "Garcia met Morales. He called his counterpart, Ruiz": the call is to Ruiz, not Morales.
        let events = try events([
            TestSentence(tokens: "Garcia/Garcia/PROPN/2/nsubj met/meet/VERB/0/root Morales/Morales/PROPN/2/obj ././PUNCT/2/punct",
                         entities: [(0..<1, .person, "PERGOV"), (2..<3, .person, "BOLGOV")]),
            TestSentence(
                tokens: "He/he/PRON/2/nsubj called/call/VERB/0/root his/his/PRON/4/nmod:poss counterpart/counterpart/NOUN/2/obj "
                    + ",/,/PUNCT/6/punct Ruiz/Ruiz/PROPN/4/appos ././PUNCT/2/punct",
                entities: [(5..<6, .person, "CHLGOV")]),
        ])
        let call = try #require(events.first { $0.cameo == "041" })
        #expect(call.targets.map(\.name) == ["Ruiz"])
    }

    @Test func aHyphenatedEventNounTheTokenizerSplitIsStillAnEvent() throws {
        let events = try events([TestSentence(
            tokens: "Peru/Peru/PROPN/2/nsubj announced/announce/VERB/0/root a/a/DET/6/det cease/cease/NOUN/6/compound "
                + "-/-/PUNCT/4/punct fire/fire/NOUN/2/obj with/with/ADP/8/case Chile/Chile/PROPN/6/nmod ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "PER"), (7..<8, .gpe, "CHL")])])
        let truce = try #require(events.first)
        #expect(truce.cameo == "0871")
        #expect(truce.targets.map(\.name) == ["Chile"])
    }

    @Test func aRecipientHungOnTheObjectsOfPhraseIsTheTarget() throws {
        let events = try events([TestSentence(
            tokens: "Peru/Peru/PROPN/2/nsubj returned/return/VERB/0/root dozens/dozen/NOUN/2/obj of/of/ADP/6/case "
                + "Incan/Incan/ADJ/6/amod artifacts/artifact/NOUN/3/nmod to/to/ADP/8/case Chile/Chile/PROPN/6/nmod ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "PER"), (4..<5, .norp, "PER"), (7..<8, .gpe, "CHL")])])
        let handback = try #require(events.first)
        #expect(handback.cameo.hasPrefix("084"))
        #expect(handback.targets.map(\.name) == ["Chile"])
    }

    @Test func aParticipleWithAByAgentIsPassive() throws {
        // "Money donated by Peru arrived": Peru gave it.
        let events = try events([TestSentence(
            tokens: "Money/money/NOUN/5/nsubj donated/donate/VERB/1/acl/VBN by/by/ADP/4/case Peru/Peru/PROPN/2/obl:agent "
                + "arrived/arrive/VERB/0/root ././PUNCT/5/punct",
            entities: [(3..<4, .gpe, "PER")])])
        let donation = try #require(events.first { $0.trigger == "donated" })
        #expect(donation.sources.map(\.name) == ["Peru"])
        #expect(donation.targets.isEmpty)
    }

    @Test func aPlaceHungOnTheTimePhraseIsWhereItHappened() throws {
        // "Garcia was arrested on Monday in Peru", "in Peru" hung on "Monday": Peru's state arrested him.
        let events = try events([TestSentence(
            tokens: "Garcia/Garcia/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass arrested/arrest/VERB/0/root/VBN on/on/ADP/5/case "
                + "Monday/Monday/PROPN/3/obl in/in/ADP/7/case Peru/Peru/PROPN/5/nmod ././PUNCT/3/punct",
            entities: [(0..<1, .person, "PER"), (6..<7, .gpe, "PER")], times: [(4..<5, "XXXX-WXX-1")])])
        let arrest = try #require(events.first)
        #expect(arrest.location?.name == "Peru")
        #expect(arrest.sources.map(\.name) == ["Peru"])
        #expect(arrest.targets.map(\.name) == ["Garcia"])
    }

    @Test func whoeverASenderSendsIsItsOwn() throws {
        // "Peru sent officials to Chile": Peru's officials visit Chile.
        let events = try events([TestSentence(
            tokens: "Peru/Peru/PROPN/2/nsubj sent/send/VERB/0/root officials/official/NOUN/2/obj to/to/ADP/5/case "
                + "Chile/Chile/PROPN/2/obl ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "PER"), (4..<5, .gpe, "CHL")])], phrases: ["officials": "/GOV"])
        let visit = try #require(events.first)
        #expect(visit.cameo == "042")
        #expect(visit.sources.map(\.code.country) == ["PER"])
        #expect(visit.targets.map(\.name) == ["Chile"])
    }

    @Test func aWordOfAPersonsNameIsNoContext() throws {
        // "Ali Shia Karim met Ruiz": "Shia" names a man, it says nothing of religion; "Shiite
        // clerics" would.
        let named = try events([TestSentence(
            tokens: "Ali/Ali/PROPN/4/nsubj Shia/Shia/PROPN/1/flat Karim/Karim/PROPN/1/flat met/meet/VERB/0/root "
                + "Ruiz/Ruiz/PROPN/4/obj ././PUNCT/4/punct",
            entities: [(0..<3, .person, "IRQGOV"), (4..<5, .person, "PERGOV")])])
        #expect(named.first?.plover.context.contains("religion_ethnicity") == false)
        let clerics = try events([TestSentence(
            tokens: "Shia/shia/ADJ/2/amod clerics/cleric/NOUN/3/nsubj met/meet/VERB/0/root Ruiz/Ruiz/PROPN/3/obj ././PUNCT/3/punct",
            entities: [(3..<4, .person, "PERGOV")])], phrases: ["clerics": "IRQ/REL"])
        #expect(clerics.first?.plover.context.contains("religion_ethnicity") == true)
    }

    @Test func aDateIsNeverAnActor() throws {
        // "Garcia resigned on 21 May 1998": the month is no Mrs May, whatever the phrase coder knows.
        let events = try events([TestSentence(
            tokens: "Garcia/Garcia/PROPN/2/nsubj resigned/resign/VERB/0/root on/on/ADP/5/case 21/21/NUM/5/nummod "
                + "May/May/PROPN/2/obl 1998/1998/NUM/5/nummod ././PUNCT/2/punct",
            entities: [(0..<1, .person, "PERGOV")], times: [(3..<6, "1998-05-21")])], phrases: ["May": "GBRGOV"])
        let resignation = try #require(events.first)
        #expect(resignation.targets.isEmpty)
    }

    @Test func anAsPhraseHungOnTheObjectStillCompletesTheVerb() throws {
        // "held thousands of villagers as human shields", the parse hanging "as shields" under "villagers".
        let events = try events([TestSentence(
            tokens: "Rebels/rebel/NOUN/2/nsubj held/hold/VERB/0/root thousands/thousand/NOUN/2/obj of/of/ADP/5/case "
                + "villagers/villager/NOUN/3/nmod as/as/ADP/8/case human/human/ADJ/8/amod shields/shield/NOUN/5/nmod "
                + "././PUNCT/2/punct")])
        #expect(events.first?.cameo == "184")
    }

    @Test func aNounInAnAccordingToPhraseIsNoEvent() throws {
        let events = try events([TestSentence(
            tokens: "Peru/Peru/PROPN/2/nsubj closed/close/VERB/0/root schools/school/NOUN/2/obj ,/,/PUNCT/9/punct "
                + "according/accord/VERB/9/case to/to/ADP/5/fixed a/a/DET/9/det press/press/NOUN/9/compound "
                + "release/release/NOUN/2/obl by/by/ADP/12/case the/the/DET/12/det rebels/rebel/NOUN/9/nmod ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "PER")])])
        #expect(!events.contains { $0.trigger.contains("release") })
    }

    @Test func suspendingPartOfAnAidProgramHaltsAid() throws {
        let events = try events([TestSentence(
            tokens: "Japan/Japan/PROPN/2/nsubj suspended/suspend/VERB/0/root part/part/NOUN/2/obj of/of/ADP/7/case "
                + "an/a/DET/7/det aid/aid/NOUN/7/compound program/program/NOUN/3/nmod for/for/ADP/9/case "
                + "Laos/Laos/PROPN/7/nmod ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "JPN"), (8..<9, .gpe, "LAO")])])
        let halt = try #require(events.first)
        #expect(halt.plover.event == "SANCTION")
        #expect(halt.sources.map(\.name) == ["Japan"])
        #expect(halt.targets.map(\.name) == ["Laos"])
    }

    @Test func aPrepositionalPhraseIsNotTheOwnerOfAnEventNoun() throws {
        // "Spain announced a suspension of air links with Serbia": the phrase coder must not read
        // "air links with Serbia" as a Serbian actor owning the suspension.
        let events = try events([TestSentence(
            tokens: "Spain/Spain/PROPN/2/nsubj announced/announce/VERB/0/root a/a/DET/4/det suspension/suspension/NOUN/2/obj "
                + "of/of/ADP/7/case air/air/NOUN/7/compound links/link/NOUN/4/nmod with/with/ADP/9/case "
                + "Serbia/Serbia/PROPN/7/nmod ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "ESP")])], phrases: ["Serbia": "SRB"])
        let sanction = try #require(events.first)
        #expect(sanction.cameoRoot == "16")
        #expect(sanction.sources.map(\.code.country) == ["ESP"])
    }

    @Test func aGroupSpreadThroughoutACountryBelongsToIt() throws {
        let events = try events([TestSentence(
            tokens: "Students/student/NOUN/5/nsubj throughout/throughout/ADP/3/case Kenya/Kenya/PROPN/1/nmod "
                + "have/have/AUX/5/aux demonstrated/demonstrate/VERB/0/root ././PUNCT/5/punct",
            entities: [(2..<3, .gpe, "KEN")])])
        let protest = try #require(events.first)
        #expect(protest.plover.event == "PROTEST")
        #expect(protest.sources.map(\.code.country) == ["KEN"])
    }
}

/// The span reader and span scoring of `eval events --spans`.
@Suite struct SpanEvaluationTests {
    @Test func spansAreReadAsByteRangesOfTheRejoinedText() throws {
        let path = NSTemporaryDirectory() + "faultline-spans-\(UInt32.random(in: 0...UInt32.max)).txt"
        let content = "Danish B-S\npolice I-S\narrested O\nthree B-T\nmen I-T\n. O\n\nThey B-R\nmet O\n"
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sentences = try SpanSentence.read(path: path)
        #expect(sentences.count == 2)
        #expect(sentences[0].text == "Danish police arrested three men.")
        #expect(sentences[0].sources == [0..<13])
        #expect(sentences[0].targets == [23..<32])
        #expect(sentences[1].reciprocal == [0..<4])
    }

    @Test func tokensAreRejoinedAsRunningText() {
        var text = Detokenizer()
        let tokens = ["Mr", ".", "Sisi", "’", "s", "rebel", "-", "held", "camp", "(", "APML", ")", "got", "3", ".", "5",
                      "million", ",", "officials", "did", "n't", "say", "."]
        let ranges = tokens.map { text.append($0) }
        #expect(text.text == "Mr. Sisi’s rebel-held camp (APML) got 3.5 million, officials didn't say.")
        let bytes = Array(text.text.utf8)
        #expect(zip(tokens, ranges).allSatisfy { token, range in String(decoding: bytes[range], as: UTF8.self) == token })
    }

    @Test func malformedSpanLabelsAreNamed() throws {
        let path = NSTemporaryDirectory() + "faultline-spans-bad-\(UInt32.random(in: 0...UInt32.max)).txt"
        try "Danish X-S\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: EvaluationError.self) { try SpanSentence.read(path: path) }
    }

    @Test func overlapWithAGoldSpanCountsAsAgreement() throws {
        let sentence = SpanSentence(text: "Danish police arrested three men .", sources: [0..<13], targets: [23..<32])
        let scores = try EventEvaluation.spans([sentence]) { text, _ in
            var document = AnalyzedDocument(text: text, metadata: DocumentMetadata())
            document.entities = [EntityMention(sentence: 0, tokens: 0..<1, range: 0..<6, text: "Danish", type: .norp)]
            document.events = [CodedEvent(
                sentence: 0, trigger: "arrested", sources: [CodedActor(name: "Danish", code: ActorCode(country: "DNK"), mention: 0)],
                targets: [CodedActor(name: "Copenhagen", code: ActorCode(country: "DNK"))], cameo: "173", goldstein: -5,
                quadClass: 4, plover: PloverCoding(event: "COERCE"), date: nil, datePrecision: .unknown, location: nil,
                attribution: nil, modality: .asserted, confidence: 0.9)]
            return document
        }
        #expect(scores.sourceAgreement == 1)
        #expect(scores.targetAgreement == 0)
        #expect(scores.targetMissing == 0)
    }
}

/// Pronouns of reported speech, mis-tagged agent nouns and agents named in another clause.
@Suite struct ReportedSpeakerTests {
    let coder: EventAnnotator

    init() throws { coder = try EventCoderTests.shared.get() }

    private func events(_ sentences: [TestSentence]) throws -> [CodedEvent] {
        try coder.events(in: sentences)
    }

    @Test func theSubjectPronounOfAReportedClauseIsTheSpeaker() throws {
        // "Chile said it would boycott the summit", with an earlier person as a distractor.
        let events = try events([
            TestSentence(tokens: "Ruiz/Ruiz/PROPN/2/nsubj spoke/speak/VERB/0/root ././PUNCT/2/punct", entities: [(0..<1, .person, "PER/GOV")]),
            TestSentence(
                tokens: "Chile/Chile/PROPN/2/nsubj said/say/VERB/0/root it/it/PRON/5/nsubj would/would/AUX/5/aux "
                    + "boycott/boycott/VERB/2/ccomp the/the/DET/7/det summit/summit/NOUN/5/obj ././PUNCT/2/punct",
                entities: [(0..<1, .gpe, "CHL")]),
        ])
        let boycott = try #require(events.first { $0.sentence == 1 && $0.cameoRoot != "01" })
        #expect(boycott.sources.map(\.name) == ["Chile"])
    }

    @Test func aPersonPronounDoesNotTakeACountrySpeaker() throws {
        let events = try events([
            TestSentence(tokens: "Ruiz/Ruiz/PROPN/2/nsubj spoke/speak/VERB/0/root ././PUNCT/2/punct", entities: [(0..<1, .person, "PER/GOV")]),
            TestSentence(
                tokens: "Chile/Chile/PROPN/2/nsubj said/say/VERB/0/root he/he/PRON/5/nsubj would/would/AUX/5/aux "
                    + "boycott/boycott/VERB/2/ccomp the/the/DET/7/det summit/summit/NOUN/5/obj ././PUNCT/2/punct",
                entities: [(0..<1, .gpe, "CHL")]),
        ])
        let boycott = try #require(events.first { $0.sentence == 1 && $0.cameoRoot != "01" })
        #expect(boycott.sources.map(\.name) == ["Ruiz"])
    }

    @Test func anAgentNounTaggedAsASymbolStillHeadsItsPhrase() throws {
        // "Danish police stormed the camp" with "police" tagged SYM and "Danish" as advmod.
        let events = try events([TestSentence(
            tokens: "Danish/Danish/ADJ/3/advmod police/police/SYM/3/nsubj stormed/storm/VERB/0/root the/the/DET/5/det "
                + "camp/camp/NOUN/3/obj ././PUNCT/3/punct",
            entities: [(0..<1, .norp, "DNK")])])
        let raid = try #require(events.first)
        #expect(raid.sources.map(\.code.country) == ["DNK"])
        #expect(raid.sources.map(\.code.sector) == ["COP"])
    }

    @Test func aPassiveKillingTakesTheAttackerOfItsWhenClause() throws {
        let events = try events([TestSentence(
            tokens: "Two/two/NUM/2/nummod people/person/NOUN/4/nsubj:pass were/be/AUX/4/aux:pass killed/kill/VERB/0/root "
                + "when/when/ADV/7/advmod rebels/rebel/NOUN/7/nsubj attacked/attack/VERB/4/advcl the/the/DET/9/det "
                + "embassy/embassy/NOUN/7/obj ././PUNCT/4/punct")])
        let killing = try #require(events.first { $0.trigger == "killed" })
        #expect(killing.sources.map(\.code.sector) == ["REB"])
    }
}

/// The lexicon files are read with YAML 1.2 booleans.
@Suite struct LexiconWordsTests {
    @Test func onOffYesAndNoStayWords() throws {
        let lexicon = try EventCoderTests.shared.get().lexicon
        let callOn = try #require(lexicon.verbs["call"]?.first { $0.particle == "on" })
        #expect(callOn.targetSlots == ["on", "upon"])
        #expect(lexicon.cues.negation.contains("no"))
        #expect(!lexicon.cues.negation.contains("false"))
    }

    @Test func callingOnACountryToLiftSanctionsIsAddressedToIt() throws {
        let coder = try EventCoderTests.shared.get()
        var document = TestDocument.build([TestSentence(
            tokens: "Peru/Peru/PROPN/2/nsubj called/call/VERB/0/root on/on/ADP/4/case Chile/Chile/PROPN/2/obl "
                + "to/to/PART/6/mark lift/lift/VERB/2/advcl sanctions/sanction/NOUN/6/obj against/against/ADP/9/case "
                + "Bolivia/Bolivia/PROPN/7/nmod ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "PER"), (3..<4, .gpe, "CHL"), (8..<9, .gpe, "BOL")])])
        try coder.annotate(&document)
        let appeal = try #require(document.events.first)
        #expect(appeal.plover.event == "REQUEST")
        #expect(appeal.targets.map(\.name) == ["Chile"])
    }
}

/// Background nominal events ("after the attack") are not the clause subject's own.
@Suite struct BackgroundEventTests {
    @Test func condolencesAfterAnAttackAreNotAnAttackByTheMourner() throws {
        let coder = try EventCoderTests.shared.get()
        var document = TestDocument.build([TestSentence(
            tokens: "Ruiz/Ruiz/PROPN/2/nsubj expressed/express/VERB/0/root condolences/condolence/NOUN/2/obj to/to/ADP/5/case "
                + "Chile/Chile/PROPN/3/nmod after/after/ADP/8/case the/the/DET/8/det attack/attack/NOUN/2/obl ././PUNCT/2/punct",
            entities: [(0..<1, .person, "PER/GOV"), (4..<5, .gpe, "CHL")])])
        try coder.annotate(&document)
        #expect(!document.events.contains { $0.cameoRoot == "19" || $0.cameoRoot == "18" })
        let main = try #require(EventAnnotator.mainEvent(of: 0, in: document.events))
        #expect(main.sources.map(\.name) == ["Ruiz"])
        #expect(main.targets.map(\.name) == ["Chile"])
    }
}

/// Speakers a parse joined to the object's coordination are not targets.
@Suite struct DisplacedSpeakerTests {
    @Test func trailingSpeakersJoinedToTheObjectAreNotTargets() throws {
        let coder = try EventCoderTests.shared.get()
        // "Rebels demolished Peruvian homes and farms, Chilean officials and witnesses said", the
        // speakers parsed as conjuncts of "homes" and "said" left without a subject.
        var document = TestDocument.build([TestSentence(
            tokens: "Rebels/rebel/NOUN/2/nsubj demolished/demolish/VERB/12/ccomp Peruvian/Peruvian/ADJ/4/amod homes/home/NOUN/2/obj "
                + "and/and/CCONJ/6/cc farms/farm/NOUN/4/conj ,/,/PUNCT/9/punct Chilean/Chilean/ADJ/9/amod "
                + "officials/official/NOUN/4/conj and/and/CCONJ/11/cc witnesses/witness/NOUN/4/conj said/say/VERB/0/root "
                + "././PUNCT/12/punct",
            entities: [(2..<3, .norp, "PER"), (7..<8, .norp, "CHL")])])
        try coder.annotate(&document)
        let burning = try #require(document.events.first { $0.trigger == "demolished" })
        #expect(burning.targets.compactMap(\.code.country) == ["PER"])
        #expect(burning.attribution?.name == "Chilean officials and witnesses")
        #expect(burning.modality == .reported)
    }
}

/// Noun phrases: predicate nouns and time words.
@Suite struct NounPhraseActorTests {
    @Test func aPredicateNounNamesItsSubject() throws {
        let coder = try EventCoderTests.shared.get()
        // "Norway is the main donor, providing aid to Chad".
        var document = TestDocument.build([TestSentence(
            tokens: "Norway/Norway/PROPN/5/nsubj is/be/AUX/5/cop the/the/DET/5/det main/main/ADJ/5/amod donor/donor/NOUN/0/root "
                + ",/,/PUNCT/7/punct providing/provide/VERB/5/advcl aid/aid/NOUN/7/obj to/to/ADP/10/case "
                + "Chad/Chad/PROPN/7/obl ././PUNCT/5/punct",
            entities: [(0..<1, .gpe, "NOR"), (9..<10, .gpe, "TCD")])])
        try coder.annotate(&document)
        let aid = try #require(document.events.first { $0.cameoRoot == "07" })
        #expect(aid.sources.map(\.name) == ["Norway"])
        #expect(aid.targets.map(\.name) == ["Chad"])
    }

    @Test func aTimeWordWithAClauseUnderItIsNoActor() throws {
        let coder = try EventCoderTests.shared.get()
        // "Officials said yesterday that lifting the sanctions on Chad is out of the question",
        // with "yesterday" parsed as the subject and the clause hung under it.
        var document = TestDocument.build([TestSentence(
            tokens: "Officials/official/NOUN/2/nsubj said/say/VERB/0/root yesterday/yesterday/NOUN/13/nsubj "
                + "that/that/SCONJ/5/mark lifting/lift/VERB/3/acl the/the/DET/7/det sanctions/sanction/NOUN/5/obj "
                + "on/on/ADP/9/case Chad/Chad/PROPN/7/nmod is/be/AUX/13/cop out/out/ADP/13/case of/of/ADP/10/fixed "
                + "question/question/NOUN/2/ccomp ././PUNCT/2/punct",
            entities: [(8..<9, .gpe, "TCD")])])
        try coder.annotate(&document)
        #expect(!document.events.contains { event in event.sources.contains { $0.name.contains("yesterday") } })
    }
}

/// A tree that lost a verb's object still has the words after the verb.
@Suite struct LostObjectTests {
    @Test func theNamedPhraseRightAfterTheVerbIsItsTarget() throws {
        let coder = try EventCoderTests.shared.get()
        // "Leaders are willing to forgive President Ruiz and ...", with "Ruiz" hung elsewhere.
        var document = TestDocument.build([TestSentence(
            tokens: "Chile/Chile/PROPN/3/nsubj is/be/AUX/3/cop willing/willing/ADJ/0/root to/to/PART/5/mark "
                + "forgive/forgive/VERB/3/xcomp President/President/PROPN/7/nmod:desc Ruiz/Ruiz/PROPN/9/nsubj "
                + "and/and/CCONJ/9/cc leave/leave/VERB/3/conj ././PUNCT/3/punct",
            entities: [(0..<1, .gpe, "CHL"), (6..<7, .person, "PER/GOV")])])
        try coder.annotate(&document)
        let event = try #require(document.events.first { $0.trigger.contains("forgive") })
        #expect(event.sources.map(\.name) == ["Chile"])
        #expect(event.targets.map(\.name) == ["Ruiz"])
    }
}

/// A conjunction right before a noun joins phrases, not nationality modifiers.
@Suite struct ConjoinedPhraseTests {
    @Test func aCountryBeforeAndIsNotTheNextNounsModifier() throws {
        let coder = try EventCoderTests.shared.get()
        // "Rebels fought Peru and leader Ruiz's guards", the parse hanging "leader" as a conjunct.
        var document = TestDocument.build([TestSentence(
            tokens: "Rebels/rebel/NOUN/2/nsubj fought/fight/VERB/0/root Peru/Peru/PROPN/2/obj and/and/CCONJ/5/cc "
                + "leader/leader/NOUN/3/conj ././PUNCT/2/punct",
            entities: [(2..<3, .gpe, "PER")])])
        try coder.annotate(&document)
        let fight = try #require(document.events.first)
        // Peru is named once, as itself; "leader" is not read as "Peru['s] leader".
        #expect(fight.targets.filter { $0.name == "Peru" }.count == 1)
        #expect(fight.targets.allSatisfy { $0.name == "Peru" || !$0.name.contains("Peru") })
    }
}
