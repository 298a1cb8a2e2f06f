import FaultlineActors
import FaultlineCore

extension SentenceCoder {
    /// The finished record of a draft: modality, attribution, date, contexts, codes and confidence.
    func finish(_ draft: EventDraft, voices: SentenceVoices) -> CodedEvent? {
        var draft = draft
        let trigger = draft.main
        // No target in the frame's slots: the first other actor the trigger's clause governs.
        if draft.targets.isEmpty, draft.expectsTarget || draft.triggers.count > 1 && draft.modality != .requested, let fallback = governedActor(of: draft) {
            // "a mediation ... between the Emirates and Saudi Arabia": the actors coordinated
            // with it are targets too.
            draft.targets = [fallback] + coordinated(with: fallback, in: draft)
        }
        // "spoke anonymously", "speaking to reporters": talking to no one, or to the press, is
        // no consultation.
        if draft.triggers.count == 1, Self.conversationVerbs.contains(graph.lemmas[trigger]), !nounTriggers.contains(trigger),
           draft.targets.allSatisfy({ $0.actor.code.isMedia }) {
            return nil
        }
        // "Israel -> Israel": a place does not act on itself.
        draft.targets.removeAll { target in draft.sources.contains { isSelfLoop(source: $0.actor, target: target.actor) } }
        // "a roadside bombing near Samarra killed ...": an attack by no one named is coded, as
        // CAMEO codes unattributed violence, to the state where it happened.
        if draft.sources.isEmpty, (18...20).contains(CodeFamilies.digits(draft.code).root),
           let place = draft.location, let country = place.country,
           !draft.targets.contains(where: { $0.actor.code.country == country && $0.actor.code.sector == nil || $0.actor.name == place.name }) {
            draft.sources = [ActorHit(actor: CodedActor(name: place.name, code: ActorCode(country: country)), evidence: .inferred)]
        }
        let framer = voices.framer(of: trigger)
        var own = ownModality(of: trigger)
        // In reported speech "would" is the future of the past: "said they would boycott".
        if own == .hypothetical, framer?.modality == .reported || framer?.modality == .claimed,
           onlyWould(trigger) {
            own = .planned
        }
        var modality: Modality = .asserted
        if let own, own == .negated || own == .hypothetical {
            modality = own
        } else if let hint = draft.modality {
            modality = hint
        } else if own == .planned {
            modality = .planned
        } else if let framer {
            modality = framer.modality
        } else if voices.sentenceVoice != nil {
            modality = .reported
        }
        // A reported statement with "must" or "should" is a demand ("Russia said Sudan must return").
        if framer?.modality == .reported || framer?.modality == .claimed, hasObligation(trigger),
           CodeFamilies.digits(draft.code).root != 10 {
            if let reporter = reportingSubject(governing: trigger) {
                draft.targets = draft.sources
                draft.sources = reporter
                draft.code = CodeFamilies.request(draft.code, demand: true)
                modality = .requested
            }
        }
        // Refusing cooperation is coded as a rejection (12): "will not accept refugees"; what
        // has yet to happen ("have yet to meet") or no one did ("no country agreed") is
        // refused by no one.
        let unrealised: (Int) -> Bool = { self.isStillUnrealised($0) || self.hasNoOneSubject($0) }
        let notYet = unrealised(trigger) || nounTriggers.contains(trigger) && graph.head(trigger).map(unrealised) ?? false
        if modality == .negated, !notYet, (3...8).contains(CodeFamilies.digits(draft.code).root) {
            draft.code = CodeFamilies.reject(draft.code)
            draft.mode = nil
            draft.ploverEvent = nil
            modality = framer?.modality ?? (voices.sentenceVoice != nil ? .reported : .asserted)
        }
        // "will withdraw its force unless ...": a conditional promise is a threat (13).
        if modality == .planned, hasCondition(trigger), !(13...13).contains(CodeFamilies.digits(draft.code).root) {
            draft.code = CodeFamilies.threat(draft.code)
            draft.mode = nil
            draft.ploverEvent = nil
        }
        // CAMEO codes promised cooperation as intent (03) and forecast conflict as threats (13).
        if modality == .planned {
            let root = CodeFamilies.digits(draft.code).root
            if (4...8).contains(root) {
                draft.code = CodeFamilies.intent(draft.code)
                draft.mode = nil
                draft.ploverEvent = nil
            } else if (14...20).contains(root) && root != 16 {
                draft.code = CodeFamilies.threat(draft.code)
                draft.mode = nil
                draft.ploverEvent = nil
            }
        }
        // Root codes in the lexicon stand for their residual category ("19" -> "190").
        if draft.code.count == 2 { draft.code += "0" }
        guard let cameo = lexicon.tables.code(draft.code) else { return nil }
        var mapping = lexicon.tables.plover(for: cameo.code)
        if let event = draft.ploverEvent { mapping.event = event }
        let mode = draft.mode ?? mapping.mode
        var context = mapping.context + draft.context
        for word in contexts where !context.contains(word) { context.append(word) }
        var seen = Set<String>()
        context = context.filter { seen.insert($0).inserted }
        let plover = PloverCoding(
            event: mapping.event, mode: mode, context: context,
            score: lexicon.tables.ploverScore(event: mapping.event, mode: mode))
        let (date, precision) = eventDate(trigger: trigger, background: draft.background)
        let voice = framer?.voice ?? voices.sentenceVoice
        let triggerText = draft.triggers.sorted().map { graph.tokens[$0].text }.joined(separator: " ")
        return CodedEvent(
            sentence: sentenceIndex, trigger: triggerText,
            sources: draft.sources.map(\.recorded), targets: draft.targets.map(\.recorded),
            cameo: cameo.code, goldstein: cameo.goldstein, quadClass: cameo.quadClass, plover: plover,
            date: date, datePrecision: precision, location: draft.location, attribution: voice?.attribution,
            modality: modality, confidence: confidence(draft, modality: modality))
    }

