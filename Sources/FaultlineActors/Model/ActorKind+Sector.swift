import FaultlineCore

extension ActorKind {
    /// The kind of actor a CAMEO sector code names, or `nil` for a sector that names no kind
    /// of its own (e.g. `ELI`, `BUS`). Callers with a wider vocabulary (Phoenix's `INS`,
    /// `JRN`) map those first.
    ///
    ///     ActorKind(sector: "SPY")  // .securityService
    ///     ActorKind(sector: "ELI")  // nil
    public init?(sector: String) {
        switch sector {
        case "GOV": self = .government
        case "MIL": self = .military
        case "SPY": self = .securityService
        case "COP": self = .police
        case "LEG": self = .legislature
        case "JUD": self = .judiciary
        case "PTY", "OPP": self = .party
        case "PRM", "REB", "UAF": self = .militia
        case "MED": self = .media
        case "REL": self = .religiousBody
        case "NGO": self = .ngo
        default: return nil
        }
    }
}

extension ActorCode {
    /// Whether the sector is a news outlet's (`MED`): an outlet tells where a report comes
    /// from, not where what it tells of happens.
    public var isMedia: Bool { sector.flatMap(ActorKind.init(sector:)) == .media }
}
