import Foundation

/// Word memos kept from one document to the next.
///
/// Decoders memoise what they work out about each word type of a document (the integer scores
/// of its own features). The next document repeats most of those words ("the", "said",
/// "minister"), so a finished memo is put back on the shelf and the next document takes it,
/// instead of starting empty. A memo only caches what depends on the word and the model, so the
/// output is the same whichever memo a document gets. Each memo is used by one document at a
/// time: taking it removes it from the shelf.
///
/// ```swift
/// var memo = shelf.take() ?? TaggerWordMemo()
/// // ... tag the document with memo ...
/// shelf.putBack(memo, if: memo.wordCount < 20_000)
/// ```
public final class MemoShelf<Memo: Sendable>: @unchecked Sendable {
    // @unchecked: `idle` is only read or written while `lock` is held.
    private let lock = NSLock()
    private var idle: [Memo] = []
    /// At most this many memos wait on the shelf (one per document analysed at once is enough).
    public let capacity: Int

    /// An empty shelf for up to `capacity` idle memos.
    public init(capacity: Int = 8) {
        self.capacity = capacity
    }

    /// A memo from the shelf, or nil when none is idle.
    public func take() -> Memo? {
        lock.withLock { idle.popLast() }
    }

    /// Puts `memo` back for the next document when `keep` holds (a memo that grew too large
    /// is better dropped) and the shelf has room.
    public func putBack(_ memo: Memo, if keep: Bool = true) {
        guard keep else { return }
        lock.withLock {
            if idle.count < capacity { idle.append(memo) }
        }
    }
}
