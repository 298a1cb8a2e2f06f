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
                var session = try SaveSession(in: db)
                outcome = try Self.save(submission, originalOf: originalOf, session: &session, in: db)
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
                    // Statements are looked up once, and actors met by earlier documents of the
                    // batch are not read again.
                    var session = try SaveSession(in: db)
                    for submission in batch {
                        outcomes.append(.success(try Self.save(submission, originalOf: originalOf, session: &session, in: db)))
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
        _ submission: DocumentSubmission, originalOf: OriginalChooser?, session: inout SaveSession, in db: Database
    ) throws -> SaveOutcome {
        guard submission.nearDuplicateOf == nil, let originalOf else {
            return try save(submission, session: &session, in: db)
        }
        var submission = submission
        let candidates = try nearDuplicateCandidates(bandKeys: submission.bandKeys, in: db)
        submission.nearDuplicateOf = originalOf(submission.signature, candidates)
        return try save(submission, session: &session, in: db)
    }

    /// The body of the per-document transaction.
    private static func save(
        _ submission: DocumentSubmission, session: inout SaveSession, in db: Database
    ) throws -> SaveOutcome {
        if let existing = try Int64.fetchOne(session.documentByHash, arguments: [submission.contentHash]) {
            return .duplicate(of: existing)
        }
        let document = submission.document
        try insertDocument(submission, into: &session.documents)
        let id = db.lastInsertedRowID
        try session.saveBandKeys(submission.bandKeys, id: id, in: db)
        try saveSentences(document, id: id, into: &session.sentences, buffer: &session.tokenBuffer)
        try saveEntities(document, id: id, into: &session.entities)
        try saveTimeExpressions(document, id: id, into: &session.timeExpressions)
        if let original = submission.nearDuplicateOf {
            // A syndicated copy: its text is kept and linked, its actors and events are not
            // counted a second time.
            return .nearDuplicate(id: id, of: original)
        }
        session.actors.startDocument()
        try saveActorMentions(document, id: id, into: &session.actorMentions, actors: &session.actors, in: db)
        for (index, event) in document.events.enumerated() {
            try session.events.save(
                event, index: index, documentID: id, actors: &session.actors, mentionIDs: &session.mentionIDs, in: db)
        }
        return .added(id: id)
    }

    private static func insertDocument(_ submission: DocumentSubmission, into insert: inout PreparedWrite) throws {
        let metadata = submission.document.metadata
        insert.bind(submission.contentHash)
        insert.bind(metadata.url)
        insert.bind(metadata.outlet)
        insert.bind(metadata.title)
        insert.bind(metadata.author)
        insert.bind(metadata.published?.iso)
        insert.bind(Timestamp.iso(submission.ingestedAt))
        insert.bind(submission.format)
        insert.bind(submission.origin)
        insert.bind(submission.rawText)
        insert.bind(submission.document.text)
        insert.bind(submission.nearDuplicateOf)
        insert.bind(blob: submission.signature.isEmpty ? nil : MinHashBlob.encode(submission.signature))
        try insert.run()
    }

    private static func saveSentences(
        _ document: AnalyzedDocument, id: Int64, into insert: inout PreparedWrite, buffer: inout [UInt8]
    ) throws {
        let bytes = Array(document.text.utf8)
        for (index, sentence) in document.sentences.enumerated() {
            TokenBlob.encode(sentence.tokens, text: bytes, into: &buffer)
            insert.bind(id)
            insert.bind(index)
            insert.bind(sentence.range.lowerBound)
            insert.bind(sentence.range.upperBound)
            insert.bind(sentence.text)
            insert.bind(blob: buffer)
            try insert.run()
        }
    }

    private static func saveEntities(_ document: AnalyzedDocument, id: Int64, into insert: inout PreparedWrite) throws {
        for (index, entity) in document.entities.enumerated() {
            insert.bind(id)
            insert.bind(index)
            insert.bind(entity.sentence)
            insert.bind(entity.tokens.lowerBound)
            insert.bind(entity.tokens.upperBound)
            insert.bind(entity.range.lowerBound)
            insert.bind(entity.range.upperBound)
            insert.bind(entity.text)
            insert.bind(entity.type.rawValue)
            insert.bind(entity.isNominal)
            insert.bind(entity.cluster)
            if let title = entity.title {
                insert.bind(title.text)
                insert.bind(title.rank)
                insert.bind(title.role)
                insert.bind(title.organization)
                insert.bind(title.range.lowerBound)
                insert.bind(title.range.upperBound)
            } else {
                for _ in 0..<6 { insert.bindNull() }
            }
            try insert.run()
        }
    }

    private static func saveTimeExpressions(
        _ document: AnalyzedDocument, id: Int64, into insert: inout PreparedWrite
    ) throws {
        for (index, time) in document.timeExpressions.enumerated() {
            insert.bind(id)
            insert.bind(index)
            insert.bind(time.sentence)
            insert.bind(time.range.lowerBound)
            insert.bind(time.range.upperBound)
            insert.bind(time.text)
            insert.bind(time.kind.rawValue)
            insert.bind(time.value)
            try insert.run()
        }
    }

    private static func saveActorMentions(
        _ document: AnalyzedDocument, id: Int64, into insert: inout PreparedWrite, actors: inout ActorCache,
        in db: Database
    ) throws {
        for (index, actor) in document.actors.enumerated() {
            let actorID = try actors.id(of: actor, in: db)
            insert.bind(actorID)
            insert.bind(id)
            insert.bind(index)
            insert.bind(actor.name)
            insert.bind(actor.code.country)
            insert.bind(actor.code.sector)
            insert.bind(actor.mention)
            try insert.run()
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
    private let select: Statement
    private var insert: PreparedWrite
    private var update: PreparedWrite

    private static let selectSQL = "SELECT id, country, sector FROM actors WHERE key = ?"
    private static let insertSQL = "INSERT INTO actors (key, kb_id, name, country, sector) VALUES (?, ?, ?, ?, ?)"
    private static let updateSQL = """
        UPDATE actors SET country = coalesce(?, country), sector = coalesce(?, sector) WHERE id = ?
        """

    /// An empty cache with its statements, from the connection's statement cache.
    init(in db: Database) throws {
        select = try db.cachedStatement(sql: Self.selectSQL)
        insert = try PreparedWrite(table: "actors", sql: Self.insertSQL, in: db)
        update = try PreparedWrite(table: "actors", sql: Self.updateSQL, in: db)
    }

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
        if let known = try stored[key] ?? Self.fetch(key: key, with: select) {
            row = known
            if Self.changes(row, country: country, sector: sector) {
                update.bind(country)
                update.bind(sector)
                update.bind(row.id)
                try update.run()
                row.country = country ?? row.country
                row.sector = sector ?? row.sector
            }
        } else {
            insert.bind(key)
            insert.bind(actor.actor)
            insert.bind(actor.name)
            insert.bind(country)
            insert.bind(sector)
            try insert.run()
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
        if let row = try fetch(key: key, with: db.cachedStatement(sql: selectSQL)) {
            if changes(row, country: country, sector: sector) {
                try db.cachedStatement(sql: updateSQL).execute(arguments: [country, sector, row.id])
            }
            return row.id
        }
        try db.cachedStatement(sql: insertSQL).execute(arguments: [key, kbID, name, country, sector])
        return db.lastInsertedRowID
    }

    private static func fetch(key: String, with select: Statement) throws -> StoredActor? {
        try Row.fetchOne(select, arguments: [key]).map { StoredActor(id: $0[0], country: $0[1], sector: $0[2]) }
    }

    /// Whether the given code parts change the row. An unchanged row is not rewritten (and its
    /// page not logged again) for every report that names the actor.
    private static func changes(_ row: StoredActor, country: String?, sector: String?) -> Bool {
        (country ?? row.country) != row.country || (sector ?? row.sector) != row.sector
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
