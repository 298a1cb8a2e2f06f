import FaultlineCore

/// One actor of the knowledge base: a state, a government, an armed group, a person...
public struct Actor: Sendable, Hashable, Codable, Identifiable {
    /// Stable id, lowercase and dotted by country: "irq", "irq.gov", "irn.esmail-qaani".
    public var id: String
    /// What sort of actor it is.
    public var kind: ActorKind
    /// The canonical name, e.g. "Esmail Qaani".
    public var name: String
    /// Other names, spellings and transliterations ("Ismail Qaani", "Esmaeil Ghaani").
    public var aliases: [String]
    /// ISO 3166 alpha-3 country (or IGO/IMG/NGO for transnational actors).
    public var country: String?
    /// Codes, dated when they change; empty when derived from kind and offices.
    public var codes: [DatedCode]
    /// Offices, memberships, components.
    public var relations: [ActorRelation]
    /// Where the facts come from.
    public var sources: [String]
    /// Where the entry was read from.
    public var location: SourceLocation?

    /// An actor.
    public init(
        id: String, kind: ActorKind, name: String, aliases: [String] = [], country: String? = nil,
        codes: [DatedCode] = [], relations: [ActorRelation] = [], sources: [String] = [],
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.country = country
        self.codes = codes
        self.relations = relations
        self.sources = sources
        self.location = location
    }

    /// All names the actor is known by, canonical first.
    public var allNames: [String] { [name] + aliases }

    /// The relations that hold on `date`.
    public func relations(on date: CivilDate?) -> [ActorRelation] {
        relations.filter { $0.interval.contains(date) }
    }
}
