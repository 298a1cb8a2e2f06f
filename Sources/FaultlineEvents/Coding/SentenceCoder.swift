import FaultlineCore
import FaultlineEntities

/// An event being assembled from a trigger and the event it may govern.
struct EventDraft {
    /// Trigger tokens, the main one first.
    var triggers: [Int]
    var code: String
    var mode: String?
    /// A PLOVER event overriding the mapping table's.
    var ploverEvent: String?
    var context: [String]
    var sources: [ActorHit]
    var targets: [ActorHit]
    var location: Place?
    /// Modality set by composition ("called for a boycott": requested).
    var modality: Modality?
    /// Whether the trigger is a noun in a background phrase ("following war with Israel").
    var background: Bool
    /// Whether the frame expects a target.
    var expectsTarget: Bool

    var main: Int { triggers[0] }
}

/// What a personal pronoun can refer to.
enum PronounReference {
    case person, group, either

    /// `true` for persons, `false` for groups and states, `nil` for either.
    var isPerson: Bool? {
        switch self {
        case .person: return true
        case .group: return false
        case .either: return nil
        }
    }
}

/// Codes the events of one sentence. Made per sentence; holds the memo of drafts.
final class SentenceCoder {
    let lexicon: EventLexicon
    let document: AnalyzedDocument
    let index: DocumentIndex
    let sentenceIndex: Int
    let graph: SentenceGraph
    let phraseCoder: (any PhraseCoding)?
    let reportDate: CivilDate?

    /// The frame each trigger token matched.
    var frames: [Int: LexicalFrame] = [:]
    /// Tokens whose frame came from the noun lexicon.
    var nounTriggers: Set<Int> = []
    /// Complement triggers already folded into a governing event.
    var consumed: Set<Int> = []
    private var drafts: [Int: EventDraft?] = [:]
    /// Actors of each phrase head, computed once.
    var actorMemo: [Int: [ActorHit]] = [:]
    /// PLOVER contexts signalled in the sentence (computed once).
    lazy var contexts: [String] = computeContexts()
    /// Time expressions by the predicate they modify (computed once).
    lazy var timeAttachments: [Int: TimeExpression] = computeTimeAttachments()
    /// The actor of the person each title word belongs to (computed once).
    lazy var titleOwners: [Int: Int] = computeTitleOwners()
    private var inProgress: Set<Int> = []

    init(
        lexicon: EventLexicon, document: AnalyzedDocument, index: DocumentIndex, sentence: Int,
        phraseCoder: (any PhraseCoding)?
    ) {
        self.lexicon = lexicon
        self.document = document
        self.index = index
        self.sentenceIndex = sentence
        self.graph = SentenceGraph(document.sentences[sentence])
        self.phraseCoder = phraseCoder
        self.reportDate = document.metadata.published
    }

    /// The coded events of the sentence, highest in the tree first.
    func code() -> [CodedEvent] {
        guard graph.count > 0 else { return [] }
        for token in 0..<graph.count {
            if let frame = matchFrame(token) { frames[token] = frame }
        }
        guard !frames.isEmpty else { return [] }
        let voices = SentenceVoices(coder: self)
        let order = frames.keys.sorted { (graph.depth($0), $0) < (graph.depth($1), $1) }
        var events: [CodedEvent] = []
        var emitted = Set<Int>()
        for token in order where !consumed.contains(token) {
            guard let draft = draft(token), !emitted.contains(draft.main) else { continue }
            // A nominal event with no actor at all ("the secretive mission") says nothing to code.
            if nounTriggers.contains(draft.main), draft.sources.isEmpty, draft.targets.isEmpty { continue }
            // "halted weapons deliveries", "withdrew from the talks": what a verb stops, refuses
            // or leaves is not also an event that took place.
            if nounTriggers.contains(draft.main), isStoppedBy(headOf: draft.main) { continue }
            // "according to a press release by the rebels": the voice's words are no event.
            if nounTriggers.contains(draft.main), isInAccordingPhrase(draft.main) { continue }
            if consumed.contains(token) { continue }
            emitted.formUnion(draft.triggers)
            if let event = finish(draft, voices: voices) { events.append(event) }
        }
        if events.isEmpty, let statement = statementEvent(voices: voices) {
            events.append(statement)
        }
        return events
    }

    /// Whether a noun lies in an "according to" phrase ("according to a press release by the
    /// rebels"), up to the clause it belongs to.
    func isInAccordingPhrase(_ token: Int) -> Bool {
        var node = token
        for _ in 0..<8 {
            if graph.children[node].contains(where: { graph.words[$0].lowercased() == "according" && graph.relation($0) == "case" }) {
                return true
            }
            guard let head = graph.head(node), graph.upos(head) != "VERB" else { return false }
            node = head
        }
        return false
    }

    // MARK: - Frames

    /// The most specific lexicon frame whose conditions the token meets.
    func matchFrame(_ token: Int) -> LexicalFrame? {
        let upos = graph.upos(token)
        let relation = graph.relation(token)
        if relation == "compound" || relation == "flat" || relation == "fixed" || relation == "goeswith" { return nil }
        // "Qatar-funded", "Iran-backed": the second half of a hyphenated modifier is no event;
        // the second half of a hyphenated verb that heads its clause is ("North Korea
        // test-fired a missile").
        // A hyphenated noun the lexicon lists whole ("cease-fire") is an event all the same.
        let afterHyphen = token > 1 && graph.words[token - 1] == "-"
            && !(relation == "root" || graph.children[token].contains { graph.relation($0) == "nsubj" })
        let lemma = graph.lemmas[token]
        let word = graph.words[token]
        var candidates: [LexicalFrame] = []
        var isNoun = false
        switch upos {
        case "VERB":
            guard relation != "amod", !isSubordinatingParticiple(token) else { return nil }
            candidates = lexicon.verbs[lemma] ?? lexicon.verbs[word] ?? lexicon.verbForms[word].flatMap { lexicon.verbs[$0] } ?? []
        case "NOUN":
            candidates = lexicon.nouns[lemma] ?? lexicon.nouns[word] ?? lexicon.nouns[EventLexicon.singular(word)] ?? []
            isNoun = true
        case "ADJ":
            candidates = lexicon.adjectives[lemma] ?? []
        case "":
            candidates = lexicon.verbs[lemma] ?? lexicon.verbForms[word].flatMap { lexicon.verbs[$0] } ?? []
            if candidates.isEmpty {
                candidates = lexicon.nouns[lemma] ?? []
                isNoun = !candidates.isEmpty
            }
        default:
            return nil
        }
        var best: LexicalFrame?
        for frame in candidates where !frame.complementOnly && satisfies(frame, token: token, noun: isNoun) {
            if afterHyphen, !(isNoun && frame.companion.map { matchesNoun($0, token - 2) } ?? false) { continue }
            if best == nil || frame.specificity > best!.specificity { best = frame }
        }
        if best != nil, isNoun { nounTriggers.insert(token) }
        return best
    }

