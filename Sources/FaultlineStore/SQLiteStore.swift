import FaultlineCore
import Foundation
import GRDB

/// The default ``Store``: one SQLite file through GRDB, in WAL mode, with versioned migrations.
///
/// Readers never block the single writer; every document is saved whole in an immediate
/// transaction (its own, or its batch's), so a killed process loses at most the documents in
/// flight and never leaves part of one.
public struct SQLiteStore: Store {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    /// A connection of its own for ``documentID(contentHash:)``, which ingest asks before
    /// analysing every article: a read through the pool takes a reader from the pool and
    /// checks the schema version (a statement more) every time, which cost more than the
    /// lookup itself. It only reads; one statement sees one snapshot by itself.
    let lookups: DatabaseQueue

    /// Opens the database at `path`, creating it and migrating it to the current schema.
    ///
    /// With `mustExist`, a missing file is an error instead of a new empty database (read commands).
    public init(path: String, mustExist: Bool = false) throws(StoreError) {
        if mustExist, !FileManager.default.fileExists(atPath: path) {
            throw .missingDatabase(path: path)
        }
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // In WAL mode NORMAL loses no committed transaction when the process dies, only
            // (possibly) the last ones on power loss, and saves an fsync per document.
            // New databases get 8 KB pages: a sentence row (text and token blob, often over
            // the 1 KB a 4 KB page keeps in place) then fits its leaf instead of spilling to an
            // overflow page of its own, and a document writes fewer WAL frames. Existing
            // databases keep their page size (SQLite ignores this for them).
            try db.execute(sql: "PRAGMA page_size = 8192")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A page cache that holds the whole working set of a bulk ingest (16 MB instead of
            // 2 MB), so that the indexes' pages are not read back from the file per document.
            try db.execute(sql: "PRAGMA cache_size = -16384")
            // Checkpoint every 8,192 WAL pages (32 MB) instead of 1,000: the pages every document
            // changes (the last leaves of each table and index) are copied into the database file
            // and synced once per checkpoint, not once per 4 MB. Durability is unchanged: a
            // committed transaction is in the WAL either way.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try SQLiteSchema.migrator.migrate(pool)
            // Opened after the pool has put the file in WAL mode and migrated it. Not read-only:
            // whichever connection closes last checkpoints the WAL into the file and removes it.
            var lookupConfiguration = Configuration()
            lookupConfiguration.busyMode = .timeout(10)
            lookups = try DatabaseQueue(path: path, configuration: lookupConfiguration)
        } catch {
            throw .cannotOpen(path: path, reason: Self.reason(error))
        }
    }

    /// The schema versions applied to this database, oldest first.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try SQLiteSchema.migrator.appliedMigrations(db) }
    }

    /// SQLite's `PRAGMA integrity_check`: `["ok"]` when sound.
    public func integrityCheck() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// The number of stored documents.
    public func documentCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0 }
    }

    /// The id of the document with this content hash, if stored.
    public func documentID(contentHash: String) throws -> Int64? {
        // One statement sees one snapshot by itself: no read transaction around it (a BEGIN
        // and a COMMIT per article read).
        try lookups.unsafeRead { db in
            try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM documents WHERE content_hash = ?"), arguments: [contentHash])
        }
    }

    /// Originals (not near-copies) sharing a band key, with their signatures.
    public func nearDuplicateCandidates(bandKeys: [UInt64]) throws -> [NearDuplicateCandidate] {
        guard !bandKeys.isEmpty else { return [] }
        return try pool.read { db in try Self.nearDuplicateCandidates(bandKeys: bandKeys, in: db) }
    }

    /// Originals sharing a band key, read through `db` (in a write transaction: the documents it
    /// wrote so far included).
    static func nearDuplicateCandidates(bandKeys: [UInt64], in db: Database) throws -> [NearDuplicateCandidate] {
        guard !bandKeys.isEmpty else { return [] }
        let keys = bandKeys.map { Int64(bitPattern: $0) }
        let marks = Array(repeating: "?", count: keys.count).joined(separator: ",")
        // Only originals are candidates, so a copy of a copy links to the first report.
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT d.id, d.minhash FROM documents d
            WHERE d.duplicate_of IS NULL AND d.id IN (
                SELECT DISTINCT document_id FROM document_bands WHERE band_key IN (\(marks)))
            ORDER BY d.id
            """), arguments: StatementArguments(keys))
        return rows.map { row in
            NearDuplicateCandidate(id: row["id"], signature: MinHashBlob.decode(row["minhash"] as Data?))
        }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "SQLite error \(error.resultCode)"
        }
        return String(describing: error)
    }
}

/// MinHash signatures stored as little-endian 32-bit words.
enum MinHashBlob {
    static func encode(_ values: [UInt32]) -> Data {
        var data = Data(capacity: values.count * 4)
        for value in values {
            withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

    static func decode(_ data: Data?) -> [UInt32] {
        guard let data else { return [] }
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count - 3, by: 4).map { offset in
            UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8
                | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
        }
    }
}
