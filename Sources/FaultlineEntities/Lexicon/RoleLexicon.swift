/// The words that make up titles: ranks, role nouns, words that build offices, and the
/// modifiers that may stand before a title. Written for Faultline from the usual English forms
/// of military and civil ranks, offices and roles in news text (lower case; a trailing period is
/// ignored when looking up abbreviations, so "Gen." and "gen" are both the rank "gen").
public enum RoleLexicon {
    /// Military, religious and honorific ranks that stand right before a name.
    public static let ranks: Set<String> = [
        "gen", "general", "brig", "brigadier", "maj", "major", "lt", "lieutenant", "col", "colonel", "capt",
        "captain", "cmdr", "cdr", "adm", "admiral", "vice", "rear", "sgt", "sergeant", "cpl", "corporal", "pvt",
        "private", "marshal", "field", "commodore", "ayatollah", "grand", "hojatoleslam", "sheikh", "sheik",
        "shaykh", "mullah", "imam", "rabbi", "rev", "reverend", "father", "bishop", "archbishop", "cardinal",
        "pope", "patriarch", "dr", "prof", "professor", "sen", "senator", "rep", "gov", "king", "queen",
        "prince", "princess", "emir", "sultan", "crown", "sayyed", "sayyid", "sir", "lord", "dame", "judge",
        "justice", "lt.-gen", "maj.-gen", "brig.-gen", "lt-gen", "maj-gen", "brig-gen", "lieutenant-general",
        "major-general", "brigadier-general", "staff",
    ]

    /// Role nouns: the head of a title ("commander", "minister", "cleric").
    public static let roles: Set<String> = [
        "president", "minister", "premier", "chancellor", "secretary", "leader", "commander", "chief", "head",
        "cleric", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "official", "director",
        "chairman", "chairwoman", "chair", "speaker", "governor", "mayor", "senator", "lawmaker", "legislator",
        "deputy", "adviser", "advisor", "negotiator", "king", "queen", "emir", "prince", "monarch", "founder",
        "ceo", "executive", "officer", "diplomat", "representative", "delegate", "secretary-general",
        "coordinator", "judge", "prosecutor", "attorney", "general", "colonel", "ruler", "strongman", "warlord",
        "militant", "politician", "candidate", "nominee", "mp", "parliamentarian", "congressman",
        "congresswoman", "vice-president", "cabinet", "aide", "analyst", "journalist", "correspondent",
        "editor", "reporter", "scholar", "researcher", "professor", "activist", "dissident", "commissioner",
        "inspector", "administrator", "ayatollah", "imam", "mufti", "patriarch", "pope", "bishop", "rabbi",
        "preacher", "chairperson", "boss", "manager", "owner", "architect", "mastermind", "operative",
        "strategist", "lieutenant", "captain", "admiral", "marshal", "sergeant", "major", "brigadier", "counterpart",
    ]

    /// Words that build multi-word offices before or after a role noun ("Prime Minister",
    /// "Foreign Minister", "Supreme Leader", "Secretary of State").
    public static let officeWords: Set<String> = [
        "prime", "foreign", "defense", "defence", "interior", "finance", "supreme", "vice", "deputy", "chief",
        "national", "security", "state", "general", "acting", "interim", "caretaker", "assistant", "associate",
        "senior", "junior", "first", "executive", "presidential", "military", "intelligence", "oil", "trade",
        "justice", "health", "education", "economy", "energy", "culture", "information", "army", "navy", "air",
        "force", "staff", "joint", "special", "top", "lead", "principal", "regional", "provincial", "de",
        "facto", "deputy-", "co", "co-founder", "parliament", "parliamentary", "speaker",
    ]

    /// Adjectives that may qualify a title without being part of the office ("influential
    /// cleric", "former president", "newly appointed head").
    public static let modifiers: Set<String> = [
        "influential", "powerful", "prominent", "senior", "former", "late", "veteran", "top", "leading",
        "outgoing", "incoming", "newly", "appointed", "elected", "new", "current", "longtime", "long-time",
        "then", "then-", "hardline", "hard-line", "radical", "moderate", "reformist", "conservative",
        "firebrand", "populist", "exiled", "jailed", "ousted", "deposed", "slain", "assassinated", "retired",
        "de", "facto", "self-styled", "self-proclaimed", "shadowy", "elusive", "charismatic", "well-known",
        "renowned", "respected", "revered", "key", "chief", "main", "military", "political", "spiritual",
        "religious", "militia", "rebel", "opposition", "government", "army", "police", "security",
        "intelligence", "party", "tribal", "shiite", "shia", "sunni", "kurdish", "islamist", "jihadist",
        "iran-backed", "iranian-backed", "us-backed", "u.s.-backed", "pro-iran", "pro-iranian",
    ]

    /// Honorifics that are not titles in their own right ("Mr.", "Mrs.").
    public static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "messrs"]

    /// The lexicon key of a token: lower case, without a final period.
    public static func key(_ word: String) -> String {
        var lower = word.lowercased()
        if lower.count > 1, lower.hasSuffix(".") { lower.removeLast() }
        return lower
    }
}