    /// Participles that also join clauses like a conjunction or preposition ("given the
    /// reservations", "provided that the candidate ...", "granted that").
    static let subordinatingParticiples: Set<String> = ["given", "provided", "providing", "granted"]

    /// Whether a participle is used as a subordinator: one of ``subordinatingParticiples``
    /// with no subject or auxiliary of its own and no recipient ("aid given to Iraq" is aid).
    func isSubordinatingParticiple(_ token: Int) -> Bool {
        guard Self.subordinatingParticiples.contains(graph.words[token]) else { return false }
        for child in graph.children[token] {
            let relation = graph.relation(child)
            if relation == "nsubj" || relation == "aux" || relation == "iobj" { return false }
            if relation == "obl", let preposition = graph.casePreposition(of: child), preposition == "to" || preposition == "by" {
                return false
            }
        }
        return true
    }

    private func satisfies(_ frame: LexicalFrame, token: Int, noun: Bool) -> Bool {
        if let particle = frame.particle, !hasParticle(particle, token: token) { return false }
        if let companion = frame.companion {
            if noun ? !hasModifier(companion, token: token) : !hasObjectNoun(companion, token: token) { return false }
        }
        if frame.needsActorSubject, !noun, !hasPowerHolderSubject(token) { return false }
        // "withdrawal from the elections", "withdrew his ministers from the government": one
        // retreats militarily from a place, not from a vote or a body.
        if CodeFamilies.isMilitaryRetreat(frame.code), leavesNonPlace(token) { return false }
        if frame.needsActorObject {
            guard let object = actorObject(of: token),
                  index.actorAt[sentenceIndex][object] >= 0 || isPersonalPronoun(object) || namesPeople(object)
            else { return false }
        }
        // "sent an envoy to Baghdad" is the envoy's visit; "sent two drones" is none.
        if frame.sourceFromObject, let object = graph.firstDependent(of: token, ["obj"]),
           !(index.actorAt[sentenceIndex][object] >= 0 || isPersonalPronoun(object) || namesPeople(object) || !actors(of: object).isEmpty) {
            return false
        }
        return true
    }

    /// Whether a "from" (or "out of") phrase of a trigger names something other than a place.
    func leavesNonPlace(_ token: Int) -> Bool {
        // The phrase may hang on the trigger, on its object ("withdrew his ministers from the
        // government") or, for a noun, on the verb that governs it ("announced his withdrawal
        // from the elections").
        var holders = [token]
        if let object = graph.firstDependent(of: token, ["obj"]) { holders.append(object) }
        if graph.relation(token) == "obj", let head = graph.head(token) { holders.append(head) }
        for holder in holders where leavesNonPlace(directly: holder, trigger: token) { return true }
        return false
    }

    private func leavesNonPlace(directly holder: Int, trigger token: Int) -> Bool {
        for child in graph.children[holder] where graph.relation(child) == "obl" || graph.relation(child) == "nmod" {
            let preposition = graph.casePreposition(of: child) ?? ""
            guard preposition == "from" || preposition == "out of" || preposition == "of" && hasParticle("out", token: token)
            else { continue }
            return isProcessOrBody(child)
        }
        return false
    }

    /// Whether a noun names a process, contest or body rather than a place: an event noun of
    /// the lexicon ("talks", "elections") or one of ``processesAndBodies``.
    func isProcessOrBody(_ token: Int) -> Bool {
        let lemma = graph.lemmas[token]
        return Self.processesAndBodies.contains(lemma) || lexicon.nouns[lemma] != nil
            || lexicon.nouns[EventLexicon.singular(graph.words[token])] != nil
    }

    /// Things one leaves that are no place: contests, processes, bodies, public life.
    static let processesAndBodies: Set<String> = [
        "election", "vote", "race", "contest", "poll", "ballot", "competition", "runoff", "primary", "process",
        "government", "cabinet", "coalition", "parliament", "alliance", "bloc", "party", "politics", "life",
        "campaign", "tournament", "league", "treaty", "accord", "pact", "deal", "agreement", "negotiation", "talk",
        "organization", "organisation", "union", "body", "council", "committee", "movement", "office",
    ]

    /// Prepositions that tell where or to whom something fell, not that someone lost power.
    static let fallingPlacePrepositions: Set<String> = ["into", "to", "onto", "on", "at", "near", "inside", "across", "short of", "behind", "under"]

    /// Whether a token is part of a named place.
    func isPlaceName(_ token: Int) -> Bool {
        let entity = Int(index.entityAt[sentenceIndex][token])
        guard entity >= 0 else { return false }
        let type = document.entities[entity].type
        return type == .gpe || type == .location || type == .facility
    }

