/// Finished inputs waiting to be stored together in one transaction.
///
/// The runner stores a batch when it holds enough documents, when its oldest input has waited
/// long enough, or when every input is finished: a commit per batch instead of per document,
/// while a slow stream of inputs still reaches the database within the wait.
struct PendingBatch {
    /// When a batch is stored.
    struct Limits: Sendable, Hashable {
        /// Articles (analysed or skipped) that make a batch due.
        var articles: Int
        /// How long the oldest input of a batch may wait for the batch to be stored.
        var wait: Duration
    }

    /// Finished inputs, in input order.
    private(set) var outcomes: [IngestRunner.InputOutcome] = []
    /// Articles of those inputs.
    private(set) var articles = 0
    /// When the oldest input arrived.
    private var since: ContinuousClock.Instant?

    /// Adds a finished input.
    mutating func append(_ outcome: IngestRunner.InputOutcome, at now: ContinuousClock.Instant) {
        if since == nil { since = now }
        outcomes.append(outcome)
        if case .articles(let list) = outcome { articles += list.count }
    }

    /// Whether the batch should be stored now.
    func isDue(at now: ContinuousClock.Instant, limits: Limits) -> Bool {
        guard let since else { return false }
        return articles >= limits.articles || now - since >= limits.wait
    }
}
