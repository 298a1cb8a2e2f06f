/// The contents this run is analysing or about to store, by the position of the first article
/// that has them, so that a later copy is skipped before its analysis.
///
/// The store only knows committed documents; with documents stored in batches, a copy arriving
/// while its twin waits for its batch would otherwise be analysed only to be found a duplicate
/// when saved. Positions keep the outcome of a sequential run: an article analysed out of
/// order is skipped only when an earlier one holds its content.
actor ContentClaims {
    /// Where an article sits in the input: the input's index, then its place in the input.
    struct Position: Comparable, Sendable {
        var input: Int
        var article: Int

        static func < (lhs: Position, rhs: Position) -> Bool {
            (lhs.input, lhs.article) < (rhs.input, rhs.article)
        }
    }

    private var first: [String: Position] = [:]

    /// Claims `hash` for the article at `position`: `false` when an earlier article holds it
    /// (skip this one as a duplicate), `true` when it is this article's to analyse.
    func claim(_ hash: String, at position: Position) -> Bool {
        if let holder = first[hash], holder < position { return false }
        first[hash] = position
        return true
    }
}