    /// Whether a verb of falling ("fell", "collapsed") tells of someone losing power: its
    /// subject names a person, government or group (not a weapon, a truce or "it"), and no
    /// phrase says where or how it fell ("fell in Tel Aviv", "fell apart", "fell into the
    /// hands of", "fell to the rebels").
    func hasPowerHolderSubject(_ token: Int) -> Bool {
        // "the regime appeared to collapse": the subject of the verb it completes; "..., and
        // Assad's regime collapsed" with "regime" hung elsewhere: the noun right before it.
        let controller = graph.relation(token) == "xcomp" ? graph.head(token) : nil
        let previous = token > 0 && (graph.upos(token - 1) == "NOUN" || graph.upos(token - 1) == "PROPN") ? token - 1 : nil
        let subject = graph.firstDependent(of: token, ["nsubj"]) ?? controller.flatMap({ graph.firstDependent(of: $0, ["nsubj"]) }) ?? previous
        if let subject, isWeapon(subject) { return false }
        for child in graph.children[token] {
            let relation = graph.relation(child)
            if relation == "compound" || relation == "advmod" && graph.tokens[child].xpos == "RP" { return false }
            // "fell in Tel Aviv", "fell into the hands of", "fell to the rebels"; not "collapsed
            // in the face of an offensive" or "fell on Sunday".
            if relation == "obl", !isTimePhrase(child), let preposition = graph.casePreposition(of: child) {
                if Self.fallingPlacePrepositions.contains(preposition) { return false }
                if preposition == "in", isPlaceName(child) { return false }
            }
        }
        // No subject in the tree at all: the clause may still tell of a fall from power.
        guard let subject else { return true }
        if graph.upos(subject) == "PRON" { return Self.pronounPerson[graph.words[subject]] == .person }
        let named: (Int) -> Bool = { self.index.actorAt[self.sentenceIndex][$0] >= 0 }
        return named(subject) || namesPeople(subject) || graph.children[subject].contains { child in
            let relation = graph.deprel(child)
            return (relation == "nmod:poss" || relation == "compound" || relation == "amod" || relation == "nmod") && named(child)
        }
    }

    /// Whether the nearest verb above `token` is passive ("was eliminated following strikes").
    func governedByPassive(_ token: Int) -> Bool {
        var node = token
        for _ in 0..<4 {
            guard let head = graph.head(node) else { return false }
            if graph.upos(head) == "VERB" {
                return graph.children[head].contains { graph.deprel($0) == "nsubj:pass" || graph.deprel($0) == "aux:pass" }
            }
            node = head
        }
        return false
    }

    /// The actors of a violent event noun in an "in", "during" or "by" phrase of `token`.
    func attackerOfAttackNoun(under token: Int) -> [ActorHit] {
        for child in graph.children[token] where graph.relation(child) == "obl" && nounTriggers.contains(child) {
            guard let noun = frames[child], (18...20).contains(CodeFamilies.digits(noun.code).root),
                  ["in", "during", "by"].contains(graph.casePreposition(of: child) ?? "")
            else { continue }
            let hits = actors(of: child)
            if !hits.isEmpty { return hits.map(\.inherited) }
        }
        return []
    }

    /// Verbs of falling short: a refusal only of the event they govern ("failed to sign").
    static let failureVerbs: Set<String> = ["fail"]

    /// Intent verbs that only ever announce help: what they offer is never a threat.
    static let offeringVerbs: Set<String> = ["offer", "pledge", "volunteer", "guarantee"]

    /// Whether a noun names people by their office or group ("the army chief", "the
    /// minister", "officials"), so that it can stand where an entry wants an actor.
    func namesPeople(_ token: Int) -> Bool {
        guard graph.upos(token) == "NOUN" else { return false }
        let lemma = graph.lemmas[token].lowercased()
        return RoleLexicon.roles.contains(lemma) || lexicon.cues.agentSectors[lemma] != nil
    }

    /// The direct object of a verb; when the tree has none, a named actor it took for a
    /// predicate complement ("called Prime Minister X" read as "called [someone] X").
    func actorObject(of token: Int) -> Int? {
        if let object = graph.firstDependent(of: token, ["obj"]) { return object }
        return graph.children[token].first { child in
            graph.relation(child) == "xcomp" && index.actorAt[sentenceIndex][child] >= 0
                && (graph.upos(child) == "PROPN" || graph.upos(child) == "NOUN")
        }
    }

    /// Whether a dependent names a time rather than a thing: "on the same day", "on Monday".
    func isTimePhrase(_ token: Int) -> Bool {
        if Self.timeNouns.contains(graph.lemmas[token]) { return true }
        let range = graph.tokens[token].range
        return document.timeExpressions.contains { $0.sentence == sentenceIndex && $0.range.overlaps(range) }
    }

    static let timeNouns: Set<String> = [
        "day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "eve", "occasion",
        "anniversary", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "tomorrow", "yesterday", "time", "date", "hour", "minute", "decade", "century",
    ]

    func hasParticle(_ particle: String, token: Int) -> Bool {
        for child in graph.children[token] + asPhrasesOfObject(token) {
            let relation = graph.relation(child)
            if relation == "compound" && graph.lemmas[child] == particle { return true }
            if relation == "obl" || relation == "nmod" || relation == "obj" || relation == "advcl" || relation == "xcomp"
                || relation == "ccomp" || relation == "iobj" {
                // "called X on the same day" is no "call on": a time phrase is not the particle's object.
                if graph.casePreposition(of: child)?.hasPrefix(particle) == true, !isTimePhrase(child) { return true }
            }
        }
        // Parsers disagree on where particles attach; the next word decides then.
        let next = token + 1
        guard next < graph.count, graph.words[next] == particle,
              graph.upos(next) == "ADP" || graph.upos(next) == "ADV" || graph.upos(next) == "PART" else { return false }
        if let object = graph.head(next), object > next, isTimePhrase(object) { return false }
        return true
    }

    private func hasObjectNoun(_ noun: String, token: Int) -> Bool {
        // "the deal, struck in Beijing": a past participle describing the noun has it for object.
        if graph.relation(token) == "acl", graph.tokens[token].xpos == "VBN", let head = graph.head(token),
           matchesNoun(noun, head) || graph.children[head].contains(where: { graph.relation($0) == "compound" && matchesNoun(noun, $0) }) {
            return true
        }
        let asPhrases = asPhrasesOfObject(token)
        for child in graph.children[token] + asPhrases {
            let relation = graph.relation(child)
            guard relation == "obj" || relation == "obl" || relation == "nsubj" || relation == "xcomp" || asPhrases.contains(child)
            else { continue }
            if matchesNoun(noun, child) { return true }
            // "sign a peace agreement": the noun may be a compound modifier's head.
            for grandchild in graph.children[child] where graph.relation(grandchild) == "compound" && matchesNoun(noun, grandchild) {
                return true
            }
        }
        return false
    }

