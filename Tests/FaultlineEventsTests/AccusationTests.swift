import FaultlineCore
import Testing
@testable import FaultlineEvents

/// What an accusation says: the accused acts in the charge, and the charge is the accuser's
/// claim. Sentences of our own, parsed by hand (UD conventions).
@Suite struct AccusationTests {
    static let shared = Result { try EventAnnotator.bundled() }

    private func events(_ sentence: TestSentence) throws -> [CodedEvent] {
        try Self.shared.get().events(in: [sentence])
    }

    @Test func theAccusedCommitsTheChargeAsTheAccusersClaim() throws {
        let events = try events(TestSentence(
            tokens: "Sylvania/Sylvania/PROPN/2/nsubj accused/accuse/VERB/0/root Freedonia/Freedonia/PROPN/2/obj "
                + "of/of/SCONJ/5/mark shelling/shell/VERB/2/advcl the/the/DET/7/det border/border/NOUN/5/obj ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "SYL"), (2..<3, .gpe, "FRE")]))
        let accusation = try #require(events.first { $0.cameo.hasPrefix("11") })
        #expect(accusation.sources.map(\.code.country) == ["SYL"])
        #expect(accusation.targets.map(\.code.country) == ["FRE"])
        #expect(accusation.modality == .asserted)
        let charge = try #require(events.first { $0.cameoRoot == "19" })
        #expect(charge.sources.map(\.code.country) == ["FRE"])
        #expect(charge.modality == .claimed)
        #expect(charge.attribution?.name == "Sylvania")
    }

    @Test func aDeniedChargeIsNotTheSentencesMainEvent() throws {
        let events = try events(TestSentence(
            tokens: "Freedonia/Freedonia/PROPN/2/nsubj denied/deny/VERB/0/root that/that/SCONJ/5/mark it/it/PRON/5/nsubj "
                + "shelled/shell/VERB/2/ccomp the/the/DET/7/det border/border/NOUN/5/obj ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "FRE")]))
        #expect(events.contains { $0.cameoRoot == "19" && $0.modality == .denied })
        let main = try #require(EventAnnotator.mainEvent(of: 0, in: events))
        #expect(main.cameo == "016")
    }
}
