import FaultlineCore

/// Where analysed reports are kept and read back.
///
/// The pipeline and the command line only talk to this protocol, so another backend (PostgreSQL
/// for shared deployments) can be added beside ``SQLiteStore`` without touching them. Methods
/// are `async` so a networked backend can suspend instead of blocking; ``SQLiteStore`` meets
/// them with synchronous calls (a local file answers in microseconds). `save` is one transaction.
public protocol Store: Sendable {
    /// The id of the stored document with this content hash, if any.
    func documentID(contentHash: String) async throws -> Int64?

    /// Documents that share at least one MinHash LSH band key with `bandKeys`, with their
    /// signatures, for the caller to confirm with its similarity measure.
    func nearDuplicateCandidates(bandKeys: [UInt64]) async throws -> [NearDuplicateCandidate]

    /// Stores a whole analysed document in one transaction: the document, its sentences and
    /// tokens, entity mentions, time expressions, actor mentions and events (merged with the same
    /// event reported elsewhere). Events and actor mentions of a near-duplicate are not stored.
    func save(_ submission: DocumentSubmission) async throws -> SaveOutcome

    /// Stores several documents in input order, each whole or not at all, as ``save(_:)`` would
    /// one after the other, but in one transaction: a backend that pays per commit pays once.
    ///
    /// A submission without `nearDuplicateOf` is given one by `originalOf`, which picks among the
    /// stored originals sharing a band key with it (earlier documents of the batch included).
    /// One result per submission, in order: a document that cannot be stored fails alone;
    /// `throws` only when the batch as a whole could not be committed (nothing of it is stored).
    func save(_ batch: [DocumentSubmission], originalOf: OriginalChooser?) async throws -> [Result<SaveOutcome, any Error>]

    /// The number of stored documents.
    func documentCount() async throws -> Int

    /// Stored documents in id order.
    func documents(limit: Int?, offset: Int) async throws -> [StoredDocument]

    /// One stored document.
    func document(id: Int64) async throws -> StoredDocument?

    /// The sentences of a document in order.
    func sentences(ofDocument id: Int64) async throws -> [StoredSentence]

    /// The document as the pipeline analysed it, rebuilt from the store.
    func analyzedDocument(id: Int64) async throws -> AnalyzedDocument?

    /// Events matching a filter, as the event records of docs/FORMATS.md.
    func events(matching filter: EventFilter) async throws -> [EventRecord]

    /// The events one document reports, in sentence order, each as that document states it
    /// (its sentence, attribution, modality and coding); `mentions` counts all reports of it.
    func eventReports(inDocument id: Int64) async throws -> [EventRecord]

    /// Actors with their mention and event counts, most mentioned first.
    func actors(matching filter: ActorFilter) async throws -> [ActorSummary]

    /// Adds ties between actors (from the knowledge base or the network stage).
    func addTies(_ ties: [Tie]) async throws

    /// Ties, optionally only those touching an actor key.
    func ties(actorKey: String?) async throws -> [Tie]

    /// The result of the backend's own consistency check: `["ok"]` when sound.
    func integrityCheck() async throws -> [String]
}

/// Picks the original a document is a near-copy of, given its MinHash signature and the stored
/// originals that share a band key with it; `nil` when none is similar enough.
public typealias OriginalChooser = @Sendable (_ signature: [UInt32], _ candidates: [NearDuplicateCandidate]) -> Int64?

extension Store {
    /// One ``save(_:)`` per document, for backends without a batched write.
    public func save(_ batch: [DocumentSubmission], originalOf: OriginalChooser?) async throws -> [Result<SaveOutcome, any Error>] {
        var results: [Result<SaveOutcome, any Error>] = []
        results.reserveCapacity(batch.count)
        for var submission in batch {
            do {
                if submission.nearDuplicateOf == nil, let originalOf {
                    let candidates = try await nearDuplicateCandidates(bandKeys: submission.bandKeys)
                    submission.nearDuplicateOf = originalOf(submission.signature, candidates)
                }
                results.append(.success(try await save(submission)))
            } catch {
                results.append(.failure(error))
            }
        }
        return results
    }
}