    private func hasModifier(_ modifier: String, token: Int) -> Bool {
        for child in graph.children[token] {
            let relation = graph.relation(child)
            guard relation == "compound" || relation == "amod" || relation == "nmod" || relation == "obl" else { continue }
            if matchesNoun(modifier, child) { return true }
        }
        let previous = token - 1
        if previous >= 0, matchesNoun(modifier, previous) { return true }
        // "cease - fire": the modifier before a hyphen.
        if previous >= 1, graph.words[previous] == "-", matchesNoun(modifier, previous - 1) { return true }
        return false
    }

    /// "holding (thousands of) refugees as human shields": parsers often hang the verb's "as"
    /// phrase on its object, or on the noun an "of" phrase of the object names; it still
    /// completes the verb.
    private func asPhrasesOfObject(_ token: Int) -> [Int] {
        guard let object = graph.firstDependent(of: token, ["obj"]) else { return [] }
        let nouns = [object] + graph.children[object].filter { graph.relation($0) == "nmod" && graph.casePreposition(of: $0) == "of" }
        return nouns.flatMap { noun in
            graph.children[noun].filter { graph.relation($0) == "nmod" && graph.casePreposition(of: $0) == "as" }
        }
    }

    func matchesNoun(_ noun: String, _ token: Int) -> Bool {
        graph.lemmas[token] == noun || graph.words[token] == noun || EventLexicon.singular(graph.words[token]) == noun
    }

    func isPersonalPronoun(_ token: Int) -> Bool {
        graph.upos(token) == "PRON" && Self.pronounPerson[graph.words[token]] != nil
    }

    /// Personal pronouns: whether they refer to a person (`true`), a group or state (`false`),
    /// or either (absent from ``personPronouns`` and ``groupPronouns``).
    static let pronounPerson: [String: PronounReference] = [
        "he": .person, "him": .person, "his": .person, "she": .person, "her": .person, "hers": .person,
        "himself": .person, "herself": .person,
        "it": .group, "its": .group, "itself": .group,
        "they": .either, "them": .either, "their": .either, "themselves": .either,
        "we": .either, "us": .either, "our": .either,
    ]

    // MARK: - Drafts

    /// The draft event of a trigger, composed with the event it governs; memoized.
    func draft(_ token: Int) -> EventDraft? {
        if let memo = drafts[token] { return memo }
        guard let frame = frames[token], !inProgress.contains(token) else { return nil }
        inProgress.insert(token)
        defer { inProgress.remove(token) }
        let result = compose(token, frame: frame)
        drafts[token] = .some(result)
        return result
    }

    /// Whether the verb governing a noun (directly, or through the noun it modifies) stops,
    /// refuses, denies, prevents or breaks off what the noun names. Only what the verb acts on
    /// counts: "the visit ended" is a visit that took place.
    private func isStoppedBy(headOf noun: Int) -> Bool {
        var node = noun
        for _ in 0..<2 {
            guard let head = graph.head(node) else { return false }
            if let frame = frames[head], !nounTriggers.contains(head) {
                if graph.deprel(node) == "nsubj" { return false }
                if [.halt, .reject, .deny, .prevent].contains(frame.role) { return true }
                let root = CodeFamilies.digits(frame.code).root
                return root == 12 || root == 16
            }
            node = head
        }
        return false
    }

