import FaultlineCore

/// One event as every consumer reads it: the record of docs/FORMATS.md (and DESIGN.md).
///
/// An event may be reported by several documents; `document`, `sentence`, `attribution` and
/// `modality` come from its first report, `mentions` counts the reports merged into it.
public struct EventRecord: Sendable, Hashable, Codable {
    /// A document reference inside the record.
    public struct DocumentRef: Sendable, Hashable, Codable {
        /// The store's document id, as a string.
        public var id: String
        /// Where it was published.
        public var url: String?
        /// The outlet.
        public var outlet: String?
        /// The publication day, `YYYY-MM-DD`.
        public var published: String?

        /// A reference.
        public init(id: String, url: String?, outlet: String?, published: String?) {
            self.id = id
            self.url = url
            self.outlet = outlet
            self.published = published
        }

        /// Writes every key, `null` included, so consumers can rely on the keys being there.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(url, forKey: .url)
            try container.encode(outlet, forKey: .outlet)
            try container.encode(published, forKey: .published)
        }
    }

    /// The sentence that states the event.
    public struct SentenceRef: Sendable, Hashable, Codable {
        /// Its index in the document, from 0.
        public var index: Int
        /// The sentence as written.
        public var text: String

        /// A reference.
        public init(index: Int, text: String) {
            self.index = index
            self.text = text
        }
    }

    /// A source or target actor.
    public struct ActorRef: Sendable, Hashable, Codable {
        /// The name as written.
        public var name: String
        /// The knowledge-base id; `null` for a provisional actor.
        public var actor: String?
        /// ISO alpha-3 country.
        public var country: String?
        /// CAMEO/PLOVER sector.
        public var sector: String?
        /// Country and sector joined, e.g. "IRNMIL".
        public var code: String?

        /// A reference.
        public init(name: String, actor: String?, country: String?, sector: String?) {
            self.name = name
            self.actor = actor
            self.country = country
            self.sector = sector
            let joined = (country ?? "") + (sector ?? "")
            self.code = joined.isEmpty ? nil : joined
        }

        /// Writes every key, `null` included, so consumers can rely on the keys being there.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(actor, forKey: .actor)
            try container.encode(country, forKey: .country)
            try container.encode(sector, forKey: .sector)
            try container.encode(code, forKey: .code)
        }
    }

    /// PLOVER event, mode and contexts.
    public struct Plover: Sendable, Hashable, Codable {
        /// The PLOVER event, e.g. "CONSULT".
        public var event: String
        /// The mode, e.g. "visit".
        public var mode: String?
        /// Contexts, e.g. ["election"].
        public var context: [String]

        /// A PLOVER reading.
        public init(event: String, mode: String?, context: [String]) {
            self.event = event
            self.mode = mode
            self.context = context
        }

        /// Writes every key, `null` included, so consumers can rely on the keys being there.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(event, forKey: .event)
            try container.encode(mode, forKey: .mode)
            try container.encode(context, forKey: .context)
        }
    }

    /// Where the event happened.
    public struct LocationRef: Sendable, Hashable, Codable {
        /// The place as written.
        public var name: String
        /// Its country, ISO alpha-3.
        public var country: String?

        /// A place.
        public init(name: String, country: String?) {
            self.name = name
            self.country = country
        }

        /// Writes every key, `null` included, so consumers can rely on the keys being there.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(country, forKey: .country)
        }
    }

    /// Who the report attributes the event to.
    public struct AttributionRef: Sendable, Hashable, Codable {
        /// The name as written.
        public var name: String
        /// media, official, document, person, organization or anonymous.
        public var kind: String

        /// An attribution.
        public init(name: String, kind: String) {
            self.name = name
            self.kind = kind
        }
    }

    /// The event's id in the store, as a string.
    public var id: String
    /// The first document that reported it.
    public var document: DocumentRef
    /// The sentence of that document.
    public var sentence: SentenceRef
    /// Who acts, every actor of a compound or reciprocal source in the order the report names
    /// them ("Iran and Saudi Arabia agreed": both).
    public var sources: [ActorRef]
    /// Who is acted upon, in the order the report names them.
    public var targets: [ActorRef]
    /// The first source: the record's main actor.
    public var source: ActorRef? { sources.first }
    /// The first target.
    public var target: ActorRef? { targets.first }
    /// The words that express the event.
    public var trigger: String
    /// CAMEO code, e.g. "043".
    public var cameo: String
    /// Its two-digit root, e.g. "04".
    public var cameoRoot: String
    /// Goldstein value.
    public var goldstein: Double
    /// CAMEO quad class, 0 to 4.
    public var quadClass: Int
    /// PLOVER reading.
    public var plover: Plover
    /// Event date, `YYYY-MM-DD`.
    public var date: String?
    /// day, week, month, year or unknown.
    public var datePrecision: String
    /// Where it happened.
    public var location: LocationRef?
    /// Who reports it.
    public var attribution: AttributionRef?
    /// asserted, reported, claimed, denied, requested, planned, hypothetical or negated.
    public var modality: String
    /// The coder's confidence, 0 to 1.
    public var confidence: Double
    /// The number of reports merged into this event.
    public var mentions: Int

    /// A record with every field given.
    public init(
        id: String, document: DocumentRef, sentence: SentenceRef, sources: [ActorRef], targets: [ActorRef],
        trigger: String, cameo: String, goldstein: Double, quadClass: Int, plover: Plover,
        date: String?, datePrecision: String, location: LocationRef?, attribution: AttributionRef?,
        modality: String, confidence: Double, mentions: Int
    ) {
        self.id = id
        self.document = document
        self.sentence = sentence
        self.sources = sources
        self.targets = targets
        self.trigger = trigger
        self.cameo = cameo
        self.cameoRoot = String(cameo.prefix(2))
        self.goldstein = goldstein
        self.quadClass = quadClass
        self.plover = plover
        self.date = date
        self.datePrecision = datePrecision
        self.location = location
        self.attribution = attribution
        self.modality = modality
        self.confidence = confidence
        self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey {
        case id, document, sentence, source, target, sources, targets, trigger, cameo
        case cameoRoot = "cameo_root"
        case goldstein
        case quadClass = "quad_class"
        case plover, date
        case datePrecision = "date_precision"
        case location, attribution, modality, confidence, mentions
    }

    /// Reads a record as ``encode(to:)`` writes it; a record with only `source` and `target`
    /// (as DESIGN.md shows it) reads as one actor each.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func actors(_ list: CodingKeys, _ single: CodingKeys) throws -> [ActorRef] {
            if let all = try container.decodeIfPresent([ActorRef].self, forKey: list) { return all }
            return try container.decodeIfPresent(ActorRef.self, forKey: single).map { [$0] } ?? []
        }
        self.init(
            id: try container.decode(String.self, forKey: .id),
            document: try container.decode(DocumentRef.self, forKey: .document),
            sentence: try container.decode(SentenceRef.self, forKey: .sentence),
            sources: try actors(.sources, .source), targets: try actors(.targets, .target),
            trigger: try container.decode(String.self, forKey: .trigger),
            cameo: try container.decode(String.self, forKey: .cameo),
            goldstein: try container.decode(Double.self, forKey: .goldstein),
            quadClass: try container.decode(Int.self, forKey: .quadClass),
            plover: try container.decode(Plover.self, forKey: .plover),
            date: try container.decodeIfPresent(String.self, forKey: .date),
            datePrecision: try container.decode(String.self, forKey: .datePrecision),
            location: try container.decodeIfPresent(LocationRef.self, forKey: .location),
            attribution: try container.decodeIfPresent(AttributionRef.self, forKey: .attribution),
            modality: try container.decode(String.self, forKey: .modality),
            confidence: try container.decode(Double.self, forKey: .confidence),
            mentions: try container.decode(Int.self, forKey: .mentions))
    }

    /// Writes every field, `null` included, so consumers can rely on the keys being there.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(document, forKey: .document)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(source, forKey: .source)
        try container.encode(target, forKey: .target)
        try container.encode(sources, forKey: .sources)
        try container.encode(targets, forKey: .targets)
        try container.encode(trigger, forKey: .trigger)
        try container.encode(cameo, forKey: .cameo)
        try container.encode(cameoRoot, forKey: .cameoRoot)
        try container.encode(goldstein, forKey: .goldstein)
        try container.encode(quadClass, forKey: .quadClass)
        try container.encode(plover, forKey: .plover)
        try container.encode(date, forKey: .date)
        try container.encode(datePrecision, forKey: .datePrecision)
        try container.encode(location, forKey: .location)
        try container.encode(attribution, forKey: .attribution)
        try container.encode(modality, forKey: .modality)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(mentions, forKey: .mentions)
    }
}
