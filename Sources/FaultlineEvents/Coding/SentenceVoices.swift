import FaultlineCore

/// Who a sentence says its events come from: "according to X" phrases, and reporting verbs
/// with the region of the tree they govern ("X reported that ...", "..., officials said").
struct SentenceVoices {
    /// An "according to" voice for the whole sentence.
    var sentenceVoice: Voice?
    /// Reporting, claiming, denying, planning and preventing verbs: token -> voice, and the
    /// trigger tokens whose events they frame.
    var framing: [(verb: Int, voice: Voice?, modality: Modality, governs: Set<Int>)] = []

    init(coder: SentenceCoder) {
        let graph = coder.graph
        for token in 0..<graph.count where graph.words[token].lowercased() == "according" {
            // "according to X": X is the noun phrase that follows, read left to right, so that a
            // wrong attachment in the tree cannot stretch the voice over the whole sentence.
            guard token + 2 < graph.count, graph.words[token + 1].lowercased() == "to" else { continue }
            let phrase = Self.nounPhrase(startingAt: token + 2, in: graph)
            guard let phrase, let head = phrase.last(where: { ["NOUN", "PROPN", "PRON"].contains(graph.upos($0)) }) else {
                continue
            }
            sentenceVoice = coder.voice(of: head, modality: .reported, within: phrase)
            if sentenceVoice != nil { break }
        }
        for (token, frame) in coder.frames {
            let modality: Modality
            switch frame.role {
            case .report: modality = .reported
            case .claim: modality = .claimed
            case .deny: modality = .denied
            case .plan: modality = .planned
            case .prevent: modality = .hypothetical
            case .event where frame.code.hasPrefix("11"):
                // "accused Hamas of violating the truce": the violation is the accuser's claim.
                let charges = graph.children[token].filter { child in
                    graph.relation(child) == "advcl" && graph.children[child].contains {
                        graph.relation($0) == "mark" && SentenceCoder.objectControlMarkers.contains(graph.words[$0].lowercased())
                    }
                }
                guard !charges.isEmpty else { continue }
                var governed = Set<Int>()
                var stack = charges
                while let node = stack.popLast() {
                    governed.insert(node)
                    stack.append(contentsOf: graph.children[node])
                }
                let voice = graph.firstDependent(of: token, ["nsubj"]).flatMap { coder.voice(of: $0, modality: .claimed) }
                framing.append((token, voice, .claimed, governed))
                continue
            default: continue
            }
            var governed = Set<Int>()
            let relation = graph.relation(token)
            if relation == "parataxis" || (relation == "ccomp" && token > (graph.head(token) ?? 0) && modality == .reported),
               let head = graph.head(token) {
                // "..., officials said": the clause the verb is attached to.
                var stack = [head]
                while let node = stack.popLast() {
                    governed.insert(node)
                    stack.append(contentsOf: graph.children[node].filter { $0 != token })
                }
            } else {
                for child in graph.children[token] {
                    let childRelation = graph.relation(child)
                    guard childRelation == "ccomp" || childRelation == "xcomp" || childRelation == "obj"
                        || childRelation == "obl" || childRelation == "advcl" && modality == .planned else { continue }
                    var stack = [child]
                    while let node = stack.popLast() {
                        governed.insert(node)
                        stack.append(contentsOf: graph.children[node])
                    }
                }
            }
            var voice: Voice?
            if modality == .reported || modality == .claimed || modality == .denied,
               let subject = graph.firstDependent(of: token, ["nsubj"]) {
                voice = coder.voice(of: subject, modality: modality)
                // "Iranian state media and Al-Araby al-Jadeed reported": parsers may give two subjects.
                let subjects = graph.dependents(of: token, ["nsubj"])
                if subjects.count > 1, var joined = voice, let last = subjects.last {
                    let start = graph.span(of: subject).lowerBound
                    let end = graph.span(of: last).upperBound
                    if start < end { joined.attribution.name = coder.spanText(start...end) }
                    voice = joined
                }
            }
            // "..., Palestinian officials and US witnesses said" with the speakers parsed into
            // the object's coordination: they are still the voice.
            if voice == nil, modality == .reported || modality == .claimed || modality == .denied,
               graph.firstDependent(of: token, ["nsubj"]) == nil,
               let speaker = (0..<token).first(where: { graph.relation($0) == "conj" && coder.isDisplacedSpeaker($0) }) {
                let start = graph.span(of: speaker).lowerBound
                if start < token { voice = coder.voice(of: speaker, modality: modality, within: start...(token - 1)) }
            }
            framing.append((token, voice, modality, governed))
        }
        // The verb nearest the event frames it: deeper verbs first; at the same depth the one
        // governing the smaller region, then the earlier word. (The frames come from a
        // dictionary, whose order changes from run to run: the ties must be broken here, or the
        // same text could get another voice in another run.)
        framing.sort { left, right in
            let leftDepth = graph.depth(left.verb)
            let rightDepth = graph.depth(right.verb)
            if leftDepth != rightDepth { return leftDepth > rightDepth }
            if left.governs.count != right.governs.count { return left.governs.count < right.governs.count }
            return left.verb < right.verb
        }
    }

