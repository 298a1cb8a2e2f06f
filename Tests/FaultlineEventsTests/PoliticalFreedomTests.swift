import FaultlineCore
import Foundation
import Testing
@testable import FaultlineEvents

/// Widening political freedoms is easing restrictions on them (CAMEO 0811, PLOVER CONCEDE),
/// aimed at the country where they are widened. Sentences and parses are our own.
@Suite struct PoliticalFreedomTests {
    let coder: EventAnnotator

    init() throws { coder = try EventCoderTests.shared.get() }

    @Test func expandingFreedomsInACountryConcedesToIt() throws {
        // "The emir expanded press freedoms in Qatar."
        var document = TestDocument.build([TestSentence(
            tokens: "The/the/DET/2/det emir/emir/NOUN/3/nsubj expanded/expand/VERB/0/root press/press/NOUN/5/compound "
                + "freedoms/freedom/NOUN/3/obj in/in/ADP/7/case Qatar/Qatar/PROPN/3/obl ././PUNCT/3/punct",
            entities: [(6..<7, .gpe, "QAT")])])
        try coder.annotate(&document)
        let eased = try #require(document.events.first { $0.trigger.hasPrefix("expanded") })
        #expect(eased.cameo == "0811")
        #expect(eased.plover.event == "CONCEDE")
        #expect(eased.targets.map(\.code.country) == ["QAT"])
    }
}
