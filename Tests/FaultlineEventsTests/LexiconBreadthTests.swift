import FaultlineCore
import Testing
@testable import FaultlineEvents

/// Families of news phrasings from the bundled lexicon, in sentences of our own parsed by hand
/// (UD conventions): each shows a verb with its object selecting the code, or keeping a verb
/// that is an event elsewhere ("strike", "trade", "fire") from firing on the wrong one.
@Suite struct LexiconBreadthTests {
    static let shared = Result { try EventAnnotator.bundled() }
    let coder: EventAnnotator

    init() throws { coder = try Self.shared.get() }

    private func events(_ sentence: TestSentence) throws -> [CodedEvent] {
        try coder.events(in: [sentence])
    }

    /// "Iran VERBed diplomatic ties with Saudi Arabia."
    private func ties(_ word: String, _ lemma: String, noun: String = "ties", nounLemma: String = "tie") -> TestSentence {
        TestSentence(
            tokens: "Iran/Iran/PROPN/2/nsubj \(word)/\(lemma)/VERB/0/root diplomatic/diplomatic/ADJ/4/amod "
                + "\(noun)/\(nounLemma)/NOUN/2/obj with/with/ADP/7/case Saudi/Saudi/PROPN/7/compound Arabia/Arabia/PROPN/2/obl "
                + "././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "IRN"), (5..<7, .gpe, "SAU")])
    }

    @Test(arguments: [
        ("renewed", "renew"), ("resumed", "resume"), ("restored", "restore"), ("re-established", "re-establish"),
        ("upgraded", "upgrade"), ("normalized", "normalize"), ("mended", "mend"), ("strengthened", "strengthen"),
    ])
    func tiesRestoredOrImprovedAreDiplomaticCooperation(word: String, lemma: String) throws {
        let event = try #require(try events(ties(word, lemma)).first)
        #expect(event.cameo == "050")
        #expect(event.plover.event == "SUPPORT")
        #expect(event.sources.map(\.code.description) == ["IRN"])
        #expect(event.targets.map(\.code.description) == ["SAU"])
    }

    @Test(arguments: [("severed", "sever", "161"), ("cut", "cut", "161"), ("downgraded", "downgrade", "160")])
    func tiesCutOrDowngradedReduceRelations(word: String, lemma: String, code: String) throws {
        let event = try #require(try events(ties(word, lemma, noun: "relations", nounLemma: "relation")).first)
        #expect(event.cameo == code)
        #expect(event.targets.map(\.code.description) == ["SAU"])
    }

    @Test func strikingADealIsAnAgreementNotAnAttack() throws {
        let deal = try events(TestSentence(
            tokens: "Turkey/Turkey/PROPN/2/nsubj struck/strike/VERB/0/root a/a/DET/4/det deal/deal/NOUN/2/obj "
                + "with/with/ADP/6/case Greece/Greece/PROPN/2/obl ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "TUR"), (5..<6, .gpe, "GRC")]))
        #expect(deal.first?.cameo == "057")
        #expect(deal.first?.targets.map(\.code.description) == ["GRC"])
        #expect(!deal.contains { $0.cameoRoot == "19" })
    }

    @Test func tradingFireIsFightingAndTradingGoodsIsCommerce() throws {
        let fire = try events(TestSentence(
            tokens: "Chad/Chad/PROPN/2/nsubj traded/trade/VERB/0/root fire/fire/NOUN/2/obj with/with/ADP/5/case "
                + "Sudan/Sudan/PROPN/2/obl ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "TCD"), (4..<5, .gpe, "SDN")]))
        #expect(fire.first?.cameo == "190")
        #expect(fire.first?.targets.map(\.code.description) == ["SDN"])
        let cotton = try events(TestSentence(
            tokens: "Chad/Chad/PROPN/2/nsubj traded/trade/VERB/0/root cotton/cotton/NOUN/2/obj with/with/ADP/5/case "
                + "Sudan/Sudan/PROPN/2/obl ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "TCD"), (4..<5, .gpe, "SDN")]))
        #expect(cotton.first?.cameo == "061")
    }

    @Test func firingAnOfficialIsNoAttack() throws {
        let events = try events(TestSentence(
            tokens: "Peru/Peru/PROPN/2/nsubj fired/fire/VERB/0/root Juan/Juan/PROPN/2/obj Soto/Soto/PROPN/3/flat ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "PER"), (2..<4, .person, "PER/MIL")]))
        #expect(!events.contains { $0.cameoRoot == "19" })
    }

    @Test func stabbedToDeathIsKillingByPhysicalAssault() throws {
        let events = try events(TestSentence(
            tokens: "Gunmen/gunman/NOUN/2/nsubj stabbed/stab/VERB/0/root Juan/Juan/PROPN/2/obj Soto/Soto/PROPN/3/flat "
                + "to/to/ADP/6/case death/death/NOUN/2/obl ././PUNCT/2/punct",
            entities: [(2..<4, .person, "PER/GOV")]))
        let killing = try #require(events.first)
        #expect(killing.cameo == "1823")
        #expect(killing.targets.map(\.name) == ["Juan Soto"])
    }

    @Test func hungerStrikeAndLabourStrikeAreTold() throws {
        let hunger = try events(TestSentence(
            tokens: "Ruiz/Ruiz/PROPN/2/nsubj went/go/VERB/0/root on/on/ADP/6/case a/a/DET/6/det hunger/hunger/NOUN/6/compound "
                + "strike/strike/NOUN/2/obl ././PUNCT/2/punct",
            entities: [(0..<1, .person, "CHL/CVL")]))
        #expect(hunger.first?.cameo == "142")
        let strike = try events(TestSentence(
            tokens: "Ruiz/Ruiz/PROPN/2/nsubj went/go/VERB/0/root on/on/ADP/4/case strike/strike/NOUN/2/obl ././PUNCT/2/punct",
            entities: [(0..<1, .person, "CHL/CVL")]))
        #expect(strike.first?.cameo == "143")
    }

    @Test func seekingALoanIsAnAppealForEconomicAid() throws {
        let events = try events(TestSentence(
            tokens: "Lebanon/Lebanon/PROPN/2/nsubj sought/seek/VERB/0/root a/a/DET/4/det loan/loan/NOUN/2/obj "
                + "from/from/ADP/6/case Qatar/Qatar/PROPN/2/obl ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "LBN"), (5..<6, .gpe, "QAT")]))
        let appeal = try #require(events.first)
        #expect(appeal.cameo == "0231")
        #expect(appeal.plover.event == "REQUEST")
        #expect(appeal.targets.map(\.code.description) == ["QAT"])
    }

    @Test func reopeningACrossingAllowsHumanitarianAccess() throws {
        let events = try events(TestSentence(
            tokens: "Egypt/Egypt/PROPN/2/nsubj reopened/reopen/VERB/0/root the/the/DET/5/det border/border/NOUN/5/compound "
                + "crossing/crossing/NOUN/2/obj ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "EGY")]))
        #expect(events.first?.cameo == "0863")
        #expect(events.first?.sources.map(\.code.description) == ["EGY"])
    }
}
