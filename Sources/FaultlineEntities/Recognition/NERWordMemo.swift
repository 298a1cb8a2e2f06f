import FaultlineLearning

/// What the recognizer has worked out about the word types of one document: what the features
/// read of each word by itself, and the integer class steps of the word's own features (bias,
/// spelling, affixes, shapes, clusters), found at its first occurrence and reused at every
/// later one.
///
/// Integer steps do not depend on the order of addition, so the tags are exactly those found
/// without a memo.
struct NERWordMemo: Sendable {
    /// The row of each word type seen, by its text as written.
    private var rowOfWord: [ExactText: Int] = [:]
    /// Per row: the word's values.
    private(set) var infos: [NERFeatures.WordInfo] = []
    /// Per row: `classCount` steps.
    private(set) var steps: [Int32] = []
    /// The number of classes of the model whose steps are kept.
    let classCount: Int

    /// A memo with this many word types (about 10 MB) is not reused for another document.
    static let reuseLimit = 20_000

    /// The number of word types remembered.
    var wordCount: Int { infos.count }

    /// An empty memo for a model of `classCount` classes.
    init(classCount: Int) {
        self.classCount = classCount
    }

    /// The row of `word`, and whether it is new (its steps still to be set with
    /// ``setSteps(ofRow:features:model:)``); `makeInfo` computes a new word's values.
    mutating func row(of word: String, makeInfo: (String) -> NERFeatures.WordInfo) -> (row: Int, isNew: Bool) {
        if let row = rowOfWord[ExactText(word)] { return (row, false) }
        let row = infos.count
        infos.append(makeInfo(word))
        steps.append(contentsOf: repeatElement(0, count: classCount))
        rowOfWord[ExactText(word)] = row
        return (row, true)
    }

    /// Scores a new word's own features into its row.
    mutating func setSteps(ofRow row: Int, features: [UInt64], model: SparseModel) {
        let start = row * classCount
        features.withUnsafeBufferPointer { features in
            steps.withUnsafeMutableBufferPointer { steps in
                model.addSteps(of: features, to: UnsafeMutableBufferPointer(rebasing: steps[start..<(start + classCount)]))
            }
        }
    }
}
