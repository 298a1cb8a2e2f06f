/// How a report presents an event.
public enum Modality: String, Sendable, Hashable, Codable, CaseIterable {
    case asserted, reported, claimed, denied, requested, planned, hypothetical, negated
}

/// How precise an event date is.
public enum DatePrecision: String, Sendable, Hashable, Codable, CaseIterable {
    case day, week, month, year, unknown
}

/// Who a claim is attributed to: "according to Al Monitor", "a State Department readout".
public struct Attribution: Sendable, Hashable, Codable {
    /// What kind of voice it is.
    public enum Kind: String, Sendable, Hashable, Codable {
        case media, official, document, person, organization, anonymous
    }
    /// The name as written.
    public var name: String
    /// Its kind.
    public var kind: Kind
    /// The coded actor behind it, when it is one.
    public var actor: CodedActor?

    /// An attribution.
    public init(name: String, kind: Kind, actor: CodedActor? = nil) {
        self.name = name
        self.kind = kind
        self.actor = actor
    }
}

/// A place an event happened, as stated.
public struct Place: Sendable, Hashable, Codable {
    /// The place name as written, e.g. "Baghdad".
    public var name: String
    /// Its country, ISO alpha-3, when known.
    public var country: String?

    /// A place.
    public init(name: String, country: String? = nil) {
        self.name = name
        self.country = country
    }
}

/// PLOVER's reading of an event: category, mode and contexts.
public struct PloverCoding: Sendable, Hashable, Codable {
    /// The PLOVER event, e.g. "CONSULT".
    public var event: String
    /// The mode, e.g. "visit"; `nil` when none applies.
    public var mode: String?
    /// Contexts, e.g. ["election"].
    public var context: [String]
    /// The PLOVER intensity score for event and mode, when the manual gives one.
    public var score: Double?

    /// A PLOVER coding.
    public init(event: String, mode: String? = nil, context: [String] = [], score: Double? = nil) {
        self.event = event
        self.mode = mode
        self.context = context
        self.score = score
    }
}

/// One coded event, as one sentence of one report states it.
///
/// This is the record of ../DESIGN.md: who did what to whom, when, where, according to whom.
public struct CodedEvent: Sendable, Hashable, Codable {
    /// Index of the sentence in ``AnalyzedDocument/sentences``.
    public var sentence: Int
    /// The words that express the event, e.g. "dispatching" or "visit".
    public var trigger: String
    /// Who acts; several for compound actors ("Iran and Iraq").
    public var sources: [CodedActor]
    /// Who is acted upon; empty when there is no target.
    public var targets: [CodedActor]
    /// The CAMEO code, e.g. "043".
    public var cameo: String
    /// The Goldstein value of the code (ICEWS table).
    public var goldstein: Double
    /// The CAMEO quad class, 0 to 4.
    public var quadClass: Int
    /// The PLOVER coding.
    public var plover: PloverCoding
    /// The event date.
    public var date: CivilDate?
    /// How precise `date` is.
    public var datePrecision: DatePrecision
    /// Where it happened, if stated.
    public var location: Place?
    /// Who reports or claims it, if stated.
    public var attribution: Attribution?
    /// How the report presents it.
    public var modality: Modality
    /// The coder's confidence, 0 to 1.
    public var confidence: Double

    /// The two-digit CAMEO root, e.g. "04".
    public var cameoRoot: String { String(cameo.prefix(2)) }

    /// An event with every field given.
    public init(
        sentence: Int, trigger: String, sources: [CodedActor], targets: [CodedActor],
        cameo: String, goldstein: Double, quadClass: Int, plover: PloverCoding,
        date: CivilDate?, datePrecision: DatePrecision, location: Place?, attribution: Attribution?,
        modality: Modality, confidence: Double
    ) {
        self.sentence = sentence
        self.trigger = trigger
        self.sources = sources
        self.targets = targets
        self.cameo = cameo
        self.goldstein = goldstein
        self.quadClass = quadClass
        self.plover = plover
        self.date = date
        self.datePrecision = datePrecision
        self.location = location
        self.attribution = attribution
        self.modality = modality
        self.confidence = confidence
    }
}
