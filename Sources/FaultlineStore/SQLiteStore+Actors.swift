import FaultlineCore
import Foundation
import GRDB

extension SQLiteStore {
    /// Actors with mention and event counts, most mentioned first.
    public func actors(matching filter: ActorFilter) throws -> [ActorSummary] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let name = filter.name?.lowercased(), !name.isEmpty {
            conditions.append("(instr(lower(a.name), ?) > 0 OR instr(lower(a.key), ?) > 0)")
            arguments += [name, name]
        }
        if let country = filter.country?.uppercased(), !country.isEmpty {
            conditions.append("a.country = ?")
            arguments.append(country)
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        arguments.append(filter.limit ?? -1)
        return try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.key, a.kb_id, a.name, a.country, a.sector,
                    (SELECT count(*) FROM actor_mentions am WHERE am.actor_id = a.id) AS mentions,
                    (SELECT count(DISTINCT m.event_id) FROM event_actors ea
                        JOIN event_mentions m ON m.id = ea.mention_id
                        WHERE ea.actor_id = a.id AND ea.role IN ('source', 'target')) AS events
                FROM actors a \(whereClause)
                ORDER BY mentions DESC, events DESC, a.name, a.id
                LIMIT ?
                """, arguments: StatementArguments(arguments)).map { row in
                ActorSummary(
                    id: row["id"], key: row["key"], kbID: row["kb_id"], name: row["name"],
                    country: row["country"], sector: row["sector"], mentions: row["mentions"],
                    events: row["events"])
            }
        }
    }

    /// Adds ties in one transaction, creating actors not seen before (named by their key).
    public func addTies(_ ties: [Tie]) throws {
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                for tie in ties {
                    let source = try ActorCache.upsert(
                        key: tie.source, kbID: tie.source.hasPrefix("provisional:") ? nil : tie.source,
                        name: tie.source, country: nil, sector: nil, in: db)
                    let target = try ActorCache.upsert(
                        key: tie.target, kbID: tie.target.hasPrefix("provisional:") ? nil : tie.target,
                        name: tie.target, country: nil, sector: nil, in: db)
                    try db.execute(sql: """
                        INSERT INTO ties (source_actor_id, target_actor_id, kind, sign, valid_from,
                            valid_until, confidence, source)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [
                            source, target, tie.kind, tie.sign, tie.from?.iso, tie.until?.iso,
                            tie.confidence, tie.provenance,
                        ])
                }
                return .commit
            }
        }
    }

    /// Ties in insertion order, optionally only those touching `actorKey`.
    public func ties(actorKey: String?) throws -> [Tie] {
        try pool.read { db in
            let filter = actorKey == nil ? "" : "WHERE s.key = :key OR t.key = :key"
            let arguments: StatementArguments = actorKey.map { ["key": $0] } ?? [:]
            return try Row.fetchAll(db, sql: """
                SELECT s.key AS source_key, t.key AS target_key, ties.* FROM ties
                JOIN actors s ON s.id = ties.source_actor_id
                JOIN actors t ON t.id = ties.target_actor_id
                \(filter) ORDER BY ties.id
                """, arguments: arguments).map { row in
                let from: String? = row["valid_from"]
                let until: String? = row["valid_until"]
                return Tie(
                    source: row["source_key"], target: row["target_key"], kind: row["kind"],
                    sign: row["sign"], from: from.flatMap { CivilDate(iso: $0) },
                    until: until.flatMap { CivilDate(iso: $0) }, confidence: row["confidence"],
                    provenance: row["source"])
            }
        }
    }
}
