/// The CAMEO and PLOVER code tables the knowledge base is checked against.
public enum CodeTables {
    /// Sector (agent) codes from CAMEO (chapter 3) and PLOVER's sector list.
    public static let sectors: Set<String> = [
        "COP", "GOV", "INS", "JUD", "LEG", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "PRM", "PTY",
        "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "MED", "REF",
        "MOD", "RAD", "JRN", "REL", "SOC", "UNK", "PRE", "NGO", "IGO",
    ]

    /// CAMEO international, transnational and regional codes used in the country slot.
    public static let international: Set<String> = [
        "IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS", "UNO",
        "AFR", "ASA", "BLK", "CRB", "CAU", "CAS", "EAF", "EEU", "EUR", "LAM", "MEA", "MDE",
        "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "WAF", "WST",
    ]

    /// Whether a three-letter code is used as a country slot (countries and the
    /// international codes), which matters for codes such as "IGO" that are both.
    static func isCountryLike(_ code: String) -> Bool { international.contains(code) }

    /// PLOVER's sector for a CAMEO one: CAMEO's MED is media (PLOVER JRN), its HLH is health
    /// (PLOVER MED); the rest are shared.
    public static func ploverSector(_ cameo: String?) -> String? {
        switch cameo {
        case "MED": return "JRN"
        case "HLH": return "MED"
        case "INS": return "REB"
        case "SEP": return "REB"
        default: return cameo
        }
    }
}
