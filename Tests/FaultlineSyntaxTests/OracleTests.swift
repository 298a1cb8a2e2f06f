import FaultlineCore
import FaultlineLearning
@testable import FaultlineSyntax
import Testing

/// The dynamic oracle must be exact on projective trees: always taking a zero-cost transition
/// rebuilds the gold tree, labels included.
@Suite struct OracleTests {
    @Test func zeroCostTransitionsRebuildTheGoldTree() throws {
        let sentences = try CoNLLU.parse(TrainingFixtureTests.fixture)
        let labels = Array(Set(sentences.flatMap { $0.tokens.map(\.deprel) } + ["root"])).sorted()
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let transitions = Transitions(labelCount: labels.count, rootLabel: labelIndex["root"]!)
        for preferLast in [false, true] {
        for sentence in sentences {
            let gold = ParserTrainer.Gold(sentence.tokens, labelIndex: labelIndex)
            var state = ParseState()
            state.reset(count: sentence.tokens.count)
            var costs = [Int](repeating: 0, count: transitions.classCount)
            var steps = 0
            while !state.isTerminal, steps < 100 {
                gold.costs(state, transitions: transitions, into: &costs)
                let zero = costs.indices.filter { costs[$0] == 0 }
                let next = try #require(preferLast ? zero.last : zero.first)
                transitions.apply(next, to: &state)
                steps += 1
            }
            #expect(state.isTerminal)
            for (index, token) in sentence.tokens.enumerated() {
                let head = Int(state.heads[index])
                #expect((head == sentence.tokens.count ? -1 : head) == token.head)
                #expect(labels[Int(state.labels[index])] == token.deprel)
            }
        }
        }
    }
}
