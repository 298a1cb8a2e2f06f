/// The 18 OntoNotes 5 named-entity types.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person = "PERSON"
    case norp = "NORP"
    case facility = "FAC"
    case organization = "ORG"
    case gpe = "GPE"
    case location = "LOC"
    case product = "PRODUCT"
    case event = "EVENT"
    case workOfArt = "WORK_OF_ART"
    case law = "LAW"
    case language = "LANGUAGE"
    case date = "DATE"
    case time = "TIME"
    case percent = "PERCENT"
    case money = "MONEY"
    case quantity = "QUANTITY"
    case ordinal = "ORDINAL"
    case cardinal = "CARDINAL"

    /// Types that name an actor that can act or be acted upon.
    public var canBeActor: Bool {
        switch self {
        case .person, .norp, .organization, .gpe: return true
        default: return false
        }
    }
}
