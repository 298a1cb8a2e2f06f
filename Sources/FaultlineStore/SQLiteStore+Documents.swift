import FaultlineCore
import Foundation
import GRDB

extension SQLiteStore {
    private static let documentColumns = """
        d.id, d.content_hash, d.url, d.outlet, d.title, d.author, d.published, d.ingested_at, d.format,
        d.origin, d.raw_text, d.clean_text, d.duplicate_of,
        (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) AS sentence_count,
        (SELECT count(*) FROM event_mentions m WHERE m.document_id = d.id) AS event_count
        """

    /// Stored documents in id order.
    public func documents(limit: Int?, offset: Int) throws -> [StoredDocument] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(Self.documentColumns) FROM documents d ORDER BY d.id LIMIT ? OFFSET ?
                """, arguments: [limit ?? -1, offset])
            return rows.map(Self.document(from:))
        }
    }

    /// One stored document, `nil` when there is none with this id.
    public func document(id: Int64) throws -> StoredDocument? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.documentColumns) FROM documents d WHERE d.id = ?", arguments: [id])
                .map(Self.document(from:))
        }
    }

    /// The sentences of a document in order.
    public func sentences(ofDocument id: Int64) throws -> [StoredSentence] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT idx, start, "end", text FROM sentences WHERE document_id = ? ORDER BY idx
                """, arguments: [id]).map { row in
                StoredSentence(index: row["idx"], range: (row["start"] as Int)..<(row["end"] as Int), text: row["text"])
            }
        }
    }

    private static func document(from row: Row) -> StoredDocument {
        let published: String? = row["published"]
        return StoredDocument(
            id: row["id"], contentHash: row["content_hash"],
            metadata: DocumentMetadata(
                url: row["url"], outlet: row["outlet"], title: row["title"], author: row["author"],
                published: published.flatMap { CivilDate(iso: $0) }),
            ingestedAt: row["ingested_at"], format: row["format"], origin: row["origin"],
            rawText: row["raw_text"], cleanText: row["clean_text"], duplicateOf: row["duplicate_of"],
            sentenceCount: row["sentence_count"], eventCount: row["event_count"])
    }

    /// The document as analysed, rebuilt from its rows (a near-copy has no actors or events).
    public func analyzedDocument(id: Int64) throws -> AnalyzedDocument? {
        try pool.read { db in
            guard let stored = try Row.fetchOne(db, sql: "SELECT \(Self.documentColumns) FROM documents d WHERE d.id = ?", arguments: [id])
                .map(Self.document(from:))
            else { return nil }
            var document = AnalyzedDocument(text: stored.cleanText, metadata: stored.metadata)
            let bytes = Array(stored.cleanText.utf8)
            document.sentences = try Row.fetchAll(db, sql: """
                SELECT start, "end", text, tokens FROM sentences WHERE document_id = ? ORDER BY idx
                """, arguments: [id]).map { row in
                Sentence(
                    range: (row["start"] as Int)..<(row["end"] as Int), text: row["text"],
                    tokens: try TokenBlob.decode(row["tokens"], text: bytes))
            }
            document.entities = try Row.fetchAll(db, sql: """
                SELECT * FROM entity_mentions WHERE document_id = ? ORDER BY idx
                """, arguments: [id]).map(Self.entity(from:))
            document.timeExpressions = try Row.fetchAll(db, sql: """
                SELECT * FROM time_expressions WHERE document_id = ? ORDER BY idx
                """, arguments: [id]).map { row in
                TimeExpression(
                    sentence: row["sentence"], range: (row["start"] as Int)..<(row["end"] as Int),
                    text: row["text"], kind: TimeExpression.Kind(rawValue: row["kind"]) ?? .date,
                    value: row["value"])
            }
            document.actors = try Row.fetchAll(db, sql: """
                SELECT am.name, am.country, am.sector, am.entity_mention, a.kb_id
                FROM actor_mentions am JOIN actors a ON a.id = am.actor_id
                WHERE am.document_id = ? ORDER BY am.idx
                """, arguments: [id]).map(Self.codedActor(from:))
            document.events = try Row.fetchAll(db, sql: """
                SELECT * FROM event_mentions WHERE document_id = ? ORDER BY idx
                """, arguments: [id]).map { row in try Self.codedEvent(from: row, in: db) }
            return document
        }
    }

    private static func entity(from row: Row) throws -> EntityMention {
        let titleText: String? = row["title_text"]
        let title = titleText.map { text in
            Title(
                text: text, rank: row["title_rank"], role: row["title_role"],
                organization: row["title_organization"],
                range: (row["title_start"] as Int? ?? 0)..<(row["title_end"] as Int? ?? 0))
        }
        let type: String = row["type"]
        guard let entityType = EntityType(rawValue: type) else {
            throw StoreError.corrupt(detail: "unknown entity type \(type)")
        }
        return EntityMention(
            sentence: row["sentence"], tokens: (row["token_start"] as Int)..<(row["token_end"] as Int),
            range: (row["start"] as Int)..<(row["end"] as Int), text: row["text"], type: entityType,
            title: title, cluster: row["cluster"], isNominal: row["is_nominal"])
    }

    static func codedActor(from row: Row) -> CodedActor {
        CodedActor(
            name: row["name"], actor: row["kb_id"],
            code: ActorCode(country: row["country"], sector: row["sector"]), mention: row["entity_mention"])
    }

    private static func codedEvent(from row: Row, in db: Database) throws -> CodedEvent {
        let mentionID: Int64 = row["id"]
        var sources: [CodedActor] = []
        var targets: [CodedActor] = []
        var voice: CodedActor?
        for actorRow in try Row.fetchAll(db, sql: """
            SELECT ea.role, ea.name, ea.country, ea.sector, ea.entity_mention, a.kb_id
            FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
            WHERE ea.mention_id = ? ORDER BY ea.role, ea.position
            """, arguments: [mentionID]) {
            let actor = codedActor(from: actorRow)
            switch actorRow["role"] as String {
            case "source": sources.append(actor)
            case "target": targets.append(actor)
            default: voice = actor
            }
        }
        let attributionName: String? = row["attribution_name"]
        let attribution = attributionName.map { name in
            Attribution(
                name: name, kind: Attribution.Kind(rawValue: row["attribution_kind"] ?? "") ?? .anonymous,
                actor: voice)
        }
        let locationName: String? = row["location_name"]
        let date: String? = row["date"]
        return CodedEvent(
            sentence: row["sentence"], trigger: row["trigger"], sources: sources, targets: targets,
            cameo: row["cameo"], goldstein: row["goldstein"], quadClass: row["quad_class"],
            plover: PloverCoding(
                event: row["plover_event"], mode: row["plover_mode"],
                context: EventWriter.context(fromJSON: row["plover_context"]), score: row["plover_score"]),
            date: date.flatMap { CivilDate(iso: $0) },
            datePrecision: DatePrecision(rawValue: row["date_precision"]) ?? .unknown,
            location: locationName.map { Place(name: $0, country: row["location_country"]) },
            attribution: attribution, modality: Modality(rawValue: row["modality"]) ?? .asserted,
            confidence: row["confidence"])
    }
}
