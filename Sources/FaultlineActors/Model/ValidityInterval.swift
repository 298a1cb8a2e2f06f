import FaultlineCore

/// The days on which a fact holds: from `start` to `end`, both inclusive; open when `nil`.
public struct ValidityInterval: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first day, or `nil` for "since always (as far as we know)".
    public var start: CivilDate?
    /// The last day, or `nil` for "still holds".
    public var end: CivilDate?

    /// An interval; both ends optional.
    public init(start: CivilDate? = nil, end: CivilDate? = nil) {
        self.start = start
        self.end = end
    }

    /// An interval open on both sides.
    public static let always = ValidityInterval()

    /// Whether the fact holds on `date`; an unknown date is inside every interval.
    public func contains(_ date: CivilDate?) -> Bool {
        guard let date else { return true }
        if let start, date < start { return false }
        if let end, date > end { return false }
        return true
    }

    /// Whether the fact had ended before `date`.
    public func hasEnded(before date: CivilDate?) -> Bool {
        guard let date, let end else { return false }
        return end < date
    }

    /// Whether two intervals share at least one day.
    public func overlaps(_ other: ValidityInterval) -> Bool {
        if let end, let otherStart = other.start, end < otherStart { return false }
        if let start, let otherEnd = other.end, otherEnd < start { return false }
        return true
    }

    /// `2020-01-03..`, `..2024-12-08`, `2006-05-20..2014-09-08` or `always`.
    public var description: String {
        if start == nil && end == nil { return "always" }
        return (start?.iso ?? "") + ".." + (end?.iso ?? "")
    }
}
