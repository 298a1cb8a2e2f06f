import FaultlineCore
import Foundation
import GRDB

extension SQLiteStore {
    /// Stores the document and all its annotations in one immediate transaction.
    public func save(_ submission: DocumentSubmission) throws -> SaveOutcome {
        try save(submission, originalOf: nil)
    }

    /// Stores one document in its own immediate transaction, first giving it an original with
    /// `originalOf` when it has none.
    private func save(_ submission: DocumentSubmission, originalOf: OriginalChooser?) throws -> SaveOutcome {
        try pool.writeWithoutTransaction { db in
            var outcome = SaveOutcome.duplicate(of: 0)
            try db.inTransaction(.immediate) {
                var actors = ActorCache()
                var mentionIDs = MentionIDs()
                outcome = try Self.save(submission, originalOf: originalOf, actors: &actors, mentionIDs: &mentionIDs, in: db)
                return .commit
            }
            return outcome
        }
    }

    /// Stores documents in order in one immediate transaction: one commit per batch instead of
    /// per document, so the pages every document touches (the last leaves of each table and
    /// index) are written to the WAL once per batch.
    ///
    /// When a document fails, nothing of the batch is kept and each document is stored again
    /// in its own transaction, so only the failing ones fail (a savepoint per document would
    /// cost every batch two more statements per document for the rare failure).
    public func save(
        _ batch: [DocumentSubmission], originalOf: OriginalChooser?
    ) throws -> [Result<SaveOutcome, any Error>] {
        do {
            return try pool.writeWithoutTransaction { db in
                var outcomes: [Result<SaveOutcome, any Error>] = []
                outcomes.reserveCapacity(batch.count)
                try db.inTransaction(.immediate) {
                    // Actors met by earlier documents of the batch are not read again.
                    var actors = ActorCache()
                    var mentionIDs = MentionIDs()
                    for submission in batch {
                        outcomes.append(.success(try Self.save(
                            submission, originalOf: originalOf, actors: &actors, mentionIDs: &mentionIDs, in: db)))
                    }
                    return .commit
                }
                return outcomes
            }
        } catch {
            if batch.count == 1 { return [.failure(error)] }
            return batch.map { submission in Result { try save(submission, originalOf: originalOf) } }
        }
    }

    /// The body of a document's save: its original found in this transaction (earlier documents
    /// of the batch included), then its rows.
    private static func save(
        _ submission: DocumentSubmission, originalOf: OriginalChooser?, actors: inout ActorCache,
        mentionIDs: inout MentionIDs, in db: Database
    ) throws -> SaveOutcome {
        guard submission.nearDuplicateOf == nil, let originalOf else {
            return try save(submission, actors: &actors, mentionIDs: &mentionIDs, in: db)
        }
        var submission = submission
        let candidates = try nearDuplicateCandidates(bandKeys: submission.bandKeys, in: db)
        submission.nearDuplicateOf = originalOf(submission.signature, candidates)
        return try save(submission, actors: &actors, mentionIDs: &mentionIDs, in: db)
    }

    /// The body of the per-document transaction.
    private static func save(
        _ submission: DocumentSubmission, actors: inout ActorCache, mentionIDs: inout MentionIDs, in db: Database
    ) throws -> SaveOutcome {
        if let existing = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM documents WHERE content_hash = ?"),
            arguments: [submission.contentHash]) {
            return .duplicate(of: existing)
        }
        let document = submission.document
        let metadata = document.metadata
        try db.cachedStatement(sql: """
            INSERT INTO documents (content_hash, url, outlet, title, author, published, ingested_at,
                format, origin, raw_text, clean_text, duplicate_of, minhash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                submission.contentHash, metadata.url, metadata.outlet, metadata.title, metadata.author,
                metadata.published?.iso, Timestamp.iso(submission.ingestedAt), submission.format,
                submission.origin, submission.rawText, document.text, submission.nearDuplicateOf,
                submission.signature.isEmpty ? nil : MinHashBlob.encode(submission.signature),
            ])
        let id = db.lastInsertedRowID
        try saveBandKeys(submission.bandKeys, id: id, in: db)
        try saveSentences(document, id: id, in: db)
        try saveEntities(document, id: id, in: db)
        try saveTimeExpressions(document, id: id, in: db)
        if let original = submission.nearDuplicateOf {
            // A syndicated copy: its text is kept and linked, its actors and events are not
            // counted a second time.
            return .nearDuplicate(id: id, of: original)
        }
        actors.startDocument()
        try saveActorMentions(document, id: id, actors: &actors, in: db)
        for (index, event) in document.events.enumerated() {
            try EventWriter.save(
                event, index: index, document: document, documentID: id, actors: &actors, mentionIDs: &mentionIDs, in: db)
        }
        return .added(id: id)
    }

    /// The band keys in one statement: every document has the same number of them, so this is
    /// one cached statement instead of one execution per key.
    private static func saveBandKeys(_ keys: [UInt64], id: Int64, in db: Database) throws {
        guard !keys.isEmpty else { return }
        let rows = Array(repeating: "(?, ?)", count: keys.count).joined(separator: ", ")
        var values: [any DatabaseValueConvertible] = []
        values.reserveCapacity(keys.count * 2)
        for key in keys {
            values.append(Int64(bitPattern: key))
            values.append(id)
        }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO document_bands (band_key, document_id) VALUES \(rows)")
            .execute(arguments: StatementArguments(values))
    }

    private static func saveSentences(_ document: AnalyzedDocument, id: Int64, in db: Database) throws {
        let bytes = Array(document.text.utf8)
        let insert = try db.cachedStatement(sql: """
            INSERT INTO sentences (document_id, idx, start, "end", text, tokens) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (index, sentence) in document.sentences.enumerated() {
            try insert.execute(arguments: [
                id, index, sentence.range.lowerBound, sentence.range.upperBound, sentence.text,
                TokenBlob.encode(sentence.tokens, text: bytes),
            ])
        }
    }

