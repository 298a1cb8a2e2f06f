import FaultlineCore

/// How an event argument was tied to an actor; it sets the coder's confidence.
enum ActorEvidence: Int, Comparable {
    /// A named or coded mention in the argument itself.
    case direct = 3
    /// A coded mention inside the argument's phrase ("leaders of the Framework").
    case phrase = 2
    /// A pronoun or a subject shared with a governing verb.
    case inferred = 1

    static func < (lhs: ActorEvidence, rhs: ActorEvidence) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An actor found for an event argument.
struct ActorHit {
    var actor: CodedActor
    var evidence: ActorEvidence
    /// The phrase that names the actor in the record when it is more than the actor's own
    /// mention ("Iraq's prime minister" for Iraq's government).
    var displayName: String? = nil

    /// The same actor, as one inherited from elsewhere in the sentence.
    var inherited: ActorHit { ActorHit(actor: actor, evidence: .inferred, displayName: displayName) }

    /// The actor as the event record names it.
    var recorded: CodedActor {
        guard let displayName else { return actor }
        var named = actor
        named.name = displayName
        named.actor = nil
        return named
    }
}

extension Array where Element == ActorHit {
    /// Keeps the first hit of each actor.
    func uniqued() -> [ActorHit] {
        var seen = Set<String>()
        return filter { hit in
            let key = hit.actor.actor ?? (hit.actor.name + "|" + hit.actor.code.description)
            return seen.insert(key).inserted
        }
    }

    var weakest: ActorEvidence? { map(\.evidence).min() }
}

/// A voice a sentence attributes its events to, and the modality it gives them.
struct Voice {
    var attribution: Attribution
    var modality: Modality
}
