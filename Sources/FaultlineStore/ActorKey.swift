import FaultlineCore

/// The key that identifies an actor across documents.
///
/// A knowledge-base actor is its id; an unknown (provisional) actor is its code and normalised
/// name, so "Kataib Hezbollah" coded IRQREB in two reports is one provisional actor.
enum ActorKey {
    /// The key of a coded actor.
    static func of(_ actor: CodedActor) -> String {
        if let id = actor.actor, !id.isEmpty { return id }
        return "provisional:\(actor.code.description):\(normalized(actor.name))"
    }

    /// Lowercased, whitespace collapsed.
    static func normalized(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
