/// A generic word for a kind of actor and the sector it codes to: "police" is COP,
/// "rebels" REB, "Foreign Minister" GOV.
public struct AgentTerm: Sendable, Hashable, Codable {
    /// The term, e.g. "foreign minister".
    public var term: String
    /// CAMEO/PLOVER sector, e.g. "GOV".
    public var sector: String
    /// Where the entry was read from.
    public var location: SourceLocation?

    /// A term.
    public init(term: String, sector: String, location: SourceLocation? = nil) {
        self.term = term
        self.sector = sector
        self.location = location
    }
}