    /// The noun phrase that starts at `start`: determiners, modifiers, names, nouns, possessive
    /// "'s", "of" and hyphens, up to the first word of another kind.
    static func nounPhrase(startingAt start: Int, in graph: SentenceGraph) -> ClosedRange<Int>? {
        var end = start
        while end < graph.count {
            let word = graph.words[end]
            let fits = ["DET", "ADJ", "PROPN", "NOUN", "NUM", "PART"].contains(graph.upos(end))
                || ["of", "-", "'s", "&"].contains(word)
            guard fits, word != ",", word != "." else { break }
            end += 1
        }
        return end > start ? start...(end - 1) : nil
    }

    /// The framing verb that governs a trigger, if any.
    func framer(of trigger: Int) -> (voice: Voice?, modality: Modality)? {
        for entry in framing where entry.governs.contains(trigger) {
            return (entry.voice, entry.modality)
        }
        return nil
    }
}

extension SentenceCoder {
    /// The voice a phrase names: "Al Monitor", "Iranian state media and Al-Araby al-Jadeed",
    /// "a State Department readout", "officials".
    /// `within` limits the phrase to a span read off the words when the tree is not trusted.
    func voice(of token: Int, modality: Modality, within limit: ClosedRange<Int>? = nil) -> Voice? {
        var span = limit ?? graph.span(of: token)
        // Drop leading determiners ("a State Department readout").
        while span.lowerBound < span.upperBound, graph.upos(span.lowerBound) == "DET" || graph.words[span.lowerBound] == "according" || graph.words[span.lowerBound] == "to" {
            span = (span.lowerBound + 1)...span.upperBound
        }
        let name = spanText(span)
        let hits = actors(of: token)
        let actor = hits.first?.actor
        let head = graph.lemmas[token]
        let cues = lexicon.cues
        var kind: Attribution.Kind
        let hasName = graph.tokens[span].contains { $0.upos == "PROPN" } || hits.contains { $0.evidence == .direct }
        if cues.documents.contains(head) {
            kind = .document
        } else if span.contains(where: { cues.media.contains(graph.words[$0]) }) || actor?.code.sector == "MED" || actor?.code.sector == "JRN" {
            kind = .media
        } else if !hasName, cues.anonymous.contains(head) || cues.anonymous.contains(graph.words[token]) {
            kind = .anonymous
        } else if let actor, let mention = actor.mention, document.entities.indices.contains(mention),
                  document.entities[mention].type == .person {
            kind = actor.code.sector == nil ? .person : .official
        } else if graph.upos(token) == "PRON" {
            kind = actor.map { $0.code.sector == nil ? .organization : .official } ?? .anonymous
        } else if actor != nil {
            kind = actor?.code.sector.map { ["GOV", "MIL", "COP", "LEG", "JUD", "SPY"].contains($0) } == true ? .official : .organization
        } else {
            kind = hasName ? .organization : .anonymous
        }
        return Voice(attribution: Attribution(name: name, kind: kind, actor: actor), modality: modality)
    }
}
