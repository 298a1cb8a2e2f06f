import FaultlineCore
import FaultlineLearning

/// A two-pass averaged-perceptron tagger for joint UPOS and Penn Treebank XPOS tags, with its
/// lemmatizer.
///
/// The first pass tags left to right from word features and the tags already chosen; the second
/// pass tags again, now also seeing the first pass's tags of the words to the right.
public struct Tagger: Sendable {
    /// The UPOS of each class.
    public let uposOfClass: [String]
    /// The XPOS of each class.
    public let xposOfClass: [String]
    /// Lowercased word → atom of the set of classes it took in training (frequent words only).
    let ambiguityClasses: [String: UInt64]
    let firstPass: SparseModel
    let secondPass: SparseModel
    /// The lemmatizer trained with the tagger.
    public let lemmatizer: Lemmatizer
    /// Word clusters the features read (learned from raw text, stored in the model file).
    public let clusters: WordClusters

    /// The model file kind (version 2 added the word clusters).
    static let kind = "faultline-tagger-2"
    /// The kind of version 1 files, which had no clusters.
    static let kindWithoutClusters = "faultline-tagger"

    init(uposOfClass: [String], xposOfClass: [String], ambiguityClasses: [String: UInt64],
         firstPass: SparseModel, secondPass: SparseModel, lemmatizer: Lemmatizer, clusters: WordClusters = .empty) {
        self.clusters = clusters
        self.uposOfClass = uposOfClass
        self.xposOfClass = xposOfClass
        self.ambiguityClasses = ambiguityClasses
        self.firstPass = firstPass
        self.secondPass = secondPass
        self.lemmatizer = lemmatizer
    }

    /// The number of joint tag classes.
    public var classCount: Int { uposOfClass.count }

    /// Returns the tokens with `upos`, `xpos` and `lemma` filled.
    ///
    /// One sentence on its own: a memo would cost more than it saves (documents use
    /// ``tag(_:memo:)``).
    public func tag(_ tokens: [Token]) -> [Token] {
        guard !tokens.isEmpty else { return tokens }
        let atoms = tokens.map { WordAtoms($0.text, clusters: clusters) }
        let classes = predict(atoms: atoms)
        var tagged = tokens
        for index in tagged.indices {
            let tagClass = classes[index]
            tagged[index].upos = uposOfClass[tagClass]
            tagged[index].xpos = xposOfClass[tagClass]
            tagged[index].lemma = lemmatizer.lemma(
                of: tokens[index].text, lower: atoms[index].lower, xpos: xposOfClass[tagClass])
        }
        return tagged
    }

    /// Returns the tokens with `upos`, `xpos` and `lemma` filled, reusing (and extending) what
    /// `memo` knows of their words; the tags are those of ``tag(_:)``, only found faster when
    /// the sentences of a document share one memo.
    public func tag(_ tokens: [Token], memo: inout TaggerWordMemo) -> [Token] {
        guard !tokens.isEmpty else { return tokens }
        var rows: [Int] = []
        rows.reserveCapacity(tokens.count)
        for token in tokens { rows.append(memo.row(of: token.text, tagger: self)) }
        let atoms = rows.map { memo.atoms[$0] }
        let ambiguity = rows.map { memo.ambiguity[$0] }
        let first = Tagger.decode(
            model: firstPass, pass: 0, rows: rows, memo: memo, atoms: atoms, ambiguity: ambiguity, right: nil)
        let classes = Tagger.decode(
            model: secondPass, pass: 1, rows: rows, memo: memo, atoms: atoms, ambiguity: ambiguity, right: first)
        var tagged = tokens
        let classCount = uposOfClass.count
        for index in tagged.indices {
            let tagClass = classes[index]
            tagged[index].upos = uposOfClass[tagClass]
            tagged[index].xpos = xposOfClass[tagClass]
            let lemmaKey = rows[index] * classCount + tagClass
            if let lemma = memo.lemmas[lemmaKey] {
                tagged[index].lemma = lemma
            } else {
                let lemma = lemmatizer.lemma(of: tokens[index].text, lower: atoms[index].lower, xpos: xposOfClass[tagClass])
                memo.lemmas[lemmaKey] = lemma
                tagged[index].lemma = lemma
            }
        }
        return tagged
    }

