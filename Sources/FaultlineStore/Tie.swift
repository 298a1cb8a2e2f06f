import FaultlineCore

/// A dated, signed relation between two actors: alliance, rivalry, command, funding.
public struct Tie: Sendable, Hashable, Codable {
    /// The actor key the tie goes from (knowledge-base id or provisional key).
    public var source: String
    /// The actor key it goes to.
    public var target: String
    /// What kind of relation, e.g. "ally", "rival", "commands", "funds".
    public var kind: String
    /// +1 for cooperation, -1 for hostility, 0 when neutral.
    public var sign: Int
    /// First day it held, when known.
    public var from: CivilDate?
    /// Last day it held, when known; `nil` while it holds.
    public var until: CivilDate?
    /// How sure we are, 0 to 1.
    public var confidence: Double
    /// Where it comes from: a knowledge-base file, a document id, a study.
    public var provenance: String

    /// A tie.
    public init(
        source: String, target: String, kind: String, sign: Int, from: CivilDate? = nil,
        until: CivilDate? = nil, confidence: Double = 1, provenance: String
    ) {
        self.source = source
        self.target = target
        self.kind = kind
        self.sign = sign
        self.from = from
        self.until = until
        self.confidence = confidence
        self.provenance = provenance
    }
}
