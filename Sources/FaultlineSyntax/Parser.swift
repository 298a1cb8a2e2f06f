import FaultlineCore
import FaultlineLearning

/// An arc-eager dependency parser with an averaged-perceptron model over rich non-local
/// features; labels are chosen jointly with the transitions. Decodes with beam search when the
/// model was trained globally (``beamWidth`` > 1), greedily otherwise. Reads the tokens' UPOS
/// and XPOS tags, as one joint tag ("AUX VBZ" and "VERB VBZ" differ), and the words' clusters.
public struct Parser: Sendable {
    /// Dependency labels, by label index.
    public let labels: [String]
    /// The joint "UPOS\tXPOS" tags the model knows, by tag index.
    let tagNames: [String]
    /// Tag index by UPOS, then XPOS (two lookups of short strings, no joined string built).
    let tagIndex: [String: [String: Int]]
    let model: SparseModel
    /// The model's weights laid out for decoding (batched lookups, dense rows for busy features).
    let scorer: BatchScorer
    let transitions: Transitions
    /// Word clusters the features read (learned from raw text, stored in the model file).
    public let clusters: WordClusters
    /// The beam width the model was trained with and decodes with (1: greedy).
    public let beamWidth: Int
    /// Beam items scoring more than this below the step's best are dropped while decoding
    /// (infinity: never), so that the beam narrows where the model is sure.
    public let beamMargin: Float

    /// How many low bits of every feature key the model keeps (64: all). Files store keys in
    /// ``compactKeyBits`` bits: sorted and delta-coded, 40-bit keys take about 3 bytes each
    /// instead of 7, so a model file shrinks by about a third with every weight kept; the
    /// parser masks the keys it looks up the same way. Two of a model's features share 40 bits
    /// about once per million models of this size, and then merely add up.
    public let keyBits: Int

    /// The key bits that model files keep.
    static let compactKeyBits = 40
    /// The model file kind (version 3 stores feature keys in ``keyBits`` bits).
    static let kind = "faultline-parser-3"
    /// The kind of version 2 files (version 2 added the beam width and the word clusters).
    static let version2Kind = "faultline-parser-2"
    /// The kind of version 1 files: greedy, without clusters.
    static let greedyKind = "faultline-parser"

    init(
        labels: [String], tagNames: [String], model: SparseModel, clusters: WordClusters = .empty, beamWidth: Int = 1,
        beamMargin: Float = .infinity, keyBits: Int = 64
    ) {
        self.labels = labels
        self.tagNames = tagNames
        self.tagIndex = Parser.tagTable(tagNames)
        self.model = model
        self.keyBits = min(64, max(1, keyBits))
        self.scorer = BatchScorer(model, keyMask: self.keyBits >= 64 ? ~0 : (1 << UInt64(self.keyBits)) - 1)
        self.transitions = Transitions(labelCount: labels.count, rootLabel: labels.firstIndex(of: "root") ?? 0)
        self.clusters = clusters
        self.beamWidth = max(1, beamWidth)
        self.beamMargin = beamMargin
    }

    /// The parser's view of a sentence: word, tag and cluster atoms, with the root last.
    static func sentence(_ tokens: [Token], tagIndex: [String: [String: Int]], clusters: WordClusters) -> ParserFeatures.Sentence {
        let unknownTag = tagIndex.values.reduce(0) { $0 + $1.count }
        var words: [UInt64] = []
        var tags: [UInt64] = []
        var fine: [UInt64] = []
        var coarse: [UInt64] = []
        words.reserveCapacity(tokens.count + 1)
        tags.reserveCapacity(tokens.count + 1)
        fine.reserveCapacity(tokens.count + 1)
        coarse.reserveCapacity(tokens.count + 1)
        let useClusters = !clusters.isEmpty
        for token in tokens {
            words.append(WordAtoms.lowercaseHash(token.text, template: 1))
            tags.append(UInt64((tagIndex[token.upos]?[token.xpos] ?? unknownTag) + 10))
            if useClusters, let found = clusters.clusters(of: token.text) {
                fine.append(0x10000 + UInt64(found.fine))
                coarse.append(0x20000 + UInt64(found.coarse))
            } else {
                fine.append(2)
                coarse.append(2)
            }
        }
        words.append(3)
        tags.append(3)
        fine.append(3)
        coarse.append(3)
        return ParserFeatures.Sentence(words: words, tags: tags, fine: fine, coarse: coarse, hasClusters: useClusters)
    }

    /// The index of every joint tag name ("UPOS\tXPOS"), by UPOS and then XPOS.
    static func tagTable(_ tagNames: [String]) -> [String: [String: Int]] {
        var table: [String: [String: Int]] = [:]
        for (index, name) in tagNames.enumerated() {
            let parts = name.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            table[String(parts[0]), default: [:]][parts.count > 1 ? String(parts[1]) : ""] = index
        }
        return table
    }

    /// The joint tag of a token, as the parser reads it.
    static func tagName(_ token: Token) -> String {
        token.upos + "\t" + token.xpos
    }

