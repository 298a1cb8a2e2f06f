import FaultlineCore

/// Codes a noun phrase that the entity stage did not mark ("senior militia leaders",
/// "the Iraqi army") as an actor, as the actors stage's knowledge base does.
public protocol PhraseCoding: Sendable {
    /// The actor a phrase names on a date, or `nil` when it names none.
    func code(phrase: String, date: CivilDate?) -> CodedActor?
}
