import FaultlineCore
import FaultlineLearning
import Testing

@Suite struct CoNLLUTests {
    private let sample = """
        # newdoc id = d1
        # text = Qaani met leaders.
        1\tQaani\tQaani\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tleaders\tleader\tNOUN\tNNS\t_\t2\tobj\t_\tSpaceAfter=No
        4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        # text = He didn't.
        1-2\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
        1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_
        2\tdid\tdo\tAUX\tVBD\t_\t0\troot\t_\t_

        """

    @Test func readsTokensTagsAndTree() throws {
        let sentences = try CoNLLU.parse(sample)
        #expect(sentences.count == 2)
        let first = sentences[0]
        #expect(first.startsDocument && first.startsParagraph)
        #expect(first.tokens.map(\.text) == ["Qaani", "met", "leaders", "."])
        #expect(first.tokens.map(\.head) == [1, -1, 1, 1])
        #expect(first.tokens[1].lemma == "meet")
        #expect(first.tokens[2].spaceAfter == false)
        #expect(first.tokens[2].range == 10..<17)
        #expect(sentences[1].tokens.map(\.text) == ["He", "did"])
        #expect(!sentences[1].startsDocument)
    }

    @Test func reportsTheLineOfABadRow() {
        #expect(throws: CoNLLU.SyntaxError.self) { try CoNLLU.parse("1\tonly\tthree\n") }
    }
}
