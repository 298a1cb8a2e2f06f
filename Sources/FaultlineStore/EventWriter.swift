import FaultlineCore
import Foundation
import GRDB

/// Writes reported events: merges each into the same event from another document, or adds it.
///
/// Holds its statements for one save transaction (see ``SaveSession``).
struct EventWriter {
    private let matching: Statement
    private var eventInsert: PreparedWrite
    private var eventUpdate: PreparedWrite
    private var mentionInsert: PreparedWrite
    private var actorInsert: PreparedWrite

    /// The statements, from the connection's statement cache.
    init(in db: Database) throws {
        matching = try db.cachedStatement(sql: """
            SELECT id, location_name, location_country FROM events e
            WHERE source_key = ? AND target_key IS ? AND cameo_root = ?
              AND date_day BETWEEN ? AND ?
              AND NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND m.document_id = ?)
            ORDER BY abs(date_day - ?), id
            """)
        eventInsert = try PreparedWrite(table: "events", sql: """
            INSERT INTO events (cameo, cameo_root, goldstein, quad_class, plover_event, plover_mode,
                plover_context, date, date_day, date_precision, location_name, location_country,
                source_key, target_key, confidence, mentions, first_mention_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
            """, in: db)
        eventUpdate = try PreparedWrite(table: "events", sql: """
            UPDATE events SET
                first_mention_id = coalesce(first_mention_id, ?),
                mentions = (SELECT count(*) FROM event_mentions WHERE event_id = ?),
                confidence = max(confidence, ?)
            WHERE id = ?
            """, in: db)
        mentionInsert = try PreparedWrite(table: "event_mentions", sql: """
            INSERT INTO event_mentions (id, event_id, document_id, idx, sentence, trigger, cameo, goldstein,
                quad_class, plover_event, plover_mode, plover_context, plover_score, date, date_precision,
                location_name, location_country, attribution_name, attribution_kind, modality, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        actorInsert = try PreparedWrite(table: "event_actors", sql: """
            INSERT INTO event_actors (mention_id, role, position, actor_id, name, country, sector, entity_mention)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
    }

    /// Writes one report of the document `documentID`: its event (matched or new), the report
    /// and its actors.
    mutating func save(
        _ event: CodedEvent, index: Int, documentID: Int64, actors: inout ActorCache, mentionIDs: inout MentionIDs,
        in db: Database
    ) throws {
        let context = try Self.contextJSON(event.plover.context)
        let sourceKey = EventMergeRule.sourceKey(event)
        let targetKey = EventMergeRule.targetKey(event)
        let matched = try matchingEvent(for: event, sourceKey: sourceKey, targetKey: targetKey, documentID: documentID)
        let mentionID = try mentionIDs.next(in: db)
        // A new event is written with its first and only report, and the event's own
        // confidence, at once: the report's id is known before the report is.
        let eventID: Int64
        if let matched {
            eventID = matched
        } else {
            try insertEvent(event, context: context, sourceKey: sourceKey, targetKey: targetKey, firstMention: mentionID)
            eventID = db.lastInsertedRowID
        }
        mentionInsert.bind(mentionID)
        mentionInsert.bind(eventID)
        mentionInsert.bind(documentID)
        mentionInsert.bind(index)
        mentionInsert.bind(event.sentence)
        mentionInsert.bind(event.trigger)
        mentionInsert.bind(event.cameo)
        mentionInsert.bind(event.goldstein)
        mentionInsert.bind(event.quadClass)
        mentionInsert.bind(event.plover.event)
        mentionInsert.bind(event.plover.mode)
        mentionInsert.bind(context)
        mentionInsert.bind(event.plover.score)
        mentionInsert.bind(event.date?.iso)
        mentionInsert.bind(event.datePrecision.rawValue)
        mentionInsert.bind(event.location?.name)
        mentionInsert.bind(event.location?.country)
        mentionInsert.bind(event.attribution?.name)
        mentionInsert.bind(event.attribution?.kind.rawValue)
        mentionInsert.bind(event.modality.rawValue)
        mentionInsert.bind(event.confidence)
        try mentionInsert.run()
        if matched != nil {
            eventUpdate.bind(mentionID)
            eventUpdate.bind(eventID)
            eventUpdate.bind(event.confidence)
            eventUpdate.bind(eventID)
            try eventUpdate.run()
        }
        for (position, actor) in event.sources.enumerated() {
            try insertActor(actor, role: "source", position: position, mentionID: mentionID, actors: &actors, in: db)
        }
        for (position, actor) in event.targets.enumerated() {
            try insertActor(actor, role: "target", position: position, mentionID: mentionID, actors: &actors, in: db)
        }
        if let voice = event.attribution?.actor {
            try insertActor(voice, role: "attribution", position: 0, mentionID: mentionID, actors: &actors, in: db)
        }
    }

    private mutating func insertActor(
        _ actor: CodedActor, role: String, position: Int, mentionID: Int64, actors: inout ActorCache, in db: Database
    ) throws {
        let actorID = try actors.id(of: actor, in: db)
        actorInsert.bind(mentionID)
        actorInsert.bind(role)
        actorInsert.bind(position)
        actorInsert.bind(actorID)
        actorInsert.bind(actor.name)
        actorInsert.bind(actor.code.country)
        actorInsert.bind(actor.code.sector)
        actorInsert.bind(actor.mention)
        try actorInsert.run()
    }

    /// The stored event this report restates, if one was reported by another document.
    private func matchingEvent(
        for event: CodedEvent, sourceKey: String?, targetKey: String?, documentID: Int64
    ) throws -> Int64? {
        guard let sourceKey, let date = event.date else { return nil }
        let day = date.dayNumber
        let rows = try Row.fetchAll(matching, arguments: [
            sourceKey, targetKey, event.cameoRoot,
            day - EventMergeRule.maxDayGap, day + EventMergeRule.maxDayGap, documentID, day,
        ])
        for row in rows {
            let name: String? = row[1]
            let stored = name.map { Place(name: $0, country: row[2]) }
            if EventMergeRule.locationsCompatible(stored, event.location) { return row[0] }
        }
        return nil
    }

    private mutating func insertEvent(
        _ event: CodedEvent, context: String, sourceKey: String?, targetKey: String?, firstMention: Int64
    ) throws {
        eventInsert.bind(event.cameo)
        eventInsert.bind(event.cameoRoot)
        eventInsert.bind(event.goldstein)
        eventInsert.bind(event.quadClass)
        eventInsert.bind(event.plover.event)
        eventInsert.bind(event.plover.mode)
        eventInsert.bind(context)
        eventInsert.bind(event.date?.iso)
        eventInsert.bind(event.date?.dayNumber)
        eventInsert.bind(event.datePrecision.rawValue)
        eventInsert.bind(event.location?.name)
        eventInsert.bind(event.location?.country)
        eventInsert.bind(sourceKey)
        eventInsert.bind(targetKey)
        eventInsert.bind(event.confidence)
        eventInsert.bind(firstMention)
        try eventInsert.run()
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
