import FaultlineCore
import FaultlineLearning
import Foundation

extension ParserTrainer {
    /// What global training needs, prepared by ``train(train:dev:options:beamWidth:clusters:log:)``.
    struct BeamSetup {
        var labels: [String]
        var tagNames: [String]
        var transitions: Transitions
        var sentences: [ParserFeatures.Sentence]
        var golds: [Gold]
        var dev: [TreebankSentence]
        var options: TrainingOptions
        var beamWidth: Int
        var clusters: WordClusters
        var log: (String) -> Void
    }

    /// Global training of a beam-search parser with max-violation updates (Huang, Fayong and
    /// Guo 2012) on the averaged perceptron: each sentence is decoded with the beam, and the
    /// model is updated at the step where the best item outscores the gold prefix by the most,
    /// towards the gold prefix and away from the best item's prefix. Unlike early update, every
    /// sentence teaches something about its whole length, so fewer epochs are needed.
    static func trainBeam(_ setup: BeamSetup) -> Parser {
        let transitions = setup.transitions
        let oracle = setup.golds.map { $0.oracleSequence(transitions: transitions) }
        var trainer = PerceptronTrainer(labels: Transitions.names(labels: setup.labels))
        var random = SplitMix64(seed: setup.options.seed)
        var search = BeamSearch(width: setup.beamWidth, classCount: transitions.classCount)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: transitions.classCount)
        var goldScores: [Float] = []
        var groupFeatures: [UInt64] = []
        var goldState = ParseState()
        var guessState = ParseState()
        var best: (parser: Parser, scores: Scores, epoch: Int)?
        for epoch in 1...max(1, setup.options.epochs) {
            var exact = 0
            var updates = 0
            for sentenceIndex in random.permutation(setup.sentences.count) {
                let sentence = setup.sentences[sentenceIndex]
                let gold = oracle[sentenceIndex]
                let count = setup.golds[sentenceIndex].heads.count
                search.run(count: count, sentence: sentence, transitions: transitions, gold: gold, record: true) {
                    keys, ends, rows in
                    var start = 0
                    for (group, end) in ends.enumerated() {
                        groupFeatures.removeAll(keepingCapacity: true)
                        groupFeatures.append(contentsOf: keys[start..<Int(end)])
                        for index in scores.indices { scores[index] = 0 }
                        trainer.addScores(of: groupFeatures, to: &scores)
                        for index in scores.indices { rows[group * scores.count + index] += scores[index] }
                        start = Int(end)
                    }
                }
                trainer.nextExample()
                let steps = search.bestIsGold.count
                guard search.bestIsGold.contains(false) else {
                    exact += 1
                    continue
                }
                // Scores of the gold prefixes, for the violation at every step.
                goldScores.removeAll(keepingCapacity: true)
                goldState.reset(count: count)
                var total: Float = 0
                for step in 0..<steps {
                    ParserFeatures.extract(goldState, sentence: sentence, into: &features)
                    for index in scores.indices { scores[index] = 0 }
                    trainer.addScores(of: features, to: &scores)
                    total += scores[gold[step]]
                    goldScores.append(total)
                    transitions.apply(gold[step], to: &goldState)
                }
                var worst = -1
                var worstViolation = -Float.infinity
                for step in 0..<steps where !search.bestIsGold[step] {
                    let violation = search.bestScores[step] - goldScores[step]
                    if violation > worstViolation {
                        worstViolation = violation
                        worst = step
                    }
                }
                let guess = search.sequence(endingAt: worst, slot: 0)
                var first = 0
                while first <= worst, guess[first] == gold[first] { first += 1 }
                goldState.reset(count: count)
                for step in 0..<first { transitions.apply(gold[step], to: &goldState) }
                guessState.assign(goldState)
                for step in first...worst {
                    ParserFeatures.extract(goldState, sentence: sentence, into: &features)
                    for key in features { trainer.adjust(feature: key, classIndex: gold[step], by: 1) }
                    ParserFeatures.extract(guessState, sentence: sentence, into: &features)
                    for key in features { trainer.adjust(feature: key, classIndex: guess[step], by: -1) }
                    transitions.apply(gold[step], to: &goldState)
                    transitions.apply(guess[step], to: &guessState)
                }
                updates += 1
            }
            let parser = Parser(
                labels: setup.labels, tagNames: setup.tagNames,
                model: trainer.averagedModel(minimumWeight: setup.options.minimumWeight),
                clusters: setup.clusters, beamWidth: setup.beamWidth)
            let devScores = evaluate(parser, on: setup.dev)
            setup.log(
                "parser epoch \(epoch) (beam \(setup.beamWidth)): train sentences exact \(percent(exact, exact + updates)), dev uas \(String(format: "%.2f", devScores.uas)) las \(String(format: "%.2f", devScores.las)), \(parser.model.featureCount) features, \(parser.model.weightCount) weights"
            )
            if best == nil || devScores.las > best!.scores.las { best = (parser, devScores, epoch) }
        }
        setup.log("parser: keeping epoch \(best!.epoch) (dev uas \(String(format: "%.2f", best!.scores.uas)) las \(String(format: "%.2f", best!.scores.las)))")
        return best!.parser
    }
}
