/// What an ingest run did, for the closing summary line.
public struct IngestSummary: Sendable, Hashable {
    /// Articles read from the inputs (a feed or JSON Lines file gives several).
    public var read = 0
    /// New documents stored.
    public var added = 0
    /// Articles whose content was already stored; nothing was added for them.
    public var duplicates = 0
    /// Syndicated near-copies: stored, linked to their original, not counted again.
    public var nearDuplicates = 0
    /// Inputs or articles that could not be read, analysed or stored.
    public var failures: [IngestFailure] = []
    /// Ids of the documents stored by this run (near-duplicates included), in input order.
    public var storedIDs: [Int64] = []
    /// Wall-clock time of the run in seconds.
    public var seconds = 0.0
    /// Seconds per stage (reading, loading models, each annotator, storing).
    public var timings = StageTimings()
    /// Sentences analysed by this run (documents skipped as already stored analyse none).
    public var sentences = 0

    /// An empty summary.
    public init() {}

    /// The number of failed inputs or articles.
    public var failed: Int { failures.count }

    /// `read N, added N, duplicates N, near-duplicates N, failed N in X.XX s`.
    public var line: String {
        "read \(read), added \(added), duplicates \(duplicates), near-duplicates \(nearDuplicates), "
            + "failed \(failed) in \(StageTimings.format(seconds, decimals: 2)) s"
    }
}

/// An input or article that failed, and why.
public struct IngestFailure: Sendable, Hashable, Error, CustomStringConvertible {
    /// The path (with `#N` for an item of a feed), or `-` for standard input.
    public var origin: String
    /// The reason, with what to do about it.
    public var reason: String

    /// A failure.
    public init(origin: String, reason: String) {
        self.origin = origin
        self.reason = reason
    }

    /// One line naming the input and the reason.
    public var description: String { "\(origin): \(reason)" }
}

/// What the runner reports while it works, in input order.
public enum IngestProgress: Sendable, Hashable {
    /// The inputs are known; `inputs` files will be read.
    case started(inputs: Int)
    /// One more input is finished (stored, skipped or failed).
    case finished(done: Int, of: Int)
    /// An input or article failed.
    case failed(IngestFailure)
}
