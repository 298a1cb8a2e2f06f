import FaultlineCore
import FaultlineLearning
import Testing
@testable import FaultlineEntities

@Suite struct BILOUTests {
    @Test func spansRoundTripThroughTags() {
        let spans = [
            NamedSpan(start: 0, end: 1, type: .gpe), NamedSpan(start: 2, end: 5, type: .person),
            NamedSpan(start: 5, end: 7, type: .organization),
        ]
        let tags = BILOU.tags(for: spans, count: 8)
        #expect(tags.map { BILOU.labels[$0] } == [
            "U-GPE", "O", "B-PERSON", "I-PERSON", "L-PERSON", "B-ORG", "L-ORG", "O",
        ])
        #expect(BILOU.spans(in: tags) == spans)
    }

    @Test func constraintsAllowOnlyWellFormedSequences() {
        let beginPerson = BILOU.tag(.begin, .person)
        #expect(BILOU.allowed(previous: beginPerson, tag: BILOU.tag(.inside, .person), isLast: false))
        #expect(BILOU.allowed(previous: beginPerson, tag: BILOU.tag(.last, .person), isLast: true))
        #expect(!BILOU.allowed(previous: beginPerson, tag: BILOU.tag(.inside, .person), isLast: true))
        #expect(!BILOU.allowed(previous: beginPerson, tag: 0, isLast: false))
        #expect(!BILOU.allowed(previous: beginPerson, tag: BILOU.tag(.last, .gpe), isLast: false))
        #expect(!BILOU.allowed(previous: -1, tag: BILOU.tag(.inside, .gpe), isLast: false))
        #expect(!BILOU.allowed(previous: 0, tag: BILOU.tag(.begin, .gpe), isLast: true))
        #expect(BILOU.allowed(previous: BILOU.tag(.last, .gpe), tag: BILOU.tag(.unit, .gpe), isLast: false))
    }

    /// Greedy decoding under any scores yields sequences the constraints accept.
    @Test func decodingRespectsConstraintsUnderRandomScores() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let length = 1 + Int(random.next() % 9)
            var previous = -1
            var tags: [Int] = []
            for index in 0..<length {
                let scores = (0..<BILOU.tagCount).map { _ in Float(random.next() % 1000) }
                let tag = EntityRecognizer.bestAllowed(scores, previous: previous, isLast: index == length - 1)
                #expect(BILOU.allowed(previous: previous, tag: tag, isLast: index == length - 1))
                tags.append(tag)
                previous = tag
            }
            #expect(BILOU.tags(for: BILOU.spans(in: tags), count: length) == tags)
        }
    }

    @Test func oracleClosesWrongSpansAndSkipsMissedStarts() {
        let inside = BILOU.tag(.inside, .organization)
        #expect(NERTrainer.oracle(gold: 0, previous: BILOU.tag(.begin, .organization), isLast: false)
            == BILOU.tag(.last, .organization))
        #expect(NERTrainer.oracle(gold: inside, previous: 0, isLast: false) == 0)
        #expect(NERTrainer.oracle(gold: inside, previous: BILOU.tag(.begin, .organization), isLast: false) == inside)
    }

    @Test func readsBIOFilesIntoDocumentsAndSpans() throws {
        let text = "#doc a\nIraqi\tJJ\tB-NORP\nPrime\tNNP\tO\nMinister\tNNP\tO\nSudani\tNNP\tB-PERSON\n\nHe\tPRP\tO\n#doc b\nNew\tNNP\tB-GPE\nYork\tNNP\tI-GPE\n"
        let documents = try BIOCorpus.parse(Array(text.utf8))
        #expect(documents.count == 2)
        #expect(documents[0].count == 2)
        #expect(documents[0][0].spans == [NamedSpan(start: 0, end: 1, type: .norp), NamedSpan(start: 3, end: 4, type: .person)])
        #expect(documents[1][0].spans == [NamedSpan(start: 0, end: 2, type: .gpe)])
        #expect(throws: BIOCorpus.FormatError.self) { try BIOCorpus.parse(Array("word\tNN\tB-NOPE\n".utf8)) }
    }
}
