import FaultlineCore
import Testing
@testable import FaultlineEvents

/// Two reporting verbs at the same depth can both govern an event ("..., the ministers
/// acknowledged, but they said they consider ..."): the one governing the smaller region is its
/// voice, in every run (the frames come from a dictionary whose order changes between runs).
@Suite struct VoiceOrderTests {
    static let shared = Result { try EventAnnotator.bundled() }

    @Test func theNarrowerOfTwoEqualReportingVerbsIsTheVoice() throws {
        var document = TestDocument.build([TestSentence(
            tokens: "Sylvania/Sylvania/PROPN/2/nsubj shelled/shell/VERB/0/root the/the/DET/4/det border/border/NOUN/2/obj "
                + ",/,/PUNCT/8/punct the/the/DET/7/det ministers/minister/NOUN/8/nsubj acknowledged/acknowledge/VERB/2/parataxis "
                + ",/,/PUNCT/12/punct but/but/CCONJ/12/cc they/they/PRON/12/nsubj said/say/VERB/2/conj "
                + "they/they/PRON/14/nsubj consider/consider/VERB/12/ccomp talks/talk/NOUN/14/obj ././PUNCT/2/punct",
            entities: [(0..<1, .gpe, "SYL")])])
        try Self.shared.get().annotate(&document)
        let considered = try #require(document.events.first { $0.trigger == "consider" })
        #expect(considered.attribution?.name == "they")
        let shelling = try #require(document.events.first { $0.cameoRoot == "19" })
        #expect(shelling.attribution?.name == "the ministers" || shelling.attribution?.name == "ministers")
    }
}
