/// A dated membership or office: "Esmail Qaani commands the Quds Force from 2020-01-03",
/// "the Quds Force is part of the IRGC".
public struct ActorRelation: Sendable, Hashable, Codable {
    /// What the relation is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A person holds an office in (or leads) the target: role says which.
        case office
        /// A person or group is a member of the target.
        case member
        /// An organisation is a component of the target (Quds Force part of the IRGC).
        case partOf = "part-of"
    }

    /// The kind of relation.
    public var kind: Kind
    /// The knowledge-base id of the organisation, e.g. "irn.irgc".
    public var target: String
    /// The office, e.g. "commander", "president", "secretary-general"; `nil` for plain membership.
    public var role: String?
    /// When it held.
    public var interval: ValidityInterval
    /// How sure the source is, 0 to 1.
    public var confidence: Double
    /// Where the fact comes from.
    public var sources: [String]

    /// A relation.
    public init(
        kind: Kind, target: String, role: String? = nil, interval: ValidityInterval = .always,
        confidence: Double = 1, sources: [String] = []
    ) {
        self.kind = kind
        self.target = target
        self.role = role
        self.interval = interval
        self.confidence = confidence
        self.sources = sources
    }
}
