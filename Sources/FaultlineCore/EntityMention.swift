/// A named entity found in a sentence, with its title and its coreference cluster.
public struct EntityMention: Sendable, Hashable, Codable {
    /// Index of the sentence in ``AnalyzedDocument/sentences``.
    public var sentence: Int
    /// The token indices within that sentence.
    public var tokens: Range<Int>
    /// The UTF-8 byte range in the clean text.
    public var range: Range<Int>
    /// The mention as written, e.g. "Esmail Qaani".
    public var text: String
    /// The OntoNotes type.
    public var type: EntityType
    /// Rank, office or organisation that qualifies the mention, when stated next to it.
    public var title: Title?
    /// Mentions of one entity share a cluster number within a document; `nil` until resolved.
    public var cluster: Int?
    /// Whether the mention is a nominal ("the commander") rather than a name.
    public var isNominal: Bool

    /// A mention as the recognizer produces it.
    public init(
        sentence: Int, tokens: Range<Int>, range: Range<Int>, text: String, type: EntityType,
        title: Title? = nil, cluster: Int? = nil, isNominal: Bool = false
    ) {
        self.sentence = sentence
        self.tokens = tokens
        self.range = range
        self.text = text
        self.type = type
        self.title = title
        self.cluster = cluster
        self.isNominal = isNominal
    }
}

/// The words that qualify a person: "US Secretary of State", "Brig. Gen.", "influential cleric".
public struct Title: Sendable, Hashable, Codable {
    /// The whole title phrase as written, e.g. "Quds Force commander Brig. Gen.".
    public var text: String
    /// A military or honorific rank, e.g. "Brig. Gen.".
    public var rank: String?
    /// The office or role, e.g. "Secretary of State", "commander", "cleric".
    public var role: String?
    /// The organisation or country the role belongs to, e.g. "Quds Force", "US".
    public var organization: String?
    /// The UTF-8 byte range of the phrase in the clean text.
    public var range: Range<Int>

    /// A title from its parts.
    public init(text: String, rank: String? = nil, role: String? = nil, organization: String? = nil, range: Range<Int>) {
        self.text = text
        self.rank = rank
        self.role = role
        self.organization = organization
        self.range = range
    }
}