    private func compose(_ token: Int, frame: LexicalFrame) -> EventDraft? {
        let base = nounTriggers.contains(token) ? nominalDraft(token, frame: frame) : verbalDraft(token, frame: frame)
        switch frame.role {
        case .event:
            // "signed an agreement", "fought a war": the object noun is the same event.
            if !nounTriggers.contains(token) {
                let root = CodeFamilies.digits(frame.code).root
                // "a roadside bombing killed two soldiers": the violent noun names the attack.
                if (18...20).contains(root), let subject = graph.firstDependent(of: token, ["nsubj"]),
                   nounTriggers.contains(subject), let noun = frames[subject],
                   (18...20).contains(CodeFamilies.digits(noun.code).root), let inner = draft(subject) {
                    consumed.insert(subject)
                    var result = base
                    result.code = noun.code
                    result.mode = noun.mode
                    result.sources = inner.sources
                    result.triggers = [token, subject]
                    if result.location == nil { result.location = inner.location }
                    return result
                }
                for child in graph.children[token] where nounTriggers.contains(child) {
                    let relation = graph.relation(child)
                    // "went on strike": the noun the entry names is this event, object or oblique.
                    if let companion = frame.companion, relation == "obj" || relation == "obl", matchesNoun(companion, child) {
                        consumed.insert(child)
                    } else if relation == "obj", let inner = frames[child], CodeFamilies.digits(inner.code).root == root {
                        consumed.insert(child)
                    }
                }
            }
            return base
        case .light:
            guard let complement = complement(of: token, role: frame.role), var inner = draft(complement) else {
                // A light verb with a code of its own ("approved", "held 20 people") is that event.
                return frame.code == "010" ? nil : base
            }
            consumed.insert(complement)
            if inner.sources.isEmpty { inner.sources = base.sources }
            if inner.targets.isEmpty { inner.targets = base.targets.filter { hit in !inner.sources.contains { $0.actor == hit.actor } } }
            if inner.location == nil { inner.location = base.location }
            inner.triggers.insert(token, at: 0)
            inner.background = false
            return inner
        case .appeal, .demand, .intent, .reject, .threaten, .halt:
            guard let complement = complement(of: token, role: frame.role), let inner = draft(complement) else {
                // "the visit ended": stopping nothing coded is no event; "cut off Qatar" is.
                if frame.role == .halt && base.targets.isEmpty { return nil }
                // "most failed to reach their targets": failing at nothing coded is no refusal.
                if frame.role == .reject, Self.failureVerbs.contains(frame.head) { return nil }
                var result = base
                // "demanded that the US cancel its plans": the one asked to act is the target.
                if result.targets.isEmpty { result.targets = clauseSubjectActors(of: token, excluding: base.sources) }
                return result
            }
            if frame.role == .halt, CodeFamilies.halt(inner.code) == nil { return base }
            consumed.insert(complement)
            // "offered to send troops": an offer of force is an offer of protection, not a threat.
            if frame.role == .intent, Self.offeringVerbs.contains(frame.head), CodeFamilies.digits(inner.code).root == 15 {
                var result = composed(base, role: frame.role, inner: inner, complement: complement)
                result.code = "0334"
                return result
            }
            return composed(base, role: frame.role, inner: inner, complement: complement)
        case .report, .claim:
            // "stressing the urgency of disarming militias": a statement of necessity is a request.
            if frame.role == .report, let complement = necessityComplement(of: token), let inner = draft(complement) {
                consumed.insert(complement)
                var statement = base
                statement.targets = []
                return composed(statement, role: .appeal, inner: inner, complement: complement)
            }
            // "said Sudan must return the helicopter": a statement of obligation is a demand.
            if let clause = graph.children[token].first(where: { graph.relation($0) == "ccomp" && hasObligation($0) }) {
                var result = base
                result.triggers = [token]
                result.code = "100"
                if frames[clause] != nil, let inner = draft(clause) {
                    consumed.insert(clause)
                    result.code = CodeFamilies.request(inner.code, demand: true)
                    result.triggers = [token, clause]
                    result.context += inner.context
                }
                result.targets = clauseSubjectActors(of: token, excluding: base.sources)
                result.modality = .requested
                return result.sources.isEmpty ? nil : result
            }
            // "announced a suspension of air links", "reiterated its demand": the noun is the event.
            if let object = graph.firstDependent(of: token, ["obj"]), nounTriggers.contains(object), var inner = draft(object) {
                consumed.insert(object)
                if inner.sources.isEmpty { inner.sources = base.sources }
                // "reiterated its demand that Israel ease restrictions": Israel is asked.
                if inner.targets.isEmpty { inner.targets = clauseSubjectActors(of: object, excluding: inner.sources) }
                inner.triggers.insert(token, at: 0)
                return inner
            }
            return nil
        case .deny:
            return base
        case .plan, .prevent:
            // "considered sending aid" is itself an event (014); "plans to" is not.
            return frame.code.hasPrefix("01") && frame.code != "010" ? base : nil
        }
    }

    private func composed(_ base: EventDraft, role: FrameRole, inner: EventDraft, complement: Int) -> EventDraft {
        var result = base
        result.triggers = [base.main, inner.main]
        result.context = base.context + inner.context
        if result.location == nil { result.location = inner.location }
        let innerRoot = CodeFamilies.digits(inner.code).root
        switch role {
        case .appeal, .demand:
            // "demanded that its partners refuse to recognize X": a that-clause names who is
            // asked, and the event is the request, whatever the clause asks for.
            if result.targets.isEmpty, let asked = askedInClause(complement, excluding: base.sources) {
                result.code = CodeFamilies.request(inner.code, demand: role == .demand)
                result.targets = asked
                break
            }
            if innerRoot == 14 {
                // Calling for one's own protest or boycott is organising it.
                var protest = inner
                protest.triggers = [base.main, inner.main]
                protest.sources = base.sources.isEmpty ? inner.sources : base.sources
                protest.modality = .requested
                return protest
            }
            result.code = CodeFamilies.request(inner.code, demand: role == .demand)
            // "urged the EC to support the PLO" rallies support for the PLO (053); "called on
            // Arabs to mobilize against Sharon" rallies opposition against him (113).
            if innerRoot == 5 || innerRoot == 11 || innerRoot == 12, !inner.targets.isEmpty {
                result.code = innerRoot == 5 ? "053" : "113"
                result.targets = inner.targets
                break
            }
            // Addressed to: the verb's object, else who is to act, else the governing verb's
            // object ("called X, stressing ..."), else who the requested act is aimed at.
            if result.targets.isEmpty {
                result.targets = inner.sources.filter { hit in !base.sources.contains { $0.actor == hit.actor } }
            }
            if result.targets.isEmpty { result.targets = governingTargets(of: base.main) }
            if result.targets.isEmpty { result.targets = inner.targets }
        case .intent:
            result.code = CodeFamilies.intent(inner.code)
            if result.targets.isEmpty { result.targets = inner.targets }
        case .reject:
            // Rejecting an accusation is denying responsibility (016).
            result.code = innerRoot == 11 ? "016" : CodeFamilies.reject(inner.code)
            if result.targets.isEmpty { result.targets = inner.targets.isEmpty ? inner.sources : inner.targets }
        case .threaten:
            result.code = CodeFamilies.threat(inner.code)
            if result.targets.isEmpty { result.targets = inner.targets }
        case .halt:
            result.code = CodeFamilies.halt(inner.code) ?? base.code
            if result.targets.isEmpty { result.targets = inner.targets }
        default:
            break
        }
        result.targets = result.targets.filter { hit in !result.sources.contains { $0.actor == hit.actor } }
        result.mode = nil
        result.ploverEvent = nil
        return result
    }

    /// The actors asked to act by a request with a complement clause: the active subject of a
    /// "that" clause ("urged that Syria withdraw"), when it is someone other than the one
    /// asking; `nil` for an infinitive ("urged to withdraw") or a passive clause ("demanded
    /// that prisoners be freed"), where the subject is not the one asked.
    func askedInClause(_ clause: Int, excluding sources: [ActorHit]) -> [ActorHit]? {
        guard graph.relation(clause) == "ccomp",
              let subject = graph.firstDependent(of: clause, ["nsubj"], exact: true)
        else { return nil }
        let hits = actors(of: subject).filter { hit in !sources.contains { $0.actor == hit.actor } }
        return hits.isEmpty ? nil : hits.map(\.inherited)
    }

