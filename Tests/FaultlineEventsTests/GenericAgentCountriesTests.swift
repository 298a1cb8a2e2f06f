import FaultlineCore
import Testing
@testable import FaultlineEvents

/// Generic agents take the country of the last actor of their sector the report placed, else
/// the one country their sentence names.
@Suite struct GenericAgentCountriesTests {
    private func event(sentence: Int, source: CodedActor, target: CodedActor? = nil) -> CodedEvent {
        CodedEvent(
            sentence: sentence, trigger: "seized", sources: [source], targets: target.map { [$0] } ?? [], cameo: "171",
            goldstein: -9.2, quadClass: 4, plover: PloverCoding(event: "COERCE"), date: nil, datePrecision: .unknown,
            location: nil, attribution: nil, modality: .asserted, confidence: 0.7)
    }

    private func document(sentences: Int, placed: [(sentence: Int, sector: String, country: String)]) -> AnalyzedDocument {
        var document = AnalyzedDocument(text: "")
        for index in 0..<sentences { document.sentences.append(Sentence(range: 0..<0, text: "s\(index)")) }
        for (position, actor) in placed.enumerated() {
            document.entities.append(EntityMention(sentence: actor.sentence, tokens: 0..<1, range: 0..<0, text: "x", type: .norp))
            document.actors.append(CodedActor(
                name: "actor \(position)", code: ActorCode(country: actor.country, sector: actor.sector), mention: position))
        }
        return document
    }

    private let rebels = CodedActor(name: "the rebels", code: ActorCode(country: nil, sector: "REB"))
    private let army = CodedActor(name: "the army", code: ActorCode(country: nil, sector: "MIL"))

    @Test func aGenericAgentTakesTheCountryOfTheLastActorOfItsSector() {
        let document = document(sentences: 4, placed: [(0, "REB", "IRQ"), (1, "MIL", "TUR"), (2, "REB", "SYR")])
        let filled = GenericAgentCountries.fill([event(sentence: 3, source: rebels, target: army)], in: document)
        #expect(filled[0].sources[0].code.country == "SYR")
        #expect(filled[0].targets[0].code.country == "TUR")
    }

    @Test func anInternationalBodyIsNoSecondCountryOfTheSentence() {
        // "The UN sent observers to Bosnia to assess a peacekeeping force": the force is placed
        // in Bosnia, the one state the sentence names.
        let document = document(sentences: 1, placed: [(0, "GOV", "IGO"), (0, "CVL", "BIH")])
        let filled = GenericAgentCountries.fill([event(sentence: 0, source: army)], in: document)
        #expect(filled[0].sources[0].code.country == "BIH")
    }

    @Test func aBodyWhoseNameSaysItIsInternationalTakesNoCountry() {
        let forum = CodedActor(name: "the Global Water Forum", code: ActorCode(country: nil, sector: "NGO"))
        let document = document(sentences: 2, placed: [(0, "NGO", "KEN"), (1, "GOV", "KEN")])
        let filled = GenericAgentCountries.fill([event(sentence: 1, source: forum)], in: document)
        #expect(filled[0].sources[0].code.country == nil)
    }

    @Test func laterActorsNamedActorsAndFarAntecedentsDoNotCount() {
        let document = document(sentences: 12, placed: [(5, "REB", "SYR"), (1, "MIL", "TUR")])
        // The Syrian rebels come after the event; the Turkish army is more than six sentences back.
        let filled = GenericAgentCountries.fill([event(sentence: 3, source: rebels), event(sentence: 11, source: army)], in: document)
        #expect(filled[0].sources[0].code.country == nil)
        #expect(filled[1].sources[0].code.country == nil)
        // An actor of the knowledge base keeps what the base says, even without a country.
        let known = CodedActor(name: "Hezbollah", actor: "lbn.hezbollah", code: ActorCode(country: nil, sector: "REB"))
        let near = self.document(sentences: 2, placed: [(0, "REB", "SYR")])
        #expect(GenericAgentCountries.fill([event(sentence: 1, source: known)], in: near)[0].sources[0].code.country == nil)
    }

    @Test func withNoAntecedentOfItsSectorAnAgentTakesItsSentencesOnlyCountryButRefugeesDoNot() {
        let document = document(sentences: 3, placed: [(1, "GOV", "PAK"), (2, "GOV", "IRN"), (2, "MED", "QAT")])
        let opposition = CodedActor(name: "the opposition", code: ActorCode(country: nil, sector: "OPP"))
        let refugees = CodedActor(name: "refugees", code: ActorCode(country: nil, sector: "REF"))
        let filled = GenericAgentCountries.fill(
            [event(sentence: 0, source: opposition), event(sentence: 1, source: opposition, target: refugees)], in: document)
        #expect(filled[0].sources[0].code.country == nil)
        #expect(filled[1].sources[0].code.country == "PAK")
        #expect(filled[1].targets[0].code.country == nil)
        // A sentence that names two countries does not say whose opposition it is.
        let mixed = GenericAgentCountries.fill([event(sentence: 2, source: opposition)], in: document)
        #expect(mixed[0].sources[0].code.country == nil)
    }

    @Test func anEventsOwnPlacedActorsServeTheSentencesAfterIt() {
        let document = document(sentences: 3, placed: [])
        let syrianRebels = CodedActor(name: "Syrian rebels", code: ActorCode(country: "SYR", sector: "REB"))
        let filled = GenericAgentCountries.fill([event(sentence: 0, source: syrianRebels), event(sentence: 2, source: rebels)], in: document)
        #expect(filled[1].sources[0].code.country == "SYR")
    }
}
