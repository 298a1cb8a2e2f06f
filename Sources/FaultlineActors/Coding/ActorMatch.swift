import FaultlineCore

/// How a phrase was coded, with the evidence: the coded actor plus what the coder saw.
public struct ActorMatch: Sendable, Hashable, Codable {
    /// The coded actor (actor id `nil` when provisional).
    public var coded: CodedActor
    /// The kind of the knowledge-base actor, or the kind inferred for a provisional one.
    public var kind: ActorKind?
    /// Actors that back it, stated ("Iran-backed", "pro-Iran") or from the knowledge base.
    public var backers: [String]
    /// Whether it is an actor the knowledge base does not know (yet).
    public var isProvisional: Bool
    /// What matched, in order: "country IRQ", "agent prime minister=GOV", "name irq.mohammed-shia-al-sudani"...
    public var evidence: [String]
    /// The countries a place name in the phrase may belong to when it names places in several
    /// ("Tripoli": Libya's capital, Lebanon's port); empty when no name is ambiguous. The
    /// phrase's context chose among them.
    public var placeCountries: [String]

    /// A match.
    public init(
        coded: CodedActor, kind: ActorKind? = nil, backers: [String] = [], isProvisional: Bool = false, evidence: [String] = [],
        placeCountries: [String] = []
    ) {
        self.coded = coded
        self.kind = kind
        self.backers = backers
        self.isProvisional = isProvisional
        self.evidence = evidence
        self.placeCountries = placeCountries
    }
}
