import GRDB

/// What one save transaction keeps from one document to the next: its statements (looked up
/// once, not per document, event or actor), the actors it has read or written, the next
/// event-report id and one buffer for token blobs.
struct SaveSession {
    /// `SELECT id FROM documents WHERE content_hash = ?`.
    let documentByHash: Statement
    var documents: PreparedWrite
    var sentences: PreparedWrite
    var entities: PreparedWrite
    var timeExpressions: PreparedWrite
    var actorMentions: PreparedWrite
    var events: EventWriter
    var actors: ActorCache
    var mentionIDs = MentionIDs()
    /// Reused for every sentence's token blob.
    var tokenBuffer: [UInt8] = []
    /// The band-key insert for the number of keys documents had so far (all have the same).
    private var bandKeys: (count: Int, insert: PreparedWrite)?

    /// The statements of a save, from the connection's statement cache.
    init(in db: Database) throws {
        documentByHash = try db.cachedStatement(sql: "SELECT id FROM documents WHERE content_hash = ?")
        documents = try PreparedWrite(table: "documents", sql: """
            INSERT INTO documents (content_hash, url, outlet, title, author, published, ingested_at,
                format, origin, raw_text, clean_text, duplicate_of, minhash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        sentences = try PreparedWrite(table: "sentences", sql: """
            INSERT INTO sentences (document_id, idx, start, "end", text, tokens) VALUES (?, ?, ?, ?, ?, ?)
            """, in: db)
        entities = try PreparedWrite(table: "entity_mentions", sql: """
            INSERT INTO entity_mentions (document_id, idx, sentence, token_start, token_end, start, "end",
                text, type, is_nominal, cluster, title_text, title_rank, title_role, title_organization,
                title_start, title_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        timeExpressions = try PreparedWrite(table: "time_expressions", sql: """
            INSERT INTO time_expressions (document_id, idx, sentence, start, "end", text, kind, value)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        actorMentions = try PreparedWrite(table: "actor_mentions", sql: """
            INSERT INTO actor_mentions (actor_id, document_id, idx, name, country, sector, entity_mention)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        events = try EventWriter(in: db)
        actors = try ActorCache(in: db)
    }

    /// The band keys in one statement: every document has the same number of them, so this is
    /// one statement instead of one execution per key.
    mutating func saveBandKeys(_ keys: [UInt64], id: Int64, in db: Database) throws {
        guard !keys.isEmpty else { return }
        var insert: PreparedWrite
        if let (count, prepared) = bandKeys, count == keys.count {
            insert = prepared
        } else {
            let rows = Array(repeating: "(?, ?)", count: keys.count).joined(separator: ", ")
            insert = try PreparedWrite(
                table: "document_bands",
                sql: "INSERT OR IGNORE INTO document_bands (band_key, document_id) VALUES \(rows)", in: db)
        }
        for key in keys {
            insert.bind(Int64(bitPattern: key))
            insert.bind(id)
        }
        try insert.run()
        bandKeys = (keys.count, insert)
    }
}
