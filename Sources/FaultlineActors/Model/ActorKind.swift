/// What sort of actor an entry of the knowledge base is.
public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case state
    case government
    case military
    case securityService = "security-service"
    case police
    case legislature
    case judiciary
    case party
    case coalition
    case militia
    case internationalOrganization = "international-organization"
    case ngo
    case media
    case religiousBody = "religious-body"
    case person

    /// The sector a bare mention of an actor of this kind gets when the entry gives none.
    public var defaultSector: String? {
        switch self {
        case .state, .person: return nil
        case .government: return "GOV"
        case .military: return "MIL"
        case .securityService: return "SPY"
        case .police: return "COP"
        case .legislature: return "LEG"
        case .judiciary: return "JUD"
        case .party, .coalition: return "PTY"
        case .militia: return "PRM"
        case .internationalOrganization: return nil
        case .ngo: return "NGO"
        case .media: return "MED"
        case .religiousBody: return "REL"
        }
    }
}
