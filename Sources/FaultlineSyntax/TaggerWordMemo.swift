import FaultlineLearning

/// What the tagger has learned about the word types of one document: each type's atoms, its
/// ambiguity class, the integer scores of its own features in both passes and its lemmas, found
/// at its first occurrence and reused at every later one.
///
/// A document repeats most of its words ("the", "said", the names it is about), and a word's own
/// features (spelling, affixes, shape, clusters, ambiguity class) are a third of the features
/// the tagger reads. Integer sums do not depend on the order of addition, so the tags are
/// exactly those of tagging without a memo.
///
/// ```swift
/// var memo = TaggerWordMemo()
/// for sentence in sentences { tagged.append(tagger.tag(sentence, memo: &memo)) }
/// ```
public struct TaggerWordMemo: Sendable {
    /// The row of each word type seen, by its text as written.
    var rowOfWord: [ExactText: Int] = [:]
    /// Per row: the word's atoms.
    var atoms: [WordAtoms] = []
    /// Per row: the word's ambiguity-class atom.
    var ambiguity: [UInt64] = []
    /// Per row: the first pass's class steps, then the second pass's (two × class count).
    var steps: [Int32] = []
    /// Lemmas found so far, by row × class count + class.
    var lemmas: [Int: String] = [:]
    /// Reused buffer for a word's own features.
    var features: [UInt64] = []

    /// An empty memo (one per document, or per batch of sentences that share vocabulary).
    public init() {}

    /// The number of word types remembered.
    public var wordCount: Int { atoms.count }

    /// A memo with this many word types (about 20 MB) is not reused for another document.
    public static let reuseLimit = 20_000

    /// The row of `text`, computing its atoms and own-feature steps at its first occurrence.
    mutating func row(of text: String, tagger: Tagger) -> Int {
        if let row = rowOfWord[ExactText(text)] { return row }
        let row = atoms.count
        let wordAtoms = WordAtoms(text, clusters: tagger.clusters)
        let wordAmbiguity = tagger.ambiguityClasses[wordAtoms.lower] ?? 2
        atoms.append(wordAtoms)
        ambiguity.append(wordAmbiguity)
        TaggerFeatures.extractWord(wordAtoms, ambiguity: wordAmbiguity, into: &features)
        let classCount = tagger.firstPass.classCount
        let start = steps.count
        steps.append(contentsOf: repeatElement(0, count: 2 * classCount))
        features.withUnsafeBufferPointer { features in
            steps.withUnsafeMutableBufferPointer { steps in
                let first = UnsafeMutableBufferPointer(rebasing: steps[start..<(start + classCount)])
                tagger.firstPass.addSteps(of: features, to: first)
                let second = UnsafeMutableBufferPointer(rebasing: steps[(start + classCount)..<(start + 2 * classCount)])
                tagger.secondPass.addSteps(of: features, to: second)
            }
        }
        rowOfWord[ExactText(text)] = row
        return row
    }
}
