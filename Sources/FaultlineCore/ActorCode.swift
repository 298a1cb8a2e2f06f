/// A CAMEO/PLOVER actor code: a country and a sector, e.g. IRQ + GOV, or IRN + MIL.
public struct ActorCode: Sendable, Hashable, Codable, CustomStringConvertible {
    /// ISO 3166 alpha-3 country as in CAMEO (Lebanon is LBN), or a CAMEO region or
    /// international code (IGO, ...); `nil` when unknown.
    public var country: String?
    /// CAMEO/PLOVER sector, e.g. GOV, MIL, REB, OPP, PTY, MED, REL; `nil` when unknown.
    public var sector: String?

    /// A code from its parts.
    public init(country: String? = nil, sector: String? = nil) {
        self.country = country
        self.sector = sector
    }

    /// The joined code, e.g. "IRQGOV"; empty when nothing is known.
    public var description: String { (country ?? "") + (sector ?? "") }
}

/// What an actor mention in a report was coded as.
public struct CodedActor: Sendable, Hashable, Codable {
    /// The name as written in the report, e.g. "Esmail Qaani".
    public var name: String
    /// The knowledge-base actor id, e.g. "irn.quds-force.qaani"; `nil` for a provisional actor.
    public var actor: String?
    /// The code valid on the report date.
    public var code: ActorCode
    /// The index of the entity mention in ``AnalyzedDocument/entities`` it comes from, if any.
    public var mention: Int?

    /// A coded actor.
    public init(name: String, actor: String? = nil, code: ActorCode, mention: Int? = nil) {
        self.name = name
        self.actor = actor
        self.code = code
        self.mention = mention
    }
}
