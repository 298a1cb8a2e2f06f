import FaultlineCore

/// When two reports from different documents state the same real-world event.
///
/// Same source and target actor keys, same CAMEO root, dates at most ``maxDayGap`` days apart
/// and compatible locations. Reports from the same document are never merged (a report that
/// repeats itself is still one report), and near-duplicate copies are never counted at all.
public enum EventMergeRule {
    /// The largest gap in days between the dates of two reports of one event.
    public static let maxDayGap = 2

    /// Whether two stated locations can be the same place: either is unknown, the names agree,
    /// or both countries are known and agree.
    public static func locationsCompatible(_ lhs: Place?, _ rhs: Place?) -> Bool {
        guard let lhs, let rhs else { return true }
        if ActorKey.normalized(lhs.name) == ActorKey.normalized(rhs.name) { return true }
        if let left = lhs.country, let right = rhs.country { return left == right }
        return false
    }

    /// The key of the first source actor; events without one are never merged.
    static func sourceKey(_ event: CodedEvent) -> String? {
        event.sources.first.map(ActorKey.of)
    }

    /// The key of the first target actor, `nil` when there is no target.
    static func targetKey(_ event: CodedEvent) -> String? {
        event.targets.first.map(ActorKey.of)
    }
}
