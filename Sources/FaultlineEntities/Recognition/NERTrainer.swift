import FaultlineLearning

/// Trains the entity recognizer from BIO documents with a greedy averaged perceptron.
///
/// Training decodes each sentence left to right exactly as the recognizer does (its own earlier
/// tags as history, its own earlier decisions as document memory) and moves weight from the
/// wrong tag to the gold tag at every mistake. After each epoch the averaged, pruned model is
/// scored on the development documents; the best epoch's model is kept.
public struct NERTrainer: Sendable {
    /// Settings of a training run.
    public struct Options: Sendable {
        /// Passes over the training documents.
        public var epochs = 10
        /// Seed of the document shuffling and POS dropout.
        public var seed: UInt64 = 1
        /// Averaged weights smaller than this in magnitude are dropped from the model.
        public var minimumWeight: Float = 0.01
        /// Share of training sentences whose POS tags are hidden, so that the model still
        /// works when the syntax stage gives none.
        public var posDropout = 0.1
        /// Whether to learn word clusters from the training words first.
        public var clusters = true
        /// Whether to tag sentences from their last word to their first.
        public var rightToLeft = true

        /// Default settings.
        public init() {}
    }

    /// What one epoch achieved.
    public struct EpochReport: Sendable {
        /// 1-based epoch number.
        public var epoch: Int
        /// Token tag accuracy on the training data during the pass.
        public var trainAccuracy: Double
        /// Entity F1 on the development documents.
        public var devF1: Double
        /// Weights kept after pruning.
        public var weights: Int
    }

    /// The settings.
    public var options: Options

    /// A trainer with the given settings.
    public init(options: Options) {
        self.options = options
    }

    /// Trains and returns the best epoch's recognizer with every epoch's report; `log`
    /// receives a line per epoch. `unlabeled` sentences only feed the word clusters.
    public func train(
        train: [LabeledDocument], dev: [LabeledDocument], unlabeled: [[String]] = [], log: (String) -> Void
    ) -> (recognizer: EntityRecognizer, epochs: [EpochReport]) {
        let clusters = options.clusters
            ? WordClusters.learn(sentences: train.flatMap { $0.map(\.words) } + unlabeled, seed: options.seed)
            : WordClusters.empty
        log("word clusters: \(clusters.entries.count) words")
        let features = NERFeatures(clusters: clusters)
        var trainer = PerceptronTrainer(labels: BILOU.labels)
        var random = SplitMix64(seed: options.seed)
        var order = Array(train.indices)
        var buffer: [UInt64] = []
        var scores = [Float](repeating: 0, count: BILOU.tagCount)
        var reports: [EpochReport] = []
        var best: (f1: Double, recognizer: EntityRecognizer)? = nil
        let rightToLeft = options.rightToLeft
        let goldTags = train.map { document in
            document.map { sentence in
                let spans = rightToLeft ? EntityRecognizer.reversed(sentence.spans, count: sentence.words.count) : sentence.spans
                return BILOU.tags(for: spans, count: sentence.words.count)
            }
        }

        for epoch in 1...max(1, options.epochs) {
            // Fisher-Yates with our own generator, so runs repeat exactly.
            for index in stride(from: order.count - 1, to: 0, by: -1) {
                order.swapAt(index, Int(random.next() % UInt64(index + 1)))
            }
            var correct = 0
            var total = 0
            for documentIndex in order {
                let document = train[documentIndex]
                var context = NERDocumentContext(sentences: document.map(\.words))
                for (sentenceIndex, sentence) in document.enumerated() {
                    let hidePOS = Double(random.next() % 1_000_000) / 1_000_000 < options.posDropout
                    let posTags = hidePOS ? [String](repeating: "", count: sentence.words.count) : sentence.tags
                    let sentenceFeatures = features.sentenceFeatures(
                        words: rightToLeft ? sentence.words.reversed() : sentence.words,
                        tags: rightToLeft ? posTags.reversed() : posTags, context: context)
                    let gold = goldTags[documentIndex][sentenceIndex]
                    var predicted = [Int](repeating: 0, count: gold.count)
                    var previous = -1
                    var beforePrevious = -1
                    for index in 0..<gold.count {
                        features.tokenFeatures(
                            sentenceFeatures, at: index, previous: previous, beforePrevious: beforePrevious, into: &buffer)
                        for tag in 0..<scores.count { scores[tag] = 0 }
                        trainer.addScores(of: buffer, to: &scores)
                        let isLast = index == gold.count - 1
                        let guess = EntityRecognizer.bestAllowed(scores, previous: previous, isLast: isLast)
                        if guess == gold[index] { correct += 1 }
                        let target = NERTrainer.oracle(gold: gold[index], previous: previous, isLast: isLast)
                        if guess != target { trainer.update(features: buffer, truth: target, guess: guess) }
                        total += 1
                        trainer.nextExample()
                        predicted[index] = guess
                        beforePrevious = previous
                        previous = guess
                    }
                    context.remember(sentenceFeatures, tags: predicted)
                }
            }
            let model = trainer.averagedModel(minimumWeight: options.minimumWeight)
            let recognizer = EntityRecognizer(model: model, features: features, rightToLeft: rightToLeft)
            let scores = NERTrainer.evaluate(recognizer, on: dev)
            let report = EpochReport(
                epoch: epoch, trainAccuracy: Double(correct) / Double(max(1, total)),
                devF1: scores.overall.f1, weights: model.weightCount)
            reports.append(report)
            log("epoch \(epoch): train accuracy \(String(format4: report.trainAccuracy)), dev F1 \(String(format4: report.devF1)) (P \(String(format4: scores.overall.precision)), R \(String(format4: scores.overall.recall))), \(model.featureCount) features, \(model.weightCount) weights")
            if best == nil || report.devF1 > best!.f1 { best = (report.devF1, recognizer) }
        }
        return (best!.recognizer, reports)
    }

    /// The best tag the constraints allow after an earlier mistake (a dynamic oracle): the gold
    /// tag when allowed; inside a wrong span, closing it at once (L of its type); outside, when
    /// the gold span's start was missed, O.
    static func oracle(gold: Int, previous: Int, isLast: Bool) -> Int {
        if BILOU.allowed(previous: previous, tag: gold, isLast: isLast) { return gold }
        if previous > 0, BILOU.opensSpan(previous) { return 1 + 4 * BILOU.typeNumber(ofTag: previous) + 2 }
        return 0
    }

    /// Entity-level scores of a recognizer on gold documents (gold POS tags given).
    public static func evaluate(_ recognizer: EntityRecognizer, on documents: [LabeledDocument]) -> NERScores {
        var scores = NERScores()
        for document in documents {
            let predicted = recognizer.recognize(document: document.map { ($0.words, $0.tags) })
            for (sentence, spans) in zip(document, predicted) {
                scores.add(predicted: spans, gold: sentence.spans)
            }
        }
        return scores
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64), so that training
/// runs repeat exactly on every platform.
public struct SplitMix64: Sendable {
    private var state: UInt64

    /// A generator from a seed.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

extension String {
    /// A number with four decimals, without Foundation's formatting.
    init(format4 value: Double) {
        let scaled = Int((value * 10_000).rounded())
        let whole = scaled / 10_000
        let fraction = String(scaled % 10_000)
        self = "\(whole)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }
}
