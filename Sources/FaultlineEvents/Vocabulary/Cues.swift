/// Cue words for modality, attribution and context (`Lexicon/cues.yaml`, `contexts.yaml`,
/// `agents.yaml`).
public struct Cues: Sendable {
    /// Words that make what they govern hypothetical ("if", "could").
    public var hypothetical: Set<String> = []
    /// Words that make what they govern planned ("will", "plan").
    public var planned: Set<String> = []
    /// Negation words.
    public var negation: Set<String> = []
    /// Modals of obligation that turn a reported statement into a demand ("must").
    public var obligation: Set<String> = []
    /// Nouns that, under a statement verb, make a request ("the urgency of disarming").
    public var necessity: Set<String> = []
    /// Nouns naming a document ("readout", "statement").
    public var documents: Set<String> = []
    /// Nouns naming weapons and munitions ("rockets", "drones"): what is fired or launched,
    /// never whom at.
    public var weapons: Set<String> = []
    /// Words that mark a news outlet.
    public var media: Set<String> = []
    /// Words that mark an anonymous voice ("sources", "officials").
    public var anonymous: Set<String> = []
    /// PLOVER contexts by signal word (single words).
    public var contextWords: [String: [String]] = [:]
    /// PLOVER contexts by multiword phrase (its words), matched on the sentence's words.
    public var contextPhrases: [(words: [String], context: String)] = []
    /// Sectors by agent noun ("troops" -> MIL).
    public var agentSectors: [String: String] = [:]

    /// Empty cue lists.
    public init() {}
}
