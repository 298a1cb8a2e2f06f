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
                // The first name stays canonical (territories coded as their state, such as
                // Saint Barthelemy under FRA, must not rename it); later ones become names.
                var merged = countries[existing]
                let added = [country.name] + country.names
                merged.names += added.filter { !merged.names.contains($0) && $0 != merged.name }
                merged.demonyms += country.demonyms.filter { !merged.demonyms.contains($0) }
                merged.capitals += country.capitals.filter { !merged.capitals.contains($0) }
                merged.places += country.places.filter { !merged.places.contains($0) }
                countries[existing] = merged
            } else {
                countries.append(country)
            }
        }
        // The state and government actors a country entry generates do not replace richer
        // ones already loaded; their sources are added.
        var incoming: [Actor] = []
        var positions: [String: Int] = [:]
        for (position, actor) in actors.enumerated() { positions[actor.id] = position }
        for actor in other.actors {
            let generated = (actor.kind == .state || actor.kind == .government) && actor.aliases.isEmpty
                && actor.relations.isEmpty && actor.country.map({ actor.id == $0.lowercased() || actor.id == $0.lowercased() + ".gov" }) == true
            if generated, let position = positions[actor.id] {
                actors[position].sources += actor.sources.filter { !actors[position].sources.contains($0) }
            } else {
                incoming.append(actor)
            }
        }
        actors = replacing(actors, with: incoming) { $0.id }
        ties += other.ties
        agents = replacing(agents, with: other.agents) { NameKey.key($0.term) }
    }
}