    /// The first actor after the trigger inside its subtree that is not a source or a voice.
    func governedActor(of draft: EventDraft) -> ActorHit? {
        let trigger = draft.main
        guard trigger + 1 < graph.count else { return nil }
        for position in (trigger + 1)..<graph.count {
            let actorIndex = Int(index.actorAt[sentenceIndex][position])
            guard actorIndex >= 0, graph.dominates(trigger, position) else { continue }
            let actor = document.actors[actorIndex]
            if draft.sources.contains(where: { $0.actor.code == actor.code && $0.actor.name == actor.name }) { continue }
            if draft.sources.contains(where: { $0.actor.actor != nil && $0.actor.actor == actor.actor }) { continue }
            // Not the voice of a nested report ("..., the Washington Post said").
            if isInVoicePhrase(position) { continue }
            // Not the body in a source's title ("Quds Force" of "Quds Force commander X").
            if draft.sources.contains(where: { isInTitle(position, of: $0.actor) }) { continue }
            // Not a modifier of the source's own phrase ("Yemen" of "Yemen's Houthi rebels").
            if isModifierOfSource(position, sources: draft.sources) { continue }
            // Not where a meeting or deal happened ("the deal, struck in Beijing", "met in New
            // York"); where force is used is often whom it is used against.
            if CodeFamilies.digits(draft.code).root <= 8, let phrase = locativePhrase(of: position), isPlaceName(phrase),
               graph.head(phrase) == trigger {
                continue
            }
            // "attacked Peru's allies": the one they are allies of was not attacked.
            if let head = graph.head(position), Self.relationalNouns.contains(graph.lemmas[head].lowercased()),
               isRelatum(position, relation: graph.deprel(position)) { continue }
            return ActorHit(actor: actor, evidence: .inferred)
        }
        // A tree that lost the object ("forgive President X" with X hung elsewhere): the noun
        // phrase right after the verb, read off the words.
        let verb = draft.triggers.last ?? trigger
        guard graph.upos(verb) == "VERB", graph.firstDependent(of: verb, ["obj"]) == nil else { return nil }
        var position = verb + 1
        while position < graph.count, position - verb <= 6,
              ["DET", "ADJ", "PROPN", "NOUN", "NUM"].contains(graph.upos(position)) || graph.words[position] == "-" {
            let actorIndex = Int(index.actorAt[sentenceIndex][position])
            if actorIndex >= 0 {
                let actor = document.actors[actorIndex]
                if draft.sources.contains(where: { $0.actor.code == actor.code && $0.actor.name == actor.name }) { return nil }
                return ActorHit(actor: actor, evidence: .inferred)
            }
            position += 1
        }
        return nil
    }

    /// Verbs of talking, a consultation only with someone to talk to.
    static let conversationVerbs: Set<String> = ["speak", "talk"]

