import FaultlineCore
import Foundation
import GRDB

/// Writes one reported event: merges it into the same event from another document, or adds it.
enum EventWriter {
    static func save(
        _ event: CodedEvent, index: Int, document: AnalyzedDocument, documentID: Int64,
        actors: inout ActorCache, mentionIDs: inout MentionIDs, in db: Database
    ) throws {
        let context = try contextJSON(event.plover.context)
        let matched = try matchingEvent(for: event, documentID: documentID, in: db)
        let mentionID = try mentionIDs.next(in: db)
        // A new event is written with its first and only report, and the event's own
        // confidence, at once: the report's id is known before the report is.
        let eventID = try matched ?? insertEvent(event, context: context, firstMention: mentionID, in: db)
        try db.cachedStatement(sql: """
            INSERT INTO event_mentions (id, event_id, document_id, idx, sentence, trigger, cameo, goldstein,
                quad_class, plover_event, plover_mode, plover_context, plover_score, date, date_precision,
                location_name, location_country, attribution_name, attribution_kind, modality, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                mentionID, eventID, documentID, index, event.sentence, event.trigger, event.cameo, event.goldstein,
                event.quadClass, event.plover.event, event.plover.mode, context, event.plover.score,
                event.date?.iso, event.datePrecision.rawValue, event.location?.name,
                event.location?.country, event.attribution?.name, event.attribution?.kind.rawValue,
                event.modality.rawValue, event.confidence,
            ])
        if matched != nil {
            try db.cachedStatement(sql: """
                UPDATE events SET
                    first_mention_id = coalesce(first_mention_id, ?),
                    mentions = (SELECT count(*) FROM event_mentions WHERE event_id = ?),
                    confidence = max(confidence, ?)
                WHERE id = ?
                """).execute(arguments: [mentionID, eventID, event.confidence, eventID])
        }
        var participants: [(String, Int, CodedActor)] = []
        participants += event.sources.enumerated().map { ("source", $0.offset, $0.element) }
        participants += event.targets.enumerated().map { ("target", $0.offset, $0.element) }
        if let voice = event.attribution?.actor { participants.append(("attribution", 0, voice)) }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO event_actors (mention_id, role, position, actor_id, name, country, sector, entity_mention)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (role, position, actor) in participants {
            let actorID = try actors.id(of: actor, in: db)
            try insert.execute(arguments: [
                mentionID, role, position, actorID, actor.name, actor.code.country, actor.code.sector,
                actor.mention,
            ])
        }
    }

    /// The stored event this report restates, if one was reported by another document.
    private static func matchingEvent(for event: CodedEvent, documentID: Int64, in db: Database) throws -> Int64? {
        guard let source = EventMergeRule.sourceKey(event), let date = event.date else { return nil }
        let day = date.dayNumber
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, location_name, location_country FROM events e
            WHERE source_key = ? AND target_key IS ? AND cameo_root = ?
              AND date_day BETWEEN ? AND ?
              AND NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND m.document_id = ?)
            ORDER BY abs(date_day - ?), id
            """), arguments: [
                source, EventMergeRule.targetKey(event), event.cameoRoot,
                day - EventMergeRule.maxDayGap, day + EventMergeRule.maxDayGap, documentID, day,
            ])
        for row in rows {
            let name: String? = row["location_name"]
            let stored = name.map { Place(name: $0, country: row["location_country"]) }
            if EventMergeRule.locationsCompatible(stored, event.location) { return row["id"] }
        }
        return nil
    }

    private static func insertEvent(_ event: CodedEvent, context: String, firstMention: Int64, in db: Database) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO events (cameo, cameo_root, goldstein, quad_class, plover_event, plover_mode,
                plover_context, date, date_day, date_precision, location_name, location_country,
                source_key, target_key, confidence, mentions, first_mention_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
            """).execute(arguments: [
                event.cameo, event.cameoRoot, event.goldstein, event.quadClass, event.plover.event,
                event.plover.mode, context, event.date?.iso,
                event.date?.dayNumber, event.datePrecision.rawValue, event.location?.name,
                event.location?.country, EventMergeRule.sourceKey(event), EventMergeRule.targetKey(event),
                event.confidence, firstMention,
            ])
        return db.lastInsertedRowID
    }

    /// The contexts as a JSON array, written as `JSONEncoder` writes it.
    ///
    /// Context names are short words ("military", "political_institutions"): those are written
    /// directly, which costs far less than an encoder per event; anything that might need
    /// escaping goes through `JSONEncoder`.
    static func contextJSON(_ context: [String]) throws -> String {
        guard context.allSatisfy(isPlainJSONText) else {
            return String(decoding: try JSONEncoder().encode(context), as: UTF8.self)
        }
        var json = "["
        for (index, name) in context.enumerated() {
            if index > 0 { json += "," }
            json += "\"" + name + "\""
        }
        return json + "]"
    }

    /// Whether `text` is written in JSON as it is between quotes: ASCII letters, digits, space,
    /// `_` and `-` only.
    static func isPlainJSONText(_ text: String) -> Bool {
        text.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x5F || byte == 0x2D || byte == 0x20
        }
    }

    static func context(fromJSON text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: data)) ?? []
    }
}

/// The ids the reports of events get in one transaction: the largest stored id plus one, then
/// counting up, as SQLite numbers rows; known in advance, so a new event is written with its
/// first report's id instead of being updated after it.
struct MentionIDs {
    private var next: Int64?

    /// The id of the next report (reads the largest stored id once per transaction).
    mutating func next(in db: Database) throws -> Int64 {
        let id: Int64
        if let next {
            id = next
        } else {
            id = (try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM event_mentions")) ?? 0) + 1
        }
        next = id + 1
        return id
    }
}
