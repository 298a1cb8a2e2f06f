/// An actor the store has seen, with how often.
public struct ActorSummary: Sendable, Hashable, Codable {
    /// The store's id.
    public var id: Int64
    /// The stable key: the knowledge-base id, or `provisional:CODE:name` for unknown actors.
    public var key: String
    /// The knowledge-base id; `nil` for a provisional actor.
    public var kbID: String?
    /// The name, as first written.
    public var name: String
    /// ISO alpha-3 country, when known.
    public var country: String?
    /// CAMEO/PLOVER sector, when known.
    public var sector: String?
    /// Mentions in stored documents (near-duplicates not counted).
    public var mentions: Int
    /// Events it takes part in as source or target.
    public var events: Int

    /// A summary.
    public init(
        id: Int64, key: String, kbID: String?, name: String, country: String?, sector: String?,
        mentions: Int, events: Int
    ) {
        self.id = id
        self.key = key
        self.kbID = kbID
        self.name = name
        self.country = country
        self.sector = sector
        self.mentions = mentions
        self.events = events
    }

    enum CodingKeys: String, CodingKey {
        case id, key
        case kbID = "kb_id"
        case name, country, sector, mentions, events
    }

    /// Writes every key, `null` included, so consumers can rely on the keys being there.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(key, forKey: .key)
        try container.encode(kbID, forKey: .kbID)
        try container.encode(name, forKey: .name)
        try container.encode(country, forKey: .country)
        try container.encode(sector, forKey: .sector)
        try container.encode(mentions, forKey: .mentions)
        try container.encode(events, forKey: .events)
    }
}

/// Which actors to list.
public struct ActorFilter: Sendable, Hashable {
    /// Substring (case-insensitive) of the name or knowledge-base id.
    public var name: String?
    /// ISO alpha-3 country.
    public var country: String?
    /// At most this many.
    public var limit: Int?

    /// A filter; all fields default to "any".
    public init(name: String? = nil, country: String? = nil, limit: Int? = nil) {
        self.name = name
        self.country = country
        self.limit = limit
    }
}
