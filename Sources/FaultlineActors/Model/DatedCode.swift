import FaultlineCore

/// A CAMEO/PLOVER code an actor carries during an interval ("IRQPTY until 2022-10-26").
public struct DatedCode: Sendable, Hashable, Codable {
    /// The code.
    public var code: ActorCode
    /// When it applies.
    public var interval: ValidityInterval

    /// A code valid during `interval`.
    public init(code: ActorCode, interval: ValidityInterval = .always) {
        self.code = code
        self.interval = interval
    }
}
