import FaultlineCore
import Foundation
import GRDB

extension SQLiteStore {
    /// A mention joined with its event, document and sentence: everything a record needs.
    private static let recordSelect = """
        SELECT e.id AS event_id, e.mentions AS event_mentions, e.confidence AS event_confidence,
            m.id AS mention_id, m.document_id, m.sentence, m.trigger, m.cameo, m.goldstein,
            m.quad_class, m.plover_event, m.plover_mode, m.plover_context, m.date, m.date_precision,
            m.location_name, m.location_country, m.attribution_name, m.attribution_kind, m.modality,
            m.confidence, d.url, d.outlet, d.published, s.text AS sentence_text
        FROM events e
        JOIN event_mentions m ON %JOIN%
        JOIN documents d ON d.id = m.document_id
        LEFT JOIN sentences s ON s.document_id = m.document_id AND s.idx = m.sentence
        """

    /// Events matching the filter, by date then id, each with the coding of its first report.
    public func events(matching filter: EventFilter) throws -> [EventRecord] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        let anyMention = "EXISTS (SELECT 1 FROM event_mentions m2 WHERE m2.event_id = e.id AND "
        let anyParticipant = """
            EXISTS (SELECT 1 FROM event_mentions m2 JOIN event_actors ea ON ea.mention_id = m2.id
                JOIN actors a ON a.id = ea.actor_id
                WHERE m2.event_id = e.id AND ea.role IN ('source', 'target') AND
            """
        if let actor = filter.actor?.lowercased(), !actor.isEmpty {
            conditions.append(anyParticipant + """
                (instr(lower(ea.name), ?) > 0 OR instr(lower(a.name), ?) > 0 OR instr(lower(a.key), ?) > 0))
                """)
            arguments += [actor, actor, actor]
        }
        if let country = filter.country?.uppercased(), !country.isEmpty {
            conditions.append(anyParticipant + "(ea.country = ? OR a.country = ?))")
            arguments += [country, country]
        }
        if let cameo = filter.cameo, !cameo.isEmpty {
            conditions.append("substr(e.cameo, 1, ?) = ?")
            arguments += [cameo.count, cameo]
        }
        if let plover = filter.plover?.uppercased(), !plover.isEmpty {
            conditions.append("upper(e.plover_event) = ?")
            arguments.append(plover)
        }
        if let from = filter.from {
            conditions.append("e.date_day >= ?")
            arguments.append(from.dayNumber)
        }
        if let until = filter.until {
            conditions.append("e.date_day <= ?")
            arguments.append(until.dayNumber)
        }
        if let attribution = filter.attribution?.lowercased(), !attribution.isEmpty {
            conditions.append(anyMention + "(instr(lower(m2.attribution_name), ?) > 0 OR m2.attribution_kind = ?))")
            arguments += [attribution, attribution]
        }
        if let modality = filter.modality {
            conditions.append(anyMention + "m2.modality = ?)")
            arguments.append(modality.rawValue)
        }
        if let document = filter.document {
            conditions.append(anyMention + "m2.document_id = ?)")
            arguments.append(document)
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        arguments.append(filter.limit ?? -1)
        let sql = Self.recordSelect.replacingOccurrences(of: "%JOIN%", with: "m.id = e.first_mention_id")
            + " \(whereClause) ORDER BY e.date_day IS NULL, e.date_day, e.id LIMIT ?"
        return try pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                var record = try Self.record(from: row, in: db)
                record.confidence = row["event_confidence"]
                return record
            }
        }
    }

    /// The events a document reports, as it reports them, in sentence order.
    public func eventReports(inDocument id: Int64) throws -> [EventRecord] {
        let sql = Self.recordSelect.replacingOccurrences(of: "%JOIN%", with: "m.event_id = e.id")
            + " WHERE m.document_id = ? ORDER BY m.sentence, m.idx"
        return try pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: [id]).map { row in try Self.record(from: row, in: db) }
        }
    }

    private static func record(from row: Row, in db: Database) throws -> EventRecord {
        let mentionID: Int64 = row["mention_id"]
        var sources: [EventRecord.ActorRef] = []
        var targets: [EventRecord.ActorRef] = []
        for actor in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT ea.role, ea.name, ea.country, ea.sector, a.kb_id
            FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
            WHERE ea.mention_id = ? AND ea.role IN ('source', 'target')
            ORDER BY ea.position
            """), arguments: [mentionID]) {
            let ref = EventRecord.ActorRef(
                name: actor["name"], actor: actor["kb_id"], country: actor["country"], sector: actor["sector"])
            if actor["role"] as String == "source" { sources.append(ref) } else { targets.append(ref) }
        }
        let documentID: Int64 = row["document_id"]
        let locationName: String? = row["location_name"]
        let attributionName: String? = row["attribution_name"]
        let eventID: Int64 = row["event_id"]
        return EventRecord(
            id: String(eventID),
            document: .init(id: String(documentID), url: row["url"], outlet: row["outlet"], published: row["published"]),
            sentence: .init(index: row["sentence"], text: row["sentence_text"] ?? ""),
            sources: sources, targets: targets, trigger: row["trigger"], cameo: row["cameo"],
            goldstein: row["goldstein"], quadClass: row["quad_class"],
            plover: .init(
                event: row["plover_event"], mode: row["plover_mode"],
                context: EventWriter.context(fromJSON: row["plover_context"])),
            date: row["date"], datePrecision: row["date_precision"],
            location: locationName.map { .init(name: $0, country: row["location_country"]) },
            attribution: attributionName.map { .init(name: $0, kind: row["attribution_kind"] ?? "anonymous") },
            modality: row["modality"], confidence: row["confidence"], mentions: row["event_mentions"])
    }
}
