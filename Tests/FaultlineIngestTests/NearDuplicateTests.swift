import FaultlineIngest
import Foundation
import Testing

@Suite("Near-duplicates")
struct NearDuplicateTests {
    let story = """
        The transport ministry said on Thursday that the northern rail line would close for six weeks \
        from June while engineers replace two bridges and a stretch of track damaged by last winter's \
        floods. Buses will replace trains between the two largest towns on the line, and the ministry \
        promised that fares on the buses would match rail fares for the whole period of the works.
        """

    @Test("A syndicated near-copy is similar; an unrelated text is not")
    func similarity() {
        let detector = NearDuplicateDetector()
        let copy = "NORTHVILLE (Wire) - " + story.replacingOccurrences(of: "said on Thursday", with: "announced on Thursday")
            + " Reporting by the wire desk."
        let unrelated = """
            A local bakery won the regional bread prize for the third year in a row, beating forty other \
            entries with a rye loaf that the judges called the best they had tasted in a decade of judging.
            """
        let original = detector.signature(of: story)
        let nearCopy = detector.signature(of: copy)
        let other = detector.signature(of: unrelated)
        #expect(original.values.count == 128)
        #expect(original.similarity(to: original) == 1.0)
        #expect(original.similarity(to: nearCopy) >= 0.6)
        #expect(original.similarity(to: other) <= 0.1)
        #expect(detector.isNearDuplicate(original, nearCopy))
        #expect(!detector.isNearDuplicate(original, other))
        // LSH: the near-copy shares a band key; the unrelated text shares none.
        #expect(!Set(original.bandKeys).isDisjoint(with: nearCopy.bandKeys))
        #expect(Set(original.bandKeys).isDisjoint(with: other.bandKeys))
    }

    @Test("Signatures ignore case and punctuation, and are stable")
    func normalisation() {
        let detector = NearDuplicateDetector()
        let a = detector.signature(of: story)
        let b = detector.signature(of: story.uppercased().replacingOccurrences(of: ",", with: ""))
        #expect(a.values == b.values)
        #expect(detector.signature(of: "").values.isEmpty)
        #expect(a.similarity(to: detector.signature(of: "")) == 0)
    }

    @Test("Band size follows the threshold: a higher threshold means more rows per band")
    func bands() {
        let loose = NearDuplicateDetector(threshold: 0.3)
        let strict = NearDuplicateDetector(threshold: 0.8)
        #expect(loose.rowsPerBand < strict.rowsPerBand)
        #expect(loose.signature(of: story).bandKeys.count > strict.signature(of: story).bandKeys.count)
    }
}