    /// Whether a target is its source itself: the same place, named or inferred from where it
    /// happened ("Israel -> Israel" from "rockets fired at Israel").
    func isSelfLoop(source: CodedActor, target: CodedActor) -> Bool {
        guard let country = target.code.country, source.code.country == country,
              source.name.lowercased() == target.name.lowercased() || source.actor != nil && source.actor == target.actor
        else { return false }
        // One side alone named by its state is CAMEO's way with domestic events ("the
        // government lifted the emergency in Darfur": SDNGOV -> SDN), and another place of
        // the same state ("Sudan -> Abyei") may be acted on: both are kept.
        return isPlaceOrPeople(source) && isPlaceOrPeople(target)
    }

    /// Whether an actor is named only by a place ("Iraq"; not "Iraqi troops", nor a people,
    /// "Albanians", which CAMEO codes acting on their own state), or was inferred from where
    /// something happened (no mention, no base actor, no sector).
    func isPlaceOrPeople(_ actor: CodedActor) -> Bool {
        guard let mention = actor.mention, document.entities.indices.contains(mention) else {
            return actor.actor == nil && actor.code.sector == nil
        }
        let entity = document.entities[mention]
        return (entity.type == .gpe || entity.type == .location) && actor.name == entity.text
    }

    /// Whether a token modifies a noun whose actors are among the sources: a possessor, a
    /// compound or an adjective of the source's phrase.
    func isModifierOfSource(_ token: Int, sources: [ActorHit]) -> Bool {
        let relation = graph.relation(token)
        guard relation == "nmod" && graph.deprel(token) == "nmod:poss" || relation == "compound" || relation == "amod",
              let head = graph.head(token)
        else { return false }
        let owners = actors(of: head)
        return owners.contains { owner in sources.contains { $0.actor == owner.actor } }
    }

    /// Whether a token lies in the title of the person an actor names.
    func isInTitle(_ token: Int, of actor: CodedActor) -> Bool {
        guard let mention = actor.mention, document.entities.indices.contains(mention),
              let title = document.entities[mention].title, document.entities[mention].sentence == sentenceIndex
        else { return false }
        let range = graph.tokens[token].range
        return range.lowerBound >= title.range.lowerBound && range.upperBound <= title.range.upperBound
    }

    /// The other actors of the coordination an actor heads ("the Emirates and Saudi Arabia").
    func coordinated(with hit: ActorHit, in draft: EventDraft) -> [ActorHit] {
        guard let mention = hit.actor.mention, document.entities.indices.contains(mention) else { return [] }
        let entity = document.entities[mention]
        guard entity.sentence == sentenceIndex,
              let head = entity.tokens.first(where: { token in graph.head(token).map { !entity.tokens.contains($0) } ?? true })
        else { return [] }
        return actors(of: head).filter { other in
            other.actor != hit.actor && !draft.sources.contains { $0.actor == other.actor }
        }.map { ActorHit(actor: $0.actor, evidence: .inferred) }
    }

    /// Whether a token is inside the subject of a reporting verb or an "according to" phrase.
    private func isInVoicePhrase(_ token: Int) -> Bool {
        var current: Int? = token
        var hops = 0
        while let node = current, hops < 8 {
            if graph.words[node] == "according" { return true }
            if graph.relation(node) == "nsubj", let head = graph.head(node), let frame = frames[head],
               frame.role == .report || frame.role == .claim {
                return true
            }
            if graph.children[node].contains(where: { graph.words[$0] == "according" }) { return true }
            current = graph.head(node)
            hops += 1
        }
        return false
    }

    /// A statement (010) when a sentence has no other event but a reporting verb with an actor.
    func statementEvent(voices: SentenceVoices) -> CodedEvent? {
        let reporting = frames.filter { $0.value.role == .report || $0.value.role == .claim }.keys
            .sorted { graph.depth($0) < graph.depth($1) }
        for token in reporting {
            guard let subject = graph.firstDependent(of: token, ["nsubj"]) else { continue }
            // The speaker must be an actor itself, not a thing ("the renewed American pressure").
            guard index.actorAt[sentenceIndex][subject] >= 0 || graph.upos(subject) == "PRON"
                || lexicon.cues.agentSectors[graph.lemmas[subject]] != nil else { continue }
            let sources = actors(of: subject)
            guard !sources.isEmpty else { continue }
            let (targets, _) = targetActors(of: token, frame: LexicalFrame(head: "", code: "010", targetSlots: ["iobj", "obj", "to"]))
            let draft = EventDraft(
                triggers: [token], code: "010", mode: nil, ploverEvent: nil, context: [], sources: sources, targets: targets,
                location: location(of: token, preferred: nil), modality: nil, background: false, expectsTarget: false)
            return finish(draft, voices: SentenceVoices(empty: ()))
                .map { event in
                    var event = event
                    event.attribution = voices.sentenceVoice?.attribution
                    return event
                }
        }
        return nil
    }

