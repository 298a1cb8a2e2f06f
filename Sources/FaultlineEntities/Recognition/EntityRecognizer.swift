import FaultlineCore
import FaultlineLearning

/// Anything that scores classes for hashed features: the trained model, or the trainer's
/// current weights while it learns.
protocol TagScorer {
    func addScores(of features: [UInt64], to scores: inout [Float])
}

extension SparseModel: TagScorer {}
extension PerceptronTrainer: TagScorer {}

/// The named-entity recognizer: a greedy averaged perceptron over BILOU tags, decoded left to
/// right under the BILOU constraints, with document-level memory of earlier decisions.
///
/// ```swift
/// let recognizer = try EntityRecognizer(bytes: modelBytes)
/// let spans = recognizer.recognize(document: [(words, posTags)])  // spans per sentence
/// ```
public struct EntityRecognizer: Sendable {
    /// The kind written in the model file's header.
    public static let modelKind = "ner"

    /// What can go wrong when loading a model.
    public enum LoadError: Error, CustomStringConvertible {
        /// The file was made by a different feature set.
        case featureMismatch(found: String)
        /// The tags in the file are not the BILOU tags of this build.
        case labelMismatch
        /// The file could not be read.
        case unreadable(BinaryReader.Failure)

        /// What is wrong with the model file and what to do.
        public var description: String {
            switch self {
            case .featureMismatch(let found):
                return "the NER model was trained with features '\(found)' but this build computes '\(NERFeatures.version)'; retrain it with `faultline train ner`"
            case .labelMismatch: return "the NER model's tags are not this build's BILOU tags; retrain it with `faultline train ner`"
            case .unreadable(let failure): return "NER model: \(failure)"
            }
        }
    }

    /// The trained weights.
    public let model: SparseModel
    let features: NERFeatures

    /// The word clusters stored in the model (other models may reuse them).
    public var clusters: WordClusters { features.clusters }
    /// Whether sentences are read from their last word to their first. English names carry
    /// their type at the end ("Hong Kong Disneyland", "Quds Force"), so deciding the last word
    /// first lets the type flow to the words before it.
    public let rightToLeft: Bool
    /// Word memos passed from one document to the next (they depend on the model only).
    let memos = MemoShelf<NERWordMemo>()

    /// A recognizer over trained weights (labels must be ``BILOU/labels``).
    public init(model: SparseModel, features: NERFeatures = NERFeatures(), rightToLeft: Bool = false) {
        self.model = model
        self.features = features
        self.rightToLeft = rightToLeft
    }

    /// Reads a model file's bytes.
    public init(bytes: [UInt8]) throws(LoadError) {
        try self.init(contents: ModelBytes(copying: bytes))
    }

    /// Reads a model file's contents (see ``ModelFile/contents(atPath:)``).
    public init(contents: ModelBytes) throws(LoadError) {
        do {
            var reader = try BinaryReader(contents: contents, expectedKind: EntityRecognizer.modelKind)
            let version = try reader.readString()
            guard version == NERFeatures.version else { throw LoadError.featureMismatch(found: version) }
            let rightToLeft = try reader.readUInt() == 1
            let model = try reader.readSparseModel()
            guard model.labels == BILOU.labels else { throw LoadError.labelMismatch }
            let clusters = try WordClusters(reader: &reader)
            self.init(model: model, features: NERFeatures(clusters: clusters), rightToLeft: rightToLeft)
        } catch let failure as BinaryReader.Failure {
            throw .unreadable(failure)
        } catch let error as LoadError {
            throw error
        } catch {
            throw .labelMismatch
        }
    }

