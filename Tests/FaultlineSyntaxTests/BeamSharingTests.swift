import FaultlineCore
import FaultlineLearning
@testable import FaultlineSyntax
import Testing

/// Beam search scores the features of a state in parts that items share: the parts together
/// must be exactly the state's features, and two states with the same arc-context digest must
/// have the same arc features.
@Suite struct BeamSharingTests {
    /// Every state reached by every allowed transition from the states of the oracle path of
    /// the fixture sentences (so that states differing by one label or one arc are compared),
    /// with the index of their sentence.
    private func states() throws -> [(ParseState, ParserFeatures.Sentence, Int)] {
        let sentences = try CoNLLU.parse(TrainingFixtureTests.fixture)
        let labels = Array(Set(sentences.flatMap { $0.tokens.map(\.deprel) } + ["root"])).sorted()
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let tagNames = Array(Set(sentences.flatMap { $0.tokens.map(Parser.tagName) })).sorted()
        let tagIndex = Parser.tagTable(tagNames)
        let transitions = Transitions(labelCount: labels.count, rootLabel: labelIndex["root"]!)
        var found: [(ParseState, ParserFeatures.Sentence, Int)] = []
        for (index, sentence) in sentences.enumerated() {
            let view = Parser.sentence(sentence.tokens, tagIndex: tagIndex, clusters: .empty)
            let gold = ParserTrainer.Gold(sentence.tokens, labelIndex: labelIndex)
            var state = ParseState()
            state.reset(count: sentence.tokens.count)
            for move in gold.oracleSequence(transitions: transitions) {
                transitions.forEachAllowed(in: state) { transition in
                    var next = state
                    transitions.apply(transition, to: &next)
                    if !next.isTerminal { found.append((next, view, index)) }
                }
                transitions.apply(move, to: &state)
            }
        }
        return found
    }

    @Test func thePartsMakeUpTheStateFeatures() throws {
        for (state, sentence, _) in try states() {
            var whole: [UInt64] = []
            ParserFeatures.extract(state, sentence: sentence, into: &whole)
            var parts: [UInt64] = []
            ParserFeatures.extractBuffer(front: state.front, count: state.count, sentence: sentence, into: &parts)
            ParserFeatures.extractPair(top: state.top, front: state.front, count: state.count, sentence: sentence, into: &parts)
            ParserFeatures.extractStructure(state, sentence: sentence, into: &parts)
            ParserFeatures.extractTopLabel(state, into: &parts)
            #expect(whole.sorted() == parts.sorted())
        }
    }

    /// The digest reads positions, not words: beam search compares states of one sentence.
    @Test func statesWithOneDigestHaveTheSameArcFeatures() throws {
        var byDigest: [[UInt64]: [UInt64]] = [:]
        var distinctFeatureSets = Set<[UInt64]>()
        for (state, sentence, index) in try states() {
            var features: [UInt64] = []
            ParserFeatures.extractStructure(state, sentence: sentence, into: &features)
            distinctFeatureSets.insert(features)
            let digest = [UInt64(index), ParserFeatures.structureSignature(state)]
            if let seen = byDigest[digest] {
                #expect(seen == features)
            } else {
                byDigest[digest] = features
            }
        }
        // The digest tells apart what the features tell apart, and the fixture has many contexts.
        #expect(byDigest.count >= distinctFeatureSets.count)
        #expect(distinctFeatureSets.count > 50)
    }
}