    private static func saveEntities(_ document: AnalyzedDocument, id: Int64, in db: Database) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO entity_mentions (document_id, idx, sentence, token_start, token_end, start, "end",
                text, type, is_nominal, cluster, title_text, title_rank, title_role, title_organization,
                title_start, title_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (index, entity) in document.entities.enumerated() {
            let title = entity.title
            try insert.execute(arguments: [
                id, index, entity.sentence, entity.tokens.lowerBound, entity.tokens.upperBound,
                entity.range.lowerBound, entity.range.upperBound, entity.text, entity.type.rawValue,
                entity.isNominal, entity.cluster, title?.text, title?.rank, title?.role,
                title?.organization, title?.range.lowerBound, title?.range.upperBound,
            ])
        }
    }

    private static func saveTimeExpressions(_ document: AnalyzedDocument, id: Int64, in db: Database) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO time_expressions (document_id, idx, sentence, start, "end", text, kind, value)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (index, time) in document.timeExpressions.enumerated() {
            try insert.execute(arguments: [
                id, index, time.sentence, time.range.lowerBound, time.range.upperBound, time.text,
                time.kind.rawValue, time.value,
            ])
        }
    }

    private static func saveActorMentions(
        _ document: AnalyzedDocument, id: Int64, actors: inout ActorCache, in db: Database
    ) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT INTO actor_mentions (actor_id, document_id, idx, name, country, sector, entity_mention)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (index, actor) in document.actors.enumerated() {
            let actorID = try actors.id(of: actor, in: db)
            try insert.execute(arguments: [
                actorID, id, index, actor.name, actor.code.country, actor.code.sector, actor.mention,
            ])
        }
    }
}

/// Actor ids by key within one transaction, inserting actors on first sight.
///
/// A document's first mention of an actor brings the stored row up to date with its code (as
/// `upsert` does); later mentions in the same document only take the id. The rows read or
/// written in this transaction are remembered, so a batch reads each actor once.
struct ActorCache {
    /// An actor row as it stands in this transaction.
    private struct StoredActor {
        var id: Int64
        var country: String?
        var sector: String?
    }

    private var stored: [String: StoredActor] = [:]
    private var inDocument: [String: Int64] = [:]

    /// Starts the next document: its first mention of each actor updates the actor's code.
    mutating func startDocument() {
        inDocument.removeAll(keepingCapacity: true)
    }

    mutating func id(of actor: CodedActor, in db: Database) throws -> Int64 {
        let key = ActorKey.of(actor)
        if let id = inDocument[key] { return id }
        let country = actor.code.country
        let sector = actor.code.sector
        var row: StoredActor
        if let known = try stored[key] ?? Self.fetch(key: key, in: db) {
            row = known
            try Self.bringUpToDate(&row, country: country, sector: sector, in: db)
        } else {
            try Self.insert(key: key, kbID: actor.actor, name: actor.name, country: country, sector: sector, in: db)
            row = StoredActor(id: db.lastInsertedRowID, country: country, sector: sector)
        }
        stored[key] = row
        inDocument[key] = row.id
        return row.id
    }

    /// The id of the actor with `key`, created when new; a known actor gets the latest code.
    static func upsert(
        key: String, kbID: String?, name: String, country: String?, sector: String?, in db: Database
    ) throws -> Int64 {
        if var row = try fetch(key: key, in: db) {
            try bringUpToDate(&row, country: country, sector: sector, in: db)
            return row.id
        }
        try insert(key: key, kbID: kbID, name: name, country: country, sector: sector, in: db)
        return db.lastInsertedRowID
    }

    private static func fetch(key: String, in db: Database) throws -> StoredActor? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, country, sector FROM actors WHERE key = ?"), arguments: [key]
        ).map { StoredActor(id: $0["id"], country: $0["country"], sector: $0["sector"]) }
    }

    /// Sets the code parts that are given. Written only when the code changes: an unchanged row
    /// is not rewritten (and its page not logged again) for every report that names the actor.
    private static func bringUpToDate(
        _ row: inout StoredActor, country: String?, sector: String?, in db: Database
    ) throws {
        guard (country ?? row.country) != row.country || (sector ?? row.sector) != row.sector else { return }
        try db.cachedStatement(sql: """
            UPDATE actors SET country = coalesce(?, country), sector = coalesce(?, sector) WHERE id = ?
            """).execute(arguments: [country, sector, row.id])
        row.country = country ?? row.country
        row.sector = sector ?? row.sector
    }

    private static func insert(
        key: String, kbID: String?, name: String, country: String?, sector: String?, in db: Database
    ) throws {
        try db.cachedStatement(sql: """
            INSERT INTO actors (key, kb_id, name, country, sector) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [key, kbID, name, country, sector])
    }
}

/// UTC timestamps as ISO 8601 text.
enum Timestamp {
    static func iso(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = CivilDate(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let secondOfDay = seconds - day.dayNumber * 86_400
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day.iso)T\(pad(secondOfDay / 3600)):\(pad(secondOfDay / 60 % 60)):\(pad(secondOfDay % 60))Z"
    }
}