    /// Negation, modals and conditionals on the trigger's own clause.
    func ownModality(of trigger: Int) -> Modality? {
        let cues = lexicon.cues
        var result: Modality?
        var clause: Int? = trigger
        var hops = 0
        // Nominal triggers take the modality of the verb they depend on ("will hold talks").
        if nounTriggers.contains(trigger), let head = graph.head(trigger), graph.upos(head) == "VERB",
           ["obj", "obl", "nsubj"].contains(String(graph.relation(trigger))) {
            clause = head
        }
        while let node = clause, hops < 3 {
            if isStillUnrealised(node) || hasNoOneSubject(node) { return .negated }
            for child in graph.children[node] {
                let relation = graph.relation(child)
                let word = graph.words[child]
                let lemma = graph.lemmas[child]
                if relation == "advmod" && cues.negation.contains(word) || relation == "neg" || (relation == "advmod" || relation == "aux") && (word == "not" || word == "n't" || word == "never") {
                    return .negated
                }
                if relation == "aux" {
                    if cues.hypothetical.contains(word) || cues.hypothetical.contains(lemma) { result = .hypothetical }
                    else if result == nil, cues.planned.contains(word) || cues.planned.contains(lemma) { result = .planned }
                }
                if relation == "mark", word == "if" || word == "unless" || word == "whether" { return .hypothetical }
            }
            // Infinitives of purpose and "going to" also plan.
            if result == nil, node == trigger, graph.deprel(node) == "xcomp", let head = graph.head(node),
               graph.lemmas[head] == "go", graph.tokens[head].xpos == "VBG" {
                result = .planned
            }
            // Only climb out of xcomp ("is set to visit") and conj chains.
            let relation = graph.relation(node)
            guard relation == "xcomp" || relation == "conj", let head = graph.head(node), frames[head] == nil else { break }
            clause = head
            hops += 1
        }
        return result
    }

    /// "No group claimed responsibility", "nobody was arrested": a subject that is no one.
    func hasNoOneSubject(_ clause: Int) -> Bool {
        guard let subject = graph.firstDependent(of: clause, ["nsubj"]) else { return false }
        if Self.noOneWords.contains(graph.words[subject]) { return true }
        return graph.children[subject].contains { graph.relation($0) == "det" && graph.words[$0] == "no" }
    }

    /// Pronouns that name no one.
    static let noOneWords: Set<String> = ["nobody", "none", "noone"]

    /// "have yet to meet", "is yet to sign": what is still to happen has not happened.
    func isStillUnrealised(_ clause: Int) -> Bool {
        let relation = graph.relation(clause)
        guard relation == "xcomp" || relation == "advcl", let head = graph.head(clause),
              graph.lemmas[head] == "have" || graph.lemmas[head] == "be",
              graph.children[clause].contains(where: { graph.words[$0] == "to" && graph.relation($0) == "mark" })
        else { return false }
        return graph.children[head].contains { graph.words[$0] == "yet" && graph.relation($0) == "advmod" }
    }

    /// Whether an "unless" clause hangs on the trigger ("would meet him if ..." stays an offer).
    private func hasCondition(_ trigger: Int) -> Bool {
        graph.children[trigger].contains { clause in
            graph.relation(clause) == "advcl" && graph.children[clause].contains { mark in
                graph.relation(mark) == "mark" && graph.words[mark] == "unless"
            }
        }
    }

    /// Whether the only hypothetical cue on the clause is "would" (or "'d").
    private func onlyWould(_ trigger: Int) -> Bool {
        let cues = lexicon.cues
        var sawWould = false
        for child in graph.children[trigger] {
            let word = graph.words[child]
            let relation = graph.relation(child)
            if relation == "mark", word == "if" || word == "unless" || word == "whether" { return false }
            guard relation == "aux", cues.hypothetical.contains(word) else { continue }
            if word == "would" || word == "'d" { sawWould = true } else { return false }
        }
        return sawWould
    }

    private func reportingSubject(governing trigger: Int) -> [ActorHit]? {
        var current = graph.head(trigger)
        while let node = current {
            if let frame = frames[node], frame.role == .report || frame.role == .claim,
               let subject = graph.firstDependent(of: node, ["nsubj"]) {
                let hits = actors(of: subject)
                return hits.isEmpty ? nil : hits
            }
            current = graph.head(node)
        }
        return nil
    }