    /// The model file's bytes.
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter(kind: EntityRecognizer.modelKind)
        writer.write(NERFeatures.version)
        writer.write(UInt64(rightToLeft ? 1 : 0))
        writer.write(model)
        features.clusters.write(to: &writer)
        return writer.bytes
    }

    /// The entity spans of each sentence of one document, given its words and PTB tags (the
    /// tags may be empty strings when no tagger ran).
    public func recognize(document: [(words: [String], tags: [String])]) -> [[NamedSpan]] {
        var context = NERDocumentContext(sentences: document.map(\.words))
        var buffer: [UInt64] = []
        var scores = [Float](repeating: 0, count: BILOU.tagCount)
        var result: [[NamedSpan]] = []
        result.reserveCapacity(document.count)
        var memo: NERWordMemo? = memos.take() ?? NERWordMemo(classCount: model.classCount)
        var steps = [Int32](repeating: 0, count: model.classCount)
        for sentence in document {
            guard !sentence.words.isEmpty else { result.append([]); continue }
            let words = rightToLeft ? sentence.words.reversed() : sentence.words
            let posTags = rightToLeft ? sentence.tags.reversed() : sentence.tags
            let sentenceFeatures = features.sentenceFeatures(
                words: words, tags: posTags, context: context, memo: &memo, model: model)
            let tags = decode(sentenceFeatures, memo: memo!, buffer: &buffer, steps: &steps, scores: &scores)
            context.remember(sentenceFeatures, tags: tags)
            let spans = BILOU.spans(in: tags)
            let ordered = rightToLeft ? EntityRecognizer.reversed(spans, count: words.count) : spans
            result.append(HyphenatedNameRepair.repair(ordered, words: sentence.words, tags: sentence.tags))
        }
        if let memo { memos.putBack(memo, if: memo.wordCount < NERWordMemo.reuseLimit) }
        return result
    }

    /// Spans of a reversed sentence in the original word order (and the other way round).
    static func reversed(_ spans: [NamedSpan], count: Int) -> [NamedSpan] {
        spans.reversed().map { NamedSpan(start: count - $0.end, end: count - $0.start, type: $0.type) }
    }

    /// Greedy left-to-right decoding: at each token the best tag the BILOU constraints allow
    /// after the tag chosen before it.
    @inline(__always)
    static func decode<Scorer: TagScorer>(
        _ sentence: NERFeatures.SentenceFeatures, features: NERFeatures, scorer: Scorer,
        buffer: inout [UInt64], scores: inout [Float]
    ) -> [Int] {
        var tags = [Int](repeating: 0, count: sentence.count)
        var previous = -1
        var beforePrevious = -1
        for index in 0..<sentence.count {
            features.tokenFeatures(sentence, at: index, previous: previous, beforePrevious: beforePrevious, into: &buffer)
            for tag in 0..<scores.count { scores[tag] = 0 }
            scorer.addScores(of: buffer, to: &scores)
            let tag = bestAllowed(scores, previous: previous, isLast: index == sentence.count - 1)
            tags[index] = tag
            beforePrevious = previous
            previous = tag
        }
        return tags
    }

    /// ``decode(_:features:scorer:buffer:scores:)`` for features listed against a memo: each
    /// token starts from the steps of its word's own features, then adds the rest.
    func decode(
        _ sentence: NERFeatures.SentenceFeatures, memo: NERWordMemo, buffer: inout [UInt64], steps: inout [Int32],
        scores: inout [Float]
    ) -> [Int] {
        var tags = [Int](repeating: 0, count: sentence.count)
        var previous = -1
        var beforePrevious = -1
        let classCount = memo.classCount
        for index in 0..<sentence.count {
            features.tokenFeatures(sentence, at: index, previous: previous, beforePrevious: beforePrevious, into: &buffer)
            let start = sentence.wordRows[index] * classCount
            model.setScores(of: buffer, over: memo.steps[start..<(start + classCount)], steps: &steps, scores: &scores)
            let tag = EntityRecognizer.bestAllowed(scores, previous: previous, isLast: index == sentence.count - 1)
            tags[index] = tag
            beforePrevious = previous
            previous = tag
        }
        return tags
    }

    /// The highest-scoring tag that may follow `previous`.
    @inline(__always)
    static func bestAllowed(_ scores: [Float], previous: Int, isLast: Bool) -> Int {
        var best = 0
        var bestScore = -Float.infinity
        if previous > 0, BILOU.opensSpan(previous) {
            // Only I or L of the open span's type.
            let base = 1 + 4 * BILOU.typeNumber(ofTag: previous)
            let last = base + 2
            if isLast { return last }
            return scores[base + 1] > scores[last] ? base + 1 : last
        }
        var tag = 0
        while tag < scores.count {
            if tag == 0 || (tag - 1) & 3 == 3 || (!isLast && (tag - 1) & 3 == 0) {
                if scores[tag] > bestScore {
                    bestScore = scores[tag]
                    best = tag
                }
            }
            tag += 1
        }
        return best
    }
}
