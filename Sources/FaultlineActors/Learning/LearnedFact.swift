import FaultlineCore

/// A role or tie a report states, proposed for the knowledge base and kept apart from the
/// curated facts until someone confirms it.
public struct LearnedFact: Sendable, Hashable, Codable {
    /// What the report states.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A person holds an office in an organisation.
        case office
        /// The subject backs the object.
        case backing
        /// The subject is a bloc or umbrella whose members are described by `role`.
        case umbrella
    }

    /// The kind of fact.
    public var kind: Kind
    /// The subject as written ("Esmail Qaani"; the backer for `backing`).
    public var subject: String
    /// The subject's knowledge-base id, when known.
    public var subjectID: String?
    /// The object as written ("Quds Force").
    public var object: String
    /// The object's knowledge-base id, when known.
    public var objectID: String?
    /// The office or description ("head", "umbrella of pro-Iran factions").
    public var role: String?
    /// When it holds: from the report date for "newly appointed", otherwise as of the report.
    public var interval: ValidityInterval
    /// How sure the pattern is, 0 to 1.
    public var confidence: Double
    /// Whether the curated base already states it.
    public var alreadyKnown: Bool
    /// The sentence it was read from.
    public var evidence: String
    /// The report (URL, outlet or file) and its date.
    public var source: String
    /// The report date.
    public var reported: CivilDate?

    /// One line for people.
    public var summary: String {
        let ids = "[\(subjectID ?? "new")] -> [\(objectID ?? "new")]"
        let known = alreadyKnown ? "known" : "proposed"
        let span = interval == .always ? "as of \(reported?.iso ?? "the report")" : interval.description
        return "\(known) \(kind.rawValue): \(subject) -> \(object)\(role.map { " (\($0))" } ?? "") \(ids) \(span), confidence \(confidence)\n    evidence: \"\(evidence)\" (\(source), \(reported?.iso ?? "undated"))"
    }
}