    /// Returns the tokens with `head` and `deprel` filled (their `upos` and `xpos` must be set).
    public func parse(_ tokens: [Token]) -> [Token] {
        guard !tokens.isEmpty else { return tokens }
        let sentence = Parser.sentence(tokens, tagIndex: tagIndex, clusters: clusters)
        let state: ParseState
        if beamWidth > 1 {
            var search = BeamSearch(width: beamWidth, classCount: transitions.classCount, margin: beamMargin)
            search.run(count: tokens.count, sentence: sentence, transitions: transitions) { features, ends, rows in
                scorer.addScores(of: features, groupEnds: ends, to: rows)
            }
            state = search.best
        } else {
            state = greedy(sentence, count: tokens.count)
        }
        var parsed = tokens
        for index in parsed.indices {
            let head = Int(state.heads[index])
            parsed[index].head = head >= tokens.count || head < 0 ? -1 : head
            parsed[index].deprel = labels[Int(max(0, state.labels[index]))]
        }
        return parsed
    }

    /// Greedy decoding: the best transition at every step.
    ///
    /// Consecutive states often share their buffer front (after a LEFT-ARC or a REDUCE), so the
    /// steps of the buffer's features are kept per front and only the rest is looked up per
    /// state; integer steps make the scores exactly those of all the features at once.
    private func greedy(_ sentence: ParserFeatures.Sentence, count: Int) -> ParseState {
        var state = ParseState()
        var features: [UInt64] = []
        features.reserveCapacity(128)
        let classCount = transitions.classCount
        var bufferSteps = [Int32](repeating: 0, count: classCount)
        var steps = [Int32](repeating: 0, count: classCount)
        var scores = [Float](repeating: 0, count: classCount)
        var stepsFront = -1
        state.reset(count: count)
        while !state.isTerminal {
            if state.front != stepsFront {
                stepsFront = state.front
                features.removeAll(keepingCapacity: true)
                ParserFeatures.extractBuffer(front: state.front, count: state.count, sentence: sentence, into: &features)
                for index in bufferSteps.indices { bufferSteps[index] = 0 }
                features.withUnsafeBufferPointer { keys in
                    bufferSteps.withUnsafeMutableBufferPointer { scorer.addSteps(of: keys, to: $0) }
                }
            }
            features.removeAll(keepingCapacity: true)
            ParserFeatures.extractState(state, sentence: sentence, into: &features)
            let next = features.withUnsafeBufferPointer { keys in
                steps.withUnsafeMutableBufferPointer { steps in
                    for index in 0..<classCount { steps[index] = bufferSteps[index] }
                    scorer.addSteps(of: keys, to: steps)
                    return scores.withUnsafeMutableBufferPointer { output in
                        scorer.setScores(steps: UnsafeBufferPointer(steps), to: output)
                        return transitions.best(output, state: state)
                    }
                }
            }
            transitions.apply(next, to: &state)
        }
        return state
    }

    /// A copy whose model keeps only weights larger than `minimumWeight` in magnitude.
    public func pruned(minimumWeight: Float) -> Parser {
        Parser(labels: labels, tagNames: tagNames, model: model.pruned(minimumWeight: minimumWeight),
               clusters: clusters, beamWidth: beamWidth, beamMargin: beamMargin, keyBits: keyBits)
    }

    /// The same model decoding with another beam width and margin (to measure speed against
    /// accuracy).
    public func withBeamWidth(_ width: Int, margin: Float? = nil) -> Parser {
        Parser(labels: labels, tagNames: tagNames, model: model, clusters: clusters, beamWidth: width,
               beamMargin: margin ?? beamMargin, keyBits: keyBits)
    }

    /// The bytes of a model file holding this parser.
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter(kind: Parser.kind)
        writer.write(labels)
        writer.write(tagNames)
        writer.write(UInt64(beamWidth))
        clusters.write(to: &writer)
        let bits = min(keyBits, Parser.compactKeyBits)
        writer.write(UInt64(bits))
        writer.write(bits < keyBits ? model.withKeys(maskedTo: bits) : model)
        return writer.bytes
    }

    /// Reads a parser written by ``serialized()``.
    public init(bytes: [UInt8]) throws(BinaryReader.Failure) {
        try self.init(contents: ModelBytes(copying: bytes))
    }

    /// Reads a parser from a model file's contents (see ``ModelFile/contents(atPath:)``).
    public init(contents: ModelBytes) throws(BinaryReader.Failure) {
        var reader = try BinaryReader(contents: contents)
        // Version 1 files (greedy, before word clusters) and version 2 (full keys) still load.
        let isVersion3 = reader.kind == Parser.kind
        let isVersion2 = isVersion3 || reader.kind == Parser.version2Kind
        guard isVersion2 || reader.kind == Parser.greedyKind else {
            throw .wrongKind(expected: Parser.kind, found: reader.kind)
        }
        let labels = try reader.readStrings()
        let tagNames = try reader.readStrings()
        let beamWidth = isVersion2 ? Int(try reader.readUInt()) : 1
        let clusters = isVersion2 ? try WordClusters(reader: &reader) : .empty
        let keyBits = isVersion3 ? Int(try reader.readUInt()) : 64
        self.init(labels: labels, tagNames: tagNames, model: try reader.readSparseModel(), clusters: clusters,
                  beamWidth: beamWidth, keyBits: keyBits)
    }
}
