/// How a trigger word combines with an event it governs ("urged X to withdraw").
public enum FrameRole: String, Sendable, Hashable, CaseIterable {
    /// An event of its own.
    case event
    /// A request for the governed event (CAMEO 02, appeal).
    case appeal
    /// A demand for the governed event (CAMEO 10).
    case demand
    /// A promise or offer of the governed event (CAMEO 03).
    case intent
    /// A refusal of the governed event (CAMEO 12).
    case reject
    /// A threat of the governed event (CAMEO 13).
    case threaten
    /// Only carries an event noun ("held talks", "launched an attack").
    case light
    /// Reports what it governs ("said", "reported").
    case report
    /// Claims what it governs ("claimed", "alleged").
    case claim
    /// Denies what it governs ("denied").
    case deny
    /// Plans or intends what it governs ("plans to", "seeks to").
    case plan
    /// Prevents what it governs, which then did not or may not happen ("prevent", "avoid").
    case prevent
    /// Stops the governed event ("suspended aid", "ended mediation"): CAMEO 16 and easing codes.
    case halt

    /// Whether the role turns a governed event into another code.
    public var composesCode: Bool {
        switch self {
        case .appeal, .demand, .intent, .reject, .threaten, .halt: return true
        default: return false
        }
    }

    /// Whether the verb only frames what it governs and is not an event itself.
    public var isFraming: Bool {
        switch self {
        case .report, .claim, .deny, .plan, .prevent, .light: return true
        default: return false
        }
    }
}

/// One lexicon entry: a trigger word (verb, noun or adjective) with what must accompany it and
/// the CAMEO code, PLOVER mode and context it carries.
public struct LexicalFrame: Sendable, Hashable {
    /// The trigger's lemma, e.g. "call".
    public var head: String
    /// A particle or preposition that must depend on the trigger ("call for").
    public var particle: String?
    /// An object noun (verbs: "sign agreement") or modifier (nouns: "air strike") that must
    /// depend on the trigger.
    public var companion: String?
    /// Whether the direct object must be an actor ("call @actor").
    public var needsActorObject: Bool
    /// The CAMEO code.
    public var code: String
    /// How it combines with a governed event.
    public var role: FrameRole
    /// Whether the source is the object ("sent Qaani to Baghdad").
    public var sourceFromObject: Bool
    /// Where the target is: "obj", "iobj" or prepositions; empty for the default order.
    public var targetSlots: [String]
    /// Whether a possessor or "of" phrase is the target (nouns: "Nasrallah's assassination").
    public var patient: Bool
    /// A PLOVER mode that overrides the mapping table's.
    public var mode: String?
    /// PLOVER contexts the entry implies.
    public var context: [String]
    /// A PLOVER event that overrides the mapping table's ("resign": RETREAT).
    public var ploverEvent: String?
    /// Whether the noun is an event only as what a request, promise or refusal is about
    /// ("called for elections", "promised reforms"), never on its own.
    public var complementOnly: Bool = false
    /// Whether the subject must be someone who can hold power (`source: subject`): "the
    /// regime fell" is a change of leadership, "the missile fell in Tel Aviv" none.
    public var needsActorSubject: Bool = false

    /// An entry from its parts.
    public init(
        head: String, particle: String? = nil, companion: String? = nil, needsActorObject: Bool = false,
        code: String, role: FrameRole = .event, sourceFromObject: Bool = false, targetSlots: [String] = [],
        patient: Bool = false, mode: String? = nil, context: [String] = [], ploverEvent: String? = nil
    ) {
        self.head = head
        self.particle = particle
        self.companion = companion
        self.needsActorObject = needsActorObject
        self.code = code
        self.role = role
        self.sourceFromObject = sourceFromObject
        self.targetSlots = targetSlots
        self.patient = patient
        self.mode = mode
        self.context = context
        self.ploverEvent = ploverEvent
    }

    /// How many conditions the entry sets; the most specific matching entry wins.
    public var specificity: Int {
        (particle == nil ? 0 : 2) + (companion == nil ? 0 : 4) + (needsActorObject ? 3 : 0)
    }

    /// Words that count as particles or prepositions in verb phrases.
    static let particles: Set<String> = [
        "for", "on", "upon", "with", "to", "in", "into", "at", "from", "off", "out", "up", "down", "over",
        "back", "away", "about", "against", "by", "behind", "between", "of", "through", "under", "around",
    ]

    /// Parses a verb phrase: "visit", "call for", "sign agreement", "call @actor", "take part in".
    /// Returns the frame's head, particle, companion and actor-object flag, or `nil` when empty.
    static func parseVerbPhrase(_ phrase: String) -> (head: String, particle: String?, companion: String?, actorObject: Bool)? {
        let words = phrase.lowercased().split(separator: " ").map(String.init)
        guard let head = words.first else { return nil }
        var particle: String?
        var companion: String?
        var actorObject = false
        for word in words.dropFirst() {
            if word.hasPrefix("@") {
                actorObject = true
            } else if particles.contains(word) {
                if particle == nil { particle = word }
            } else {
                companion = word
            }
        }
        return (head, particle, companion, actorObject)
    }

    /// Parses a noun phrase: "visit", "air strike" (modifier, head), "state of emergency"
    /// (head "of" dependent). Returns the head and its companion.
    static func parseNounPhrase(_ phrase: String) -> (head: String, companion: String?)? {
        let words = phrase.lowercased().split(separator: " ").map(String.init)
        guard let last = words.last else { return nil }
        if words.count == 3, words[1] == "of" { return (words[0], words[2]) }
        if words.count >= 2 { return (last, words[words.count - 2]) }
        // "cease-fire": the tokenizer splits at hyphens, so the last part is the head and the
        // part before the hyphen its modifier.
        if let hyphen = last.lastIndex(of: "-"), hyphen != last.startIndex, last.index(after: hyphen) != last.endIndex {
            return (String(last[last.index(after: hyphen)...]), String(last[..<hyphen]))
        }
        return (last, nil)
    }
}
