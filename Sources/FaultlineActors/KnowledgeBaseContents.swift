/// Everything read from knowledge-base files, before indexing: what the binary cache holds.
public struct KnowledgeBaseContents: Sendable, Hashable, Codable {
    /// Countries by file order.
    public var countries: [Country] = []
    /// Actors, including the state and government actors generated for each country.
    public var actors: [Actor] = []
    /// Signed ties.
    public var ties: [ActorTie] = []
    /// Generic agent words and their sectors.
    public var agents: [AgentTerm] = []

    /// Empty contents.
    public init() {}

    /// Adds `other` on top of these contents: entries with the same id (country iso, agent
    /// term) replace earlier ones, so user files override the bundled base.
    public mutating func merge(_ other: KnowledgeBaseContents) {
        func replacing<T, K: Hashable>(_ base: [T], with added: [T], key: (T) -> K) -> [T] {
            guard !added.isEmpty else { return base }
            let addedKeys = Set(added.map(key))
            return base.filter { !addedKeys.contains(key($0)) } + added
        }
        // Countries are additive: a later entry adds names, demonyms and capitals.
        for country in other.countries {
            if let existing = countries.firstIndex(where: { $0.iso == country.iso }) {
                var merged = countries[existing]
                merged.name = country.name
                merged.names += country.names.filter { !merged.names.contains($0) && $0 != merged.name }
                merged.demonyms += country.demonyms.filter { !merged.demonyms.contains($0) }
                merged.capitals += country.capitals.filter { !merged.capitals.contains($0) }
                countries[existing] = merged
            } else {
                countries.append(country)
            }
        }
        actors = replacing(actors, with: other.actors) { $0.id }
        ties += other.ties
        agents = replacing(agents, with: other.agents) { NameKey.key($0.term) }
    }
}
