/// A signed, dated tie between two actors: alliance, backing, bloc membership, rivalry,
/// hostility, war.
public struct ActorTie: Sendable, Hashable, Codable {
    /// What kind of tie.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case alliance
        /// `source` backs (arms, funds, sponsors) `target`.
        case backing
        /// `source` belongs to the bloc `target` (e.g. the "axis of resistance").
        case bloc
        case rivalry
        case hostility
        case war

        /// +1 for cooperative ties, -1 for adversarial ones.
        public var sign: Int {
            switch self {
            case .alliance, .backing, .bloc: return 1
            case .rivalry, .hostility, .war: return -1
            }
        }
    }

    /// The kind.
    public var kind: Kind
    /// The actor id the tie goes from (the backer for `backing`).
    public var source: String
    /// The actor id the tie goes to.
    public var target: String
    /// When it held.
    public var interval: ValidityInterval
    /// How sure we are, 0 to 1.
    public var confidence: Double
    /// Where the fact comes from.
    public var sources: [String]
    /// Where the entry was read from.
    public var location: SourceLocation?

    /// A tie.
    public init(
        kind: Kind, source: String, target: String, interval: ValidityInterval = .always,
        confidence: Double = 1, sources: [String] = [], location: SourceLocation? = nil
    ) {
        self.kind = kind
        self.source = source
        self.target = target
        self.interval = interval
        self.confidence = confidence
        self.sources = sources
        self.location = location
    }

    /// +1 or -1.
    public var sign: Int { kind.sign }
}
