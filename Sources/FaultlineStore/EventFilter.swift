import FaultlineCore

/// Which events to read back. Every field narrows the selection; `nil` means any.
public struct EventFilter: Sendable, Hashable {
    /// Substring (case-insensitive) of a source or target actor's name or knowledge-base id.
    public var actor: String?
    /// ISO alpha-3 country of a source or target actor.
    public var country: String?
    /// CAMEO code or prefix: "04" selects the whole root, "043" one code.
    public var cameo: String?
    /// PLOVER event, e.g. "CONSULT" (case-insensitive).
    public var plover: String?
    /// Earliest event date, inclusive.
    public var from: CivilDate?
    /// Latest event date, inclusive.
    public var until: CivilDate?
    /// Substring (case-insensitive) of the attribution's name, or its kind ("media").
    public var attribution: String?
    /// How a report presents the event.
    public var modality: Modality?
    /// Only events reported by this document.
    public var document: Int64?
    /// At most this many records.
    public var limit: Int?

    /// A filter; all fields default to "any".
    public init(
        actor: String? = nil, country: String? = nil, cameo: String? = nil, plover: String? = nil,
        from: CivilDate? = nil, until: CivilDate? = nil, attribution: String? = nil,
        modality: Modality? = nil, document: Int64? = nil, limit: Int? = nil
    ) {
        self.actor = actor
        self.country = country
        self.cameo = cameo
        self.plover = plover
        self.from = from
        self.until = until
        self.attribution = attribution
        self.modality = modality
        self.document = document
        self.limit = limit
    }
}
