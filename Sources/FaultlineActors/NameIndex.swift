/// What a normalised name points to.
public enum NameTarget: Sendable, Hashable, Codable {
    /// A knowledge-base actor by one of its names.
    case actor(String)
    /// A person by the family name alone ("Rubio"): weaker than a full name.
    case surname(String)
    /// A country by its name ("Iraq").
    case countryName(String)
    /// A country by its demonym ("Iraqi", "Iraqis").
    case demonym(String)
    /// A capital standing for its country's government ("Baghdad said").
    case capital(String)
    /// A city or region of a country ("Darfur", "Mosul"): tells the country only.
    case place(String)
    /// A generic agent word and its sector ("police" -> COP).
    case agent(String)
}

/// Normalised names to what they point to, for longest-match lookup over token sequences.
public struct NameIndex: Sendable {
    private var entries: [String: [NameTarget]] = [:]
    /// The longest key, in tokens.
    public private(set) var maxTokens = 1

    /// An empty index.
    public init() {}

    /// An empty index with room for about `minimumCapacity` keys.
    init(minimumCapacity: Int) {
        entries.reserveCapacity(minimumCapacity)
    }

    /// Adds a name (normalised here) for a target.
    public mutating func add(_ name: String, _ target: NameTarget) {
        let (key, tokenCount) = NameKey.keyAndCount(name)
        guard tokenCount > 0 else { return }
        addKey(key, tokenCount: tokenCount, target)
    }

    /// Adds an already normalised key.
    mutating func addKey(_ key: String, tokenCount: Int, _ target: NameTarget) {
        // One lookup: the list is changed in place.
        let added = Self.append(target, to: &entries[key, default: []])
        if added { maxTokens = max(maxTokens, tokenCount) }
    }

    private static func append(_ target: NameTarget, to targets: inout [NameTarget]) -> Bool {
        if targets.contains(target) { return false }
        targets.append(target)
        return true
    }

    /// What a normalised key points to.
    public func lookup(_ key: String) -> [NameTarget] { entries[key] ?? [] }

    /// Number of keys.
    public var count: Int { entries.count }
}