    /// The subject actors of the clause a verb governs ("demanded that the US cancel").
    func clauseSubjectActors(of token: Int, excluding sources: [ActorHit]) -> [ActorHit] {
        for child in graph.children[token] where ["ccomp", "xcomp", "acl"].contains(String(graph.relation(child))) {
            if let subject = graph.firstDependent(of: child, ["nsubj"]) {
                let hits = actors(of: subject).filter { hit in !sources.contains { $0.actor == hit.actor } }
                if !hits.isEmpty { return hits }
            }
        }
        return []
    }

    /// Whether a clause carries a modal of obligation ("must", "should").
    func hasObligation(_ clause: Int) -> Bool {
        graph.children[clause].contains { child in
            graph.relation(child) == "aux" && lexicon.cues.obligation.contains(graph.words[child])
        }
    }

    /// "called al-Sudani, stressing ...": a request made in a participle clause is addressed to
    /// the governing verb's object.
    func governingTargets(of token: Int) -> [ActorHit] {
        let relation = graph.relation(token)
        guard relation == "advcl" || relation == "conj" || relation == "xcomp", let head = graph.head(token),
              graph.upos(head) == "VERB" else { return [] }
        let frame = frames[head] ?? LexicalFrame(head: "", code: "010")
        return targetActors(of: head, frame: frame).0.map(\.inherited)
    }

    /// The event a framing or composing trigger governs: an xcomp or ccomp verb, or an event
    /// noun as object ("urged restraint", "called for a boycott", "held talks").
    func complement(of token: Int, role: FrameRole) -> Int? {
        var nominal: Int?
        var purpose: Int?
        for dependent in graph.children[token] {
            let relation = graph.relation(dependent)
            // "suspended part of a military aid program": the event is what the part is of.
            let child = relation == "obj" ? wholeOfPart(dependent) : dependent
            switch relation {
            case "xcomp", "ccomp":
                if frames[child] != nil { return child }
                if role.composesCode, graph.upos(child) == "NOUN", latentNounFrame(child) { return child }
                // "agreed that their countries should cooperate to encourage ...": look one level down.
                if let nested = graph.children[child].first(where: { graph.relation($0) == "xcomp" && frames[$0] != nil }) {
                    return nested
                }
            case "obj", "obl", "nsubj":
                if relation == "nsubj", graph.deprel(child) != "nsubj:pass" { continue }
                if nominal == nil, nounTriggers.contains(child) || role.composesCode && latentNounFrame(child) {
                    let preposition = graph.casePreposition(of: child)
                    if relation == "obj" || relation == "nsubj" || Self.complementPrepositions.contains(preposition ?? "") {
                        nominal = child
                    }
                } else if nominal == nil, relation == "obj" {
                    // "suspended aid deliveries", "ended mediation efforts": the event noun is a compound.
                    if let inner = graph.children[child].first(where: { graph.relation($0) == "compound" && latentNounFrame($0) }) {
                        nominal = inner
                    }
                }
            case "advcl":
                if role == .light || role == .report { continue }
                // A purpose clause ("to prevent feuds") only when no object names the event.
                if purpose == nil, let frame = frames[child], !frame.role.isFraming,
                   graph.children[child].contains(where: { graph.lemmas[$0] == "to" && graph.relation($0) == "mark" }) {
                    purpose = child
                }
            default:
                continue
            }
        }
        return nominal ?? purpose
    }

    static let complementPrepositions: Set<String> = ["for", "to", "in", "on", "upon", "into", "of"]

    /// The noun a partitive object stands for ("part of the program" -> "program").
    func wholeOfPart(_ token: Int) -> Int {
        guard Self.partitives.contains(graph.lemmas[token]), !nounTriggers.contains(token),
              let whole = graph.children[token].first(where: { graph.relation($0) == "nmod" && graph.casePreposition(of: $0) == "of" })
        else { return token }
        return whole
    }

    static let partitives: Set<String> = ["part", "some", "most", "all", "much", "portion", "bulk", "half", "rest", "share", "parts"]

    /// Gives a noun that is no trigger on its own its noun frame, for composition only: a
    /// compound ("aid" in "aid deliveries") or a complement-only noun ("called for elections").
    private func latentNounFrame(_ token: Int) -> Bool {
        if nounTriggers.contains(token) { return true }
        let word = graph.words[token]
        guard graph.upos(token) == "NOUN" || graph.upos(token) == "PROPN" || graph.upos(token) == "",
              let frame = (lexicon.nouns[graph.lemmas[token]] ?? lexicon.nouns[word] ?? lexicon.nouns[EventLexicon.singular(word)])?
                .first(where: { $0.companion == nil })
        else { return false }
        frames[token] = frame
        nounTriggers.insert(token)
        return true
    }

    /// "stressed the urgency of disarming", "underlined the need for talks": the event under a
    /// necessity noun that a statement verb takes as object.
    private func necessityComplement(of token: Int) -> Int? {
        for child in graph.children[token] where graph.relation(child) == "obj" && lexicon.cues.necessity.contains(graph.lemmas[child]) {
            var stack = graph.children[child]
            var visited = 0
            while let node = stack.popLast(), visited < 12 {
                visited += 1
                if frames[node] != nil { return node }
                stack.append(contentsOf: graph.children[node])
            }
        }
        return nil
    }