    /// Greedy left-to-right decoding of one pass, starting each word from the steps of its own
    /// features in `memo` (`pass` 0 or 1 picks the model's half of the row).
    static func decode(
        model: SparseModel, pass: Int, rows: [Int], memo: TaggerWordMemo, atoms: [WordAtoms],
        ambiguity: [UInt64], right: [Int]?
    ) -> [Int] {
        let classCount = model.classCount
        var classes = [Int](repeating: 0, count: atoms.count)
        var features: [UInt64] = []
        features.reserveCapacity(48)
        var sums = [Int32](repeating: 0, count: classCount)
        var scores = [Float](repeating: 0, count: classCount)
        for index in atoms.indices {
            TaggerFeatures.extractContext(
                at: index, atoms: atoms, ambiguity: ambiguity, left: classes, right: right, into: &features)
            let start = (rows[index] * 2 + pass) * classCount
            model.setScores(of: features, over: memo.steps[start..<(start + classCount)], steps: &sums, scores: &scores)
            var best = 0
            for slot in scores.indices where scores[slot] > scores[best] { best = slot }
            classes[index] = best
        }
        return classes
    }

    /// The ambiguity-class atoms of a sentence's words.
    func ambiguity(of atoms: [WordAtoms]) -> [UInt64] {
        atoms.map { ambiguityClasses[$0.lower] ?? 2 }
    }

    /// The predicted class of every word (both passes).
    func predict(atoms: [WordAtoms]) -> [Int] {
        let ambiguity = ambiguity(of: atoms)
        let first = Tagger.decode(model: firstPass, atoms: atoms, ambiguity: ambiguity, right: nil)
        return Tagger.decode(model: secondPass, atoms: atoms, ambiguity: ambiguity, right: first)
    }

    /// Greedy left-to-right decoding of one pass.
    static func decode(model: SparseModel, atoms: [WordAtoms], ambiguity: [UInt64], right: [Int]?) -> [Int] {
        var classes = [Int](repeating: 0, count: atoms.count)
        var features: [UInt64] = []
        features.reserveCapacity(48)
        var scores = [Float](repeating: 0, count: model.classCount)
        for index in atoms.indices {
            TaggerFeatures.extract(
                at: index, atoms: atoms, ambiguity: ambiguity, left: classes, right: right, into: &features)
            for slot in scores.indices { scores[slot] = 0 }
            model.addScores(of: features, to: &scores)
            var best = 0
            for slot in scores.indices where scores[slot] > scores[best] { best = slot }
            classes[index] = best
        }
        return classes
    }

    /// A copy whose models keep only weights larger than `minimumWeight` in magnitude.
    public func pruned(minimumWeight: Float) -> Tagger {
        Tagger(uposOfClass: uposOfClass, xposOfClass: xposOfClass, ambiguityClasses: ambiguityClasses,
               firstPass: firstPass.pruned(minimumWeight: minimumWeight),
               secondPass: secondPass.pruned(minimumWeight: minimumWeight), lemmatizer: lemmatizer, clusters: clusters)
    }

    /// Writes the tagger in the compact model format.
    public func write(to writer: inout BinaryWriter) {
        writer.write(uposOfClass)
        writer.write(xposOfClass)
        let words = ambiguityClasses.keys.sorted()
        writer.write(UInt64(words.count))
        for word in words {
            writer.write(word)
            writer.write(ambiguityClasses[word] ?? 0)
        }
        clusters.write(to: &writer)
        writer.write(firstPass)
        writer.write(secondPass)
        lemmatizer.write(to: &writer)
    }

    /// The bytes of a model file holding this tagger.
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter(kind: Tagger.kind)
        write(to: &writer)
        return writer.bytes
    }

    /// Reads a tagger written by ``serialized()``.
    public init(bytes: [UInt8]) throws(BinaryReader.Failure) {
        try self.init(contents: ModelBytes(copying: bytes))
    }

    /// Reads a tagger from a model file's contents (see ``ModelFile/contents(atPath:)``).
    public init(contents: ModelBytes) throws(BinaryReader.Failure) {
        var reader = try BinaryReader(contents: contents)
        // Version 1 files (before word clusters) still load: they simply have no clusters.
        let hasClusters = reader.kind == Tagger.kind
        guard hasClusters || reader.kind == Tagger.kindWithoutClusters else {
            throw .wrongKind(expected: Tagger.kind, found: reader.kind)
        }
        uposOfClass = try reader.readStrings()
        xposOfClass = try reader.readStrings()
        let wordCount = Int(try reader.readUInt())
        var classes: [String: UInt64] = [:]
        classes.reserveCapacity(wordCount)
        for _ in 0..<wordCount {
            let word = try reader.readString()
            classes[word] = try reader.readUInt()
        }
        ambiguityClasses = classes
        clusters = hasClusters ? try WordClusters(reader: &reader) : .empty
        firstPass = try reader.readSparseModel()
        secondPass = try reader.readSparseModel()
        lemmatizer = try Lemmatizer(reader: &reader)
    }
}
