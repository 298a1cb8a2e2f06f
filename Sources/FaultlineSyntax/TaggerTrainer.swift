import Foundation
import FaultlineCore
import FaultlineLearning

/// Settings of a training run; the seed fixes the shuffling so runs repeat exactly.
public struct TrainingOptions: Sendable {
    /// Passes over the training data.
    public var epochs: Int
    /// Seed of the shuffling (and exploration) generator.
    public var seed: UInt64
    /// Folds of the jackknife that produces realistic predicted context for training.
    public var folds: Int
    /// Averaged weights at or below this magnitude are dropped from the saved model.
    public var minimumWeight: Float

    /// Options with the defaults used for the bundled models.
    public init(epochs: Int = 10, seed: UInt64 = 1, folds: Int = 4, minimumWeight: Float = 0.05) {
        self.epochs = epochs
        self.seed = seed
        self.folds = folds
        self.minimumWeight = minimumWeight
    }
}

/// Trains a ``Tagger`` (both passes, jackknifed) and its ``Lemmatizer``.
public enum TaggerTrainer {
    struct Example {
        var atoms: [WordAtoms]
        var gold: [Int]
        var upos: [String]
        var xpos: [String]
    }

    /// Trains on `train`, choosing each pass's best epoch by UPOS accuracy on `dev`; `log`
    /// receives one line per epoch. `extra` sentences carry only XPOS tags (their UPOS is
    /// empty): for them the model is moved towards its best class with the gold XPOS.
    /// `clusters` become features and are stored in the model.
    public static func train(
        train: [TreebankSentence], extra: [TreebankSentence] = [], dev: [TreebankSentence], options: TrainingOptions,
        clusters: WordClusters = .empty, log: @escaping (String) -> Void
    ) -> Tagger {
        var classSet = Set<String>()
        for sentence in train { for token in sentence.tokens { classSet.insert(token.upos + "\t" + token.xpos) } }
        let classNames = classSet.sorted()
        let classIndex = Dictionary(uniqueKeysWithValues: classNames.enumerated().map { ($1, $0) })
        let upos = classNames.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
        let xpos = classNames.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[1]) }
        let xposNames = Array(Set(xpos)).sorted()
        let xposIndex = Dictionary(uniqueKeysWithValues: xposNames.enumerated().map { ($1, $0) })
        let compatible = xposNames.map { name in xpos.indices.filter { xpos[$0] == name } }
        func examples(_ sentences: [TreebankSentence]) -> [Example] {
            sentences.map { sentence in
                Example(
                    atoms: sentence.tokens.map { WordAtoms($0.text, clusters: clusters) },
                    gold: sentence.tokens.map { token in
                        if token.upos.isEmpty { return xposIndex[token.xpos].map { -2 - $0 } ?? -1 }
                        return classIndex[token.upos + "\t" + token.xpos] ?? -1
                    },
                    upos: sentence.tokens.map(\.upos), xpos: sentence.tokens.map(\.xpos))
            }
        }
        let trainExamples = examples(train) + examples(extra)
        let devExamples = examples(dev)
        let context = Context(
            classNames: classNames, upos: upos, xpos: xpos, compatible: compatible, options: options, log: log)

        // Right-context tags for the second pass come from first-pass models that never saw the
        // sentence, so the second pass learns how far to trust them.
        var jackknifed = [[Int]](repeating: [], count: trainExamples.count)
        let folds = max(2, options.folds)
        for fold in 0..<folds {
            let inFold = trainExamples.indices.filter { $0 % folds != fold }
            let heldOut = trainExamples.indices.filter { $0 % folds == fold }
            let part = inFold.map { trainExamples[$0] }
            let dictionary = ambiguityClasses(part)
            let model = context.trainPass(
                name: "fold \(fold + 1)/\(folds) first pass", train: part, trainRight: nil,
                dev: devExamples, devRight: nil, dictionary: dictionary)
            for index in heldOut {
                let atoms = trainExamples[index].atoms
                jackknifed[index] = Tagger.decode(
                    model: model, atoms: atoms, ambiguity: lookup(dictionary, atoms), right: nil)
            }
        }
        let dictionary = ambiguityClasses(trainExamples)
        let first = context.trainPass(
            name: "first pass", train: trainExamples, trainRight: nil, dev: devExamples, devRight: nil,
            dictionary: dictionary)
        let devRight = devExamples.map {
            Tagger.decode(model: first, atoms: $0.atoms, ambiguity: lookup(dictionary, $0.atoms), right: nil)
        }
        let second = context.trainPass(
            name: "second pass", train: trainExamples, trainRight: jackknifed, dev: devExamples,
            devRight: devRight, dictionary: dictionary)
        return Tagger(
            uposOfClass: upos, xposOfClass: xpos, ambiguityClasses: dictionary, firstPass: first,
            secondPass: second, lemmatizer: Lemmatizer.train(train), clusters: clusters)
    }

    /// Frequent words and the set of classes each took.
    static func ambiguityClasses(_ examples: [Example]) -> [String: UInt64] {
        var counts: [String: [String: Int]] = [:]
        for example in examples {
            for (atoms, tag) in zip(example.atoms, example.xpos) { counts[atoms.lower, default: [:]][tag, default: 0] += 1 }
        }
        var classes: [String: UInt64] = [:]
        for (word, tagCounts) in counts {
            let total = tagCounts.values.reduce(0, +)
            guard total >= 3 else { continue }
            var atom: UInt64 = 7
            for tag in tagCounts.keys.sorted() where tagCounts[tag]! * 20 >= total {
                atom = FeatureKey.of(8, atom, FeatureKey.atom(tag))
            }
            classes[word] = atom
        }
        return classes
    }

    static func lookup(_ dictionary: [String: UInt64], _ atoms: [WordAtoms]) -> [UInt64] {
        atoms.map { dictionary[$0.lower] ?? 2 }
    }

    struct Context {
        var classNames: [String]
        var upos: [String]
        var xpos: [String]
        /// The classes of each XPOS tag, for sentences that have no UPOS.
        var compatible: [[Int]]
        var options: TrainingOptions
        var log: (String) -> Void

        /// Trains one pass, returning the averaged model of its best epoch on dev.
        func trainPass(
            name: String, train: [Example], trainRight: [[Int]]?, dev: [Example], devRight: [[Int]]?,
            dictionary: [String: UInt64]
        ) -> SparseModel {
            var trainer = PerceptronTrainer(labels: classNames)
            var random = SplitMix64(seed: options.seed)
            let trainAmbiguity = train.map { TaggerTrainer.lookup(dictionary, $0.atoms) }
            let devAmbiguity = dev.map { TaggerTrainer.lookup(dictionary, $0.atoms) }
            var features: [UInt64] = []
            var scores = [Float](repeating: 0, count: classNames.count)
            var best: (model: SparseModel, accuracy: Double, epoch: Int)?
            for epoch in 1...max(1, options.epochs) {
                var correct = 0
                var total = 0
                for sentenceIndex in random.permutation(train.count) {
                    let example = train[sentenceIndex]
                    var predicted = [Int](repeating: 0, count: example.atoms.count)
                    for index in example.atoms.indices {
                        TaggerFeatures.extract(
                            at: index, atoms: example.atoms, ambiguity: trainAmbiguity[sentenceIndex],
                            left: predicted, right: trainRight?[sentenceIndex], into: &features)
                        for slot in scores.indices { scores[slot] = 0 }
                        trainer.addScores(of: features, to: &scores)
                        var guess = 0
                        for slot in scores.indices where scores[slot] > scores[guess] { guess = slot }
                        var truth = example.gold[index]
                        if truth <= -2 {
                            let choices = compatible[-2 - truth]
                            truth = choices[0]
                            for choice in choices where scores[choice] > scores[truth] { truth = choice }
                        }
                        if truth >= 0 {
                            trainer.update(features: features, truth: truth, guess: guess)
                            if truth == guess { correct += 1 }
                        }
                        total += 1
                        trainer.nextExample()
                        predicted[index] = guess
                    }
                }
                let model = trainer.averagedModel(minimumWeight: options.minimumWeight)
                var uposCorrect = 0
                var xposCorrect = 0
                var devTotal = 0
                for (index, example) in dev.enumerated() {
                    let guess = Tagger.decode(
                        model: model, atoms: example.atoms, ambiguity: devAmbiguity[index], right: devRight?[index])
                    for (position, tag) in guess.enumerated() {
                        if upos[tag] == example.upos[position] { uposCorrect += 1 }
                        if xpos[tag] == example.xpos[position] { xposCorrect += 1 }
                        devTotal += 1
                    }
                }
                let accuracy = Double(uposCorrect) / Double(max(1, devTotal))
                log(
                    "tagger \(name) epoch \(epoch): train \(percent(correct, total)), dev upos \(percent(uposCorrect, devTotal)) xpos \(percent(xposCorrect, devTotal)), \(model.featureCount) features"
                )
                if best == nil || accuracy > best!.accuracy { best = (model, accuracy, epoch) }
            }
            log("tagger \(name): keeping epoch \(best!.epoch) (dev upos \(String(format: "%.2f", best!.accuracy * 100)))")
            return best!.model
        }
    }
}

/// A percentage with two decimals.
func percent(_ part: Int, _ whole: Int) -> String {
    String(format: "%.2f", 100 * Double(part) / Double(max(1, whole)))
}