    private func verbalDraft(_ token: Int, frame: LexicalFrame) -> EventDraft {
        var (subject, passive) = subjectActors(of: token)
        // "money donated by the Irish": a participle with a "by" agent is passive, subject or not.
        if !passive, graph.tokens[token].xpos == "VBN", graph.firstDependent(of: token, ["nsubj"]) == nil,
           !agentActors(of: token).isEmpty {
            passive = true
            subject = []
        }
        var sources = subject
        var targets: [ActorHit]
        var usedTarget: Int?
        if passive, agentActors(of: token).isEmpty, CodeFamilies.digits(frame.code).root == 3 {
            // "Vietnam is committed to opening up": a stative passive of intent; the subject intends.
            (targets, usedTarget) = targetActors(of: token, frame: frame)
        } else if passive {
            sources = agentActors(of: token)
            targets = subject
            // "two people were killed when ISIL launched an attack": the attacker of the clause
            // that tells how is the agent.
            if sources.isEmpty, (18...20).contains(CodeFamilies.digits(frame.code).root) {
                sources = attackerOfAdverbialClause(token)
            }
            // "Nasrallah was killed in an Israeli strike": the attack named in the clause says who.
            if sources.isEmpty, (18...20).contains(CodeFamilies.digits(frame.code).root) {
                sources = attackerOfAttackNoun(under: token)
            }
            // "rockets from Iran were fired at Israel", "missiles were fired from Iran": where a
            // weapon came from is who fired it.
            if sources.isEmpty, (18...20).contains(CodeFamilies.digits(frame.code).root) {
                sources = launchOrigin(of: token, subject: graph.firstDependent(of: token, ["nsubj"]))
            }
            // "rockets were fired at the base": the weapon is what is fired, not whom at.
            if isWeaponSubject(of: token) {
                (targets, usedTarget) = targetActors(of: token, frame: frame)
            }
            // "a missionary was arrested in Lebanon": with no agent, CAMEO codes the place's
            // state, for what states do (arrests, force); a deal "struck in Beijing" is not
            // China's, and a place the act is aimed at ("fired at Israel") is not its author.
            if sources.isEmpty, CodeFamilies.digits(frame.code).root >= 15,
               let place = location(of: token, preferred: nil, prepositions: Self.statePlacePrepositions.subtracting(frame.targetSlots.filter { $0 != "from" })),
               let country = place.country, !targets.contains(where: { $0.actor.name == place.name }) {
                sources = [ActorHit(actor: CodedActor(name: place.name, code: ActorCode(country: country)), evidence: .inferred)]
            }
        } else {
            (targets, usedTarget) = targetActors(of: token, frame: frame)
        }
        if frame.sourceFromObject {
            if passive {
                sources = subject
                (targets, usedTarget) = targetActors(of: token, frame: frame)
            } else if let object = graph.firstDependent(of: token, ["obj"]) {
                var objectActors = actors(of: object)
                // "The United States sent officials to Qatar": the sender's own officials.
                if let senderCountry = subject.lazy.compactMap(\.actor.code.country).first {
                    for index in objectActors.indices where objectActors[index].actor.actor == nil && objectActors[index].actor.code.country == nil {
                        objectActors[index].actor.code.country = senderCountry
                    }
                }
                if !objectActors.isEmpty { sources = objectActors }
            }
        }
        if sources.isEmpty, !passive, graph.firstDependent(of: token, ["nsubj", "csubj"]) == nil,
           let nearest = nearestActor(before: token) {
            // No subject in the tree (a parse gone wrong, a headline): the nearest actor before it.
            sources = [nearest]
        }
        targets = targets.filter { hit in !sources.contains { $0.actor == hit.actor } }
        return EventDraft(
            triggers: [token], code: frame.code, mode: frame.mode, ploverEvent: frame.ploverEvent, context: frame.context,
            sources: sources, targets: targets, location: location(of: token, preferred: usedTarget),
            modality: nil, background: false, expectsTarget: !frame.targetSlots.isEmpty)
    }

    /// The active subject of a violent adverbial clause under a trigger ("as Syrian forces
    /// launched air strikes", "when ISIL attacked the embassy").
    func attackerOfAdverbialClause(_ token: Int) -> [ActorHit] {
        for clause in graph.children[token] where graph.relation(clause) == "advcl" {
            let violent: (Int) -> Bool = { node in
                self.frames[node].map { (18...20).contains(CodeFamilies.digits($0.code).root) } ?? false
            }
            guard violent(clause) || graph.children[clause].contains(where: { graph.relation($0) == "obj" && violent($0) }) else { continue }
            let (subject, passive) = subjectActors(of: clause)
            if !subject.isEmpty, !passive { return subject.map(\.inherited) }
        }
        return []
    }

    /// The closest coded actor to the left of a token, within a short window.
    func nearestActor(before token: Int, window: Int = 12) -> ActorHit? {
        var position = token - 1
        while position >= 0, token - position <= window {
            let actor = Int(index.actorAt[sentenceIndex][position])
            // "an office in Najaf", "a fire at a Nasiriyah hospital": a place named where
            // something is, is not who acts.
            // A name right before a verb is a subject whatever the parse says ("..., and Iran
            // will discuss", with Iran hung on "in Rome").
            // Nor is the voice of an "according to" phrase.
            if actor >= 0, !isInPlacePhrase(position) || startsClause(after: position), !isInAccordingPhrase(position) {
                return ActorHit(actor: document.actors[actor], evidence: .inferred)
            }
            if graph.words[position] == ";" { return nil }
            position -= 1
        }
        return nil
    }

    /// Whether the word after a token is a verb or an auxiliary.
    func startsClause(after token: Int) -> Bool {
        let next = token + 1
        guard next < graph.count else { return false }
        let upos = graph.upos(next)
        return upos == "AUX" || upos == "VERB"
    }

    /// Prepositions that say where something is or happens ("in Najaf", "at a Nasiriyah
    /// hospital"), not who takes part.
    static let locativePrepositions: Set<String> = ["in", "at", "near", "inside", "outside", "across", "throughout", "within", "around"]

    /// Where a passive event with no agent happened, or whence it came ("expelled from North
    /// Korea"): the state of that place did it.
    static let statePlacePrepositions: Set<String> = locativePrepositions.union(["from"])

    /// Whether a token names a place (or modifies a noun) in a locative phrase: "in Najaf",
    /// "at a Nasiriyah hospital".
    func isInPlacePhrase(_ token: Int) -> Bool { locativePhrase(of: token) != nil }

    /// The head of the locative phrase a place name is in ("Nasiriyah" in "at a Nasiriyah
    /// hospital": "hospital"), or `nil` when it is in none.
    func locativePhrase(of token: Int) -> Int? {
        let entity = Int(index.entityAt[sentenceIndex][token])
        guard entity >= 0 else { return nil }
        let type = document.entities[entity].type
        guard type == .gpe || type == .location || type == .facility else { return nil }
        var node = token
        for _ in 0..<3 {
            if let preposition = graph.casePreposition(of: node) { return Self.locativePrepositions.contains(preposition) ? node : nil }
            let relation = graph.relation(node)
            guard relation == "compound" || relation == "flat" || relation == "amod" || relation == "conj",
                  let head = graph.head(node) else { return nil }
            node = head
        }
        return nil
    }