    /// PLOVER contexts signalled by words of the sentence.
    func computeContexts() -> [String] {
        var result: [String] = []
        let cues = lexicon.cues
        for token in 0..<graph.count where !isInPersonName(token) {
            if let contexts = cues.contextWords[graph.words[token]] ?? cues.contextWords[graph.lemmas[token]] {
                for context in contexts where !result.contains(context) { result.append(context) }
            }
        }
        for (words, context) in cues.contextPhrases where !result.contains(context) && !words.isEmpty {
            var start = 0
            while start + words.count <= graph.count {
                if graph.words[start] == words[0], (1..<words.count).allSatisfy({ graph.words[start + $0] == words[$0] }) {
                    result.append(context)
                    break
                }
                start += 1
            }
        }
        return result
    }

    /// Whether a token is part of a person's name ("Shia" in "Mohammed Shia al-Sudani" is no
    /// religious context).
    private func isInPersonName(_ token: Int) -> Bool {
        let entity = Int(index.entityAt[sentenceIndex][token])
        return entity >= 0 && document.entities[entity].type == .person
    }

    /// The date of the time expression attached to the trigger's clause, else the report date.
    func eventDate(trigger: Int, background: Bool) -> (CivilDate?, DatePrecision) {
        let attached = timeAttachments
        var current: Int? = trigger
        var hops = 0
        while let node = current, hops < 8 {
            if let expression = attached[node], let resolved = Self.resolve(expression.value, reportDate: reportDate) {
                return resolved
            }
            current = graph.head(node)
            hops += 1
        }
        guard let reportDate else { return (nil, .unknown) }
        return (reportDate, background ? .unknown : .day)
    }

    /// Time expressions of the sentence by the predicate they modify.
    func computeTimeAttachments() -> [Int: TimeExpression] {
        var attached: [Int: TimeExpression] = [:]
        for expression in document.timeExpressions where expression.sentence == sentenceIndex && expression.kind != .duration {
            guard let anchor = attachment(of: expression) else { continue }
            if attached[anchor] == nil { attached[anchor] = expression }
        }
        return attached
    }

    /// The predicate a time expression modifies: the nearest verb or event noun above it.
    private func attachment(of expression: TimeExpression) -> Int? {
        let inside = (0..<graph.count).filter { graph.tokens[$0].range.overlaps(expression.range) }
        guard let first = inside.first else { return nil }
        let top = inside.first { token in graph.head(token).map { !inside.contains($0) } ?? true } ?? first
        var current = graph.head(top)
        var hops = 0
        while let node = current, hops < 6 {
            if graph.upos(node) == "VERB" || frames[node] != nil { return node }
            current = graph.head(node)
            hops += 1
        }
        return nil
    }

    /// A TIMEX3 value as a date and its precision ("2025-W44" is the week's Monday).
    static func resolve(_ value: String, reportDate: CivilDate?) -> (CivilDate?, DatePrecision)? {
        if value == "PRESENT_REF" { return (reportDate, .day) }
        let head = value.prefix(10)
        if let day = CivilDate(iso: head) { return (day, .day) }
        let parts = value.split(separator: "-")
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        if parts.count >= 2, parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()) {
            // ISO week: the Monday of week 1 is in the week of January 4.
            guard let january4 = CivilDate(year: year, month: 1, day: 4) else { return nil }
            let monday = january4.adding(days: 1 - january4.weekday + (week - 1) * 7)
            return (monday, .week)
        }
        if parts.count >= 2, let month = Int(parts[1]), let date = CivilDate(year: year, month: month, day: 1) {
            return (date, .month)
        }
        if parts.count == 1, let date = CivilDate(year: year, month: 1, day: 1) { return (date, .year) }
        return nil
    }

    /// How sure the coder is: direct arguments score higher than inferred ones.
    func confidence(_ draft: EventDraft, modality: Modality) -> Double {
        var value = 0.9
        switch draft.sources.weakest {
        case nil: value -= 0.3
        case .inferred?: value -= 0.15
        case .phrase?: value -= 0.05
        case .direct?: break
        }
        if draft.targets.isEmpty && draft.expectsTarget { value -= 0.1 }
        if draft.targets.weakest == .inferred { value -= 0.05 }
        if modality == .hypothetical || modality == .negated { value -= 0.1 }
        return (max(0.05, min(1, value)) * 100).rounded() / 100
    }
}

extension SentenceVoices {
    /// No voices (for statements, whose own verb is the voice).
    init(empty: Void) {
        sentenceVoice = nil
        framing = []
    }
}
