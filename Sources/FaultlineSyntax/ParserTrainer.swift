import FaultlineCore
import FaultlineLearning
import Foundation

/// Trains a ``Parser`` with a dynamic oracle (Goldberg & Nivre 2012): the parser follows its own
/// predictions during training (with exploration) and is updated towards the best transition
/// that is still optimal from wherever it went.
public enum ParserTrainer {
    /// Dev scores: unlabeled and labeled attachment, punctuation included.
    public struct Scores: Sendable {
        /// Unlabeled attachment score, percent.
        public var uas: Double
        /// Labeled attachment score, percent.
        public var las: Double
    }

    /// Trains on `train`, whose tokens carry the (predicted) UPOS and XPOS tags the parser will see, and
    /// picks the best epoch by LAS on `dev`; `log` receives one line per epoch.
    ///
    /// With `beamWidth` 1 the parser is greedy and learns from a dynamic oracle; wider beams are
    /// trained globally (``trainBeam(_:)``). `clusters` become features and are stored in the model.
    public static func train(
        train: [TreebankSentence], dev: [TreebankSentence], options: TrainingOptions,
        beamWidth: Int = 1, clusters: WordClusters = .empty, log: @escaping (String) -> Void
    ) -> Parser {
        var labelSet = Set<String>(["root"])
        var tagSet = Set<String>()
        for sentence in train {
            for token in sentence.tokens {
                labelSet.insert(token.deprel)
                tagSet.insert(Parser.tagName(token))
            }
        }
        let labels = labelSet.sorted()
        let tagNames = tagSet.sorted()
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let tagIndex = Parser.tagTable(tagNames)
        let transitions = Transitions(labelCount: labels.count, rootLabel: labelIndex["root"]!)
        let sentences = train.map { Parser.sentence($0.tokens, tagIndex: tagIndex, clusters: clusters) }
        let golds = train.map { Gold($0.tokens, labelIndex: labelIndex) }
        if beamWidth > 1 {
            return trainBeam(BeamSetup(
                labels: labels, tagNames: tagNames, transitions: transitions, sentences: sentences, golds: golds,
                dev: dev, options: options, beamWidth: beamWidth, clusters: clusters, log: log))
        }

        var trainer = PerceptronTrainer(labels: Transitions.names(labels: labels))
        var random = SplitMix64(seed: options.seed)
        var state = ParseState()
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: transitions.classCount)
        var costs = [Int](repeating: 0, count: transitions.classCount)
        var best: (parser: Parser, scores: Scores, epoch: Int)?
        for epoch in 1...max(1, options.epochs) {
            var correct = 0
            var total = 0
            for sentenceIndex in random.permutation(train.count) {
                let gold = golds[sentenceIndex]
                state.reset(count: gold.heads.count)
                while !state.isTerminal {
                    ParserFeatures.extract(state, sentence: sentences[sentenceIndex], into: &features)
                    for index in scores.indices { scores[index] = 0 }
                    trainer.addScores(of: features, to: &scores)
                    let guess = scores.withUnsafeMutableBufferPointer { transitions.best($0, state: state) }
                    gold.costs(state, transitions: transitions, into: &costs)
                    var minimum = Int.max
                    for index in costs.indices where costs[index] >= 0 { minimum = min(minimum, costs[index]) }
                    var truth = -1
                    for index in costs.indices where costs[index] == minimum {
                        if truth < 0 || scores[index] > scores[truth] { truth = index }
                    }
                    if costs[guess] > minimum {
                        trainer.update(features: features, truth: truth, guess: guess)
                    } else {
                        correct += 1
                    }
                    total += 1
                    trainer.nextExample()
                    let explore = epoch > 1 && random.nextUnit() < 0.9
                    transitions.apply(explore ? guess : truth, to: &state)
                }
            }
            let parser = Parser(
                labels: labels, tagNames: tagNames, model: trainer.averagedModel(minimumWeight: options.minimumWeight),
                clusters: clusters)
            let devScores = evaluate(parser, on: dev)
            log(
                "parser epoch \(epoch): train transitions \(percent(correct, total)), dev uas \(String(format: "%.2f", devScores.uas)) las \(String(format: "%.2f", devScores.las)), \(parser.model.featureCount) features, \(parser.model.weightCount) weights"
            )
            if best == nil || devScores.las > best!.scores.las { best = (parser, devScores, epoch) }
        }
        log("parser: keeping epoch \(best!.epoch) (dev uas \(String(format: "%.2f", best!.scores.uas)) las \(String(format: "%.2f", best!.scores.las)))")
        return best!.parser
    }

    /// Attachment scores of `parser` on sentences whose tokens carry the tags it should read.
    public static func evaluate(_ parser: Parser, on sentences: [TreebankSentence]) -> Scores {
        var unlabeled = 0
        var labeled = 0
        var total = 0
        for sentence in sentences {
            let parsed = parser.parse(sentence.tokens)
            for (guess, gold) in zip(parsed, sentence.tokens) {
                total += 1
                if guess.head == gold.head {
                    unlabeled += 1
                    if guess.deprel == gold.deprel { labeled += 1 }
                }
            }
        }
        let whole = Double(max(1, total))
        return Scores(uas: 100 * Double(unlabeled) / whole, las: 100 * Double(labeled) / whole)
    }

    /// The gold tree of a sentence, with the dynamic oracle's cost of each transition.
    struct Gold {
        /// Gold head of each word; the root is `count`.
        var heads: [Int]
        var labels: [Int]
        var children: [[Int]]

        init(_ tokens: [Token], labelIndex: [String: Int]) {
            let count = tokens.count
            heads = tokens.map { $0.head < 0 || $0.head >= count ? count : $0.head }
            labels = tokens.map { labelIndex[$0.deprel] ?? 0 }
            children = Array(repeating: [], count: count + 1)
            for (index, head) in heads.enumerated() { children[head].append(index) }
        }

        /// A canonical best transition sequence: at every step a transition of least cost,
        /// preferring arcs with the gold label, then REDUCE, then SHIFT (the static arc-eager
        /// oracle on projective trees; on non-projective ones it loses the fewest arcs).
        func oracleSequence(transitions: Transitions) -> [Int] {
            var state = ParseState()
            state.reset(count: heads.count)
            var costs = [Int](repeating: 0, count: transitions.classCount)
            var sequence: [Int] = []
            sequence.reserveCapacity(2 * heads.count)
            while !state.isTerminal {
                self.costs(state, transitions: transitions, into: &costs)
                var minimum = Int.max
                for index in costs.indices where costs[index] >= 0 { minimum = min(minimum, costs[index]) }
                let top = state.top
                let front = state.front
                func rank(_ transition: Int) -> Int {
                    if top >= 0, transition == transitions.left(labels[top]) { return 0 }
                    if front < heads.count, transition == transitions.right(labels[front]) { return 1 }
                    if transition == Transitions.reduce { return 2 }
                    if transition == Transitions.shift { return 3 }
                    return 4
                }
                var choice = -1
                for index in costs.indices where costs[index] == minimum {
                    if choice < 0 || rank(index) < rank(choice) { choice = index }
                }
                sequence.append(choice)
                transitions.apply(choice, to: &state)
            }
            return sequence
        }

        /// Sets `costs[c]` to the number of gold arcs transition `c` makes unreachable (plus one
        /// for a wrong label on a right arc), or -1 when `c` is not allowed.
        func costs(_ state: ParseState, transitions: Transitions, into costs: inout [Int]) {
            for index in costs.indices { costs[index] = -1 }
            let count = state.count
            let top = state.top
            let front = state.front
            func childrenInBuffer(_ word: Int) -> Int {
                var found = 0
                for child in children[word] where child >= front { found += 1 }
                return found
            }
            func headlessChildrenInStack(_ word: Int) -> Int {
                var found = 0
                for child in children[word] where child < front && state.inStack[child] && state.heads[child] < 0 {
                    found += 1
                }
                return found
            }
            let frontCost = front < count ? headlessChildrenInStack(front) : 0
            if front < count {
                let head = heads[front]
                costs[Transitions.shift] = (head < front && state.inStack[head] ? 1 : 0) + frontCost
            }
            guard top >= 0 else { return }
            if state.heads[top] >= 0 {
                costs[Transitions.reduce] = childrenInBuffer(top)
            } else {
                let base = (heads[top] > front ? 1 : 0) + childrenInBuffer(top)
                if front == count {
                    costs[transitions.left(transitions.rootLabel)] = base
                } else {
                    for label in 0..<transitions.labelCount where label != transitions.rootLabel {
                        costs[transitions.left(label)] = base + (heads[top] == front && labels[top] != label ? 1 : 0)
                    }
                }
            }
            if front < count {
                let head = heads[front]
                let base = (head != top && (head > front || (head < front && state.inStack[head])) ? 1 : 0) + frontCost
                for label in 0..<transitions.labelCount where label != transitions.rootLabel {
                    costs[transitions.right(label)] = base + (head == top && labels[front] != label ? 1 : 0)
                }
            }
        }
    }
}