    private func nominalDraft(_ token: Int, frame: LexicalFrame) -> EventDraft {
        var sources: [ActorHit] = []
        var targets: [ActorHit] = []
        var owner: [ActorHit] = []
        var agent: [ActorHit] = []
        var agentFromOrigin = false
        var usedTarget: Int?
        let slots = frame.targetSlots.isEmpty ? Self.nominalTargetSlots : frame.targetSlots
        for child in graph.children[token] {
            let relation = graph.deprel(child)
            if relation == "nmod:poss" {
                owner = actors(of: child)
            } else if relation.hasPrefix("nmod") || relation.hasPrefix("obl") || relation == "acl" {
                let preposition = graph.casePreposition(of: child) ?? ""
                if preposition == "of", owner.isEmpty, !slots.contains("of") {
                    owner = actors(of: child)
                } else if preposition == "by" {
                    agent = actors(of: child)
                } else if preposition == "from", agent.isEmpty, !slots.contains("from"),
                          !Self.fromIsPlaceRoots.contains(CodeFamilies.digits(frame.code).root),
                          !isInBackgroundPhrase(token) {
                    // "an invitation from Biden", "an attack from Iran": who it comes from
                    // acts; one withdraws or is expelled from a place. (A background phrase,
                    // "following an invitation from X", keeps the clause's actors, as before.)
                    agent = actors(of: child)
                    agentFromOrigin = !agent.isEmpty
                } else if targets.isEmpty, slots.contains(preposition) {
                    targets = actors(of: child)
                    if !targets.isEmpty { usedTarget = child }
                }
            } else if relation == "amod" || relation == "compound" {
                // "Israeli strikes", "US-Iran rivalry": a country word before the noun acts.
                if owner.isEmpty, index.actorAt[sentenceIndex][child] >= 0 { owner = actors(of: child) }
            }
        }
        if frame.patient {
            targets = owner
            sources = agent
        } else if isInSupportOf(token), targets.isEmpty, !owner.isEmpty {
            // "attacks in support of Gaza": Gaza is supported; the clause's actors support it.
            targets = owner
            if !agent.isEmpty { sources = agent }
        } else {
            sources = owner.isEmpty ? agent : owner
            // "received an invitation from Biden", "faced criticism from the US": the one
            // who receives what came from the agent is its target.
            if owner.isEmpty, agentFromOrigin, targets.isEmpty, graph.relation(token) == "obj" {
                targets = governingActors(of: token).0.filter { hit in !sources.contains { $0.actor == hit.actor } }
            }
        }
        var background = false
        if sources.isEmpty && !frame.patient || frame.patient && sources.isEmpty {
            // "X held talks with Y", "weakened after conflict with Israel": the governing clause's
            // subject; "X launched a mediation between A and B": X acts on both.
            let (governing, isBackground) = governingActors(of: token)
            background = isBackground
            // "expressed condolences after the attack": a background event is another one, not
            // the clause subject's, unless the subject is named a party to it ("weakened after
            // the war with Israel").
            // A passive clause's subject suffered what happened ("was killed following strikes
            // on Beirut"): it is not the actor of an attack on someone else, though it is a party
            // to a fight "with" someone ("were eroded following war with Israel").
            let sufferedAttack = governedByPassive(token) && usedTarget.map { graph.casePreposition(of: $0) != "with" } ?? false
            if !frame.patient || graph.relation(token) == "obj", !isBackground || !targets.isEmpty && !sufferedAttack {
                sources = governing.filter { hit in !targets.contains { $0.actor == hit.actor } }
            }
            // "talks between Iran and Iraq" with no one else acting: the first party acts, the
            // others are acted upon.
            if sources.isEmpty, targets.count >= 2, let used = usedTarget, graph.casePreposition(of: used) == "between" {
                sources = [targets.removeFirst()]
            }
        } else {
            background = graph.casePreposition(of: token).map(Self.backgroundPrepositions.contains) ?? false
        }
        // "following war with Israel" parsed as a verb "following" with the war as its object.
        if let head = graph.head(token), Self.backgroundPrepositions.contains(graph.words[head]) || graph.words[head] == "following" {
            background = true
        }
        targets = targets.filter { hit in !sources.contains { $0.actor == hit.actor } }
        return EventDraft(
            triggers: [token], code: frame.code, mode: frame.mode, ploverEvent: frame.ploverEvent, context: frame.context,
            sources: sources, targets: targets, location: location(of: token, preferred: usedTarget),
            modality: nil, background: background, expectsTarget: !frame.targetSlots.isEmpty)
    }

    /// Whether a support noun stands in an "in support of X" phrase, where X is supported.
    func isInSupportOf(_ token: Int) -> Bool {
        guard let frame = frames[token], CodeFamilies.digits(frame.code).root == 5 else { return false }
        return graph.casePreposition(of: token) == "in"
    }

    /// Whether a noun opens a background phrase ("after the attack", "following an
    /// invitation", also when the parse made "following" a verb).
    func isInBackgroundPhrase(_ token: Int) -> Bool {
        if graph.casePreposition(of: token).map(Self.backgroundPrepositions.contains) ?? false { return true }
        guard let head = graph.head(token) else { return false }
        return Self.backgroundPrepositions.contains(graph.words[head])
    }

    /// Roots whose nouns take "from" for the place or body left, not the actor: withdrawal
    /// and release (08), reduced relations (16), expulsion (17).
    static let fromIsPlaceRoots: Set<Int> = [8, 16, 17]

    static let nominalTargetSlots = ["with", "against", "on", "to", "between", "toward", "towards", "into", "upon"]
    static let backgroundPrepositions: Set<String> = ["after", "following", "since", "before", "amid", "despite", "during", "with"]
}
