import Foundation

/// One PLOVER gold record (../shared/data/events/plover-gsr-dev.json): a sentence with its
/// event type and the country and sector codes of its sources and targets.
public struct PloverGoldRecord: Sendable, Hashable {
    /// The record id.
    public var id: String
    /// The sentence.
    public var text: String
    /// The PLOVER event, with the older names mapped (DEMAND -> REQUEST, DISAPPROVE and
    /// INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT).
    public var event: String
    /// Source actors: (country, sector).
    public var sources: [GoldActor]
    /// Target actors; empty when the record has none.
    public var targets: [GoldActor]

    /// A record from its parts.
    public init(id: String, text: String, event: String, sources: [GoldActor], targets: [GoldActor]) {
        self.id = id
        self.text = text
        self.event = event
        self.sources = sources
        self.targets = targets
    }

    /// PLOVER's older category names and their current ones.
    public static let renamed = ["DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"]

    /// Reads a PLOVER gold JSON array; the first record (event DOCUMENT) documents the file.
    public static func read(path: String) throws(EvaluationError) -> [PloverGoldRecord] {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .malformed(path: path, reason: "not JSON (\(error.localizedDescription))")
        }
        guard let array = parsed as? [[String: Any]] else {
            throw .malformed(path: path, reason: "expected a JSON array of PLOVER records")
        }
        var records: [PloverGoldRecord] = []
        for (position, object) in array.enumerated() {
            guard let event = object["event"] as? String, event != "DOCUMENT" else { continue }
            guard let text = object["text"] as? String else {
                throw .malformed(path: path, reason: "record \(position) has no 'text'")
            }
            records.append(PloverGoldRecord(
                id: object["id"] as? String ?? "#\(position)",
                text: text.trimmingCharacters(in: CharacterSet(charactersIn: "{} \n")),
                event: renamed[event] ?? event,
                sources: actors(object["source"]), targets: actors(object["target"])))
        }
        return records
    }

    private static func actors(_ value: Any?) -> [GoldActor] {
        guard let list = value as? [[String: Any]] else { return [] }
        return list.compactMap { item in
            let code = (item["code"] as? String)?.uppercased()
            let sector = (item["sector"] as? String).map { String($0.prefix(3)).uppercased() }
            guard code != nil || sector != nil else { return nil }
            return GoldActor(
                country: code.flatMap { $0.isEmpty ? nil : $0 }, sector: sector.flatMap { $0.isEmpty ? nil : $0 },
                text: item["actorText"] as? String)
        }
    }
}

/// A gold actor's codes.
public struct GoldActor: Sendable, Hashable {
    /// Country (ISO alpha-3 or CAMEO code such as IGO).
    public var country: String?
    /// Sector, e.g. GOV.
    public var sector: String?
    /// The actor's words in the sentence, when the record gives them (for error listings).
    public var text: String?

    /// A gold actor.
    public init(country: String?, sector: String?, text: String? = nil) {
        self.country = country
        self.sector = sector
        self.text = text
    }
}
