import FaultlineCore
import FaultlineEntities

extension SentenceCoder {
    static let defaultTargetSlots = ["obj", "iobj", "with", "against", "to", "on", "at", "into", "toward", "towards", "between", "upon"]
    /// Relations through which a noun phrase names the actor it belongs to.
    static let ownerRelations: Set<String> = ["nmod:poss", "compound", "amod", "flat", "appos", "nmod", "nmod:npmod"]

    /// The actors of a phrase headed by `token`: its own mention, a pronoun's antecedent, a coded
    /// word inside it ("Iraqi troops", "leaders of the Framework"), or the phrase coder's reading;
    /// coordinated phrases ("Iran and Iraq") give several.
    func actors(of token: Int, depth: Int = 0) -> [ActorHit] {
        if depth == 0, let memo = actorMemo[token] { return memo }
        var hits = ownActors(of: token, depth: depth)
        // Coordinated phrases, also inside modifiers: "U.S. and Russian negotiators".
        for child in graph.children[token] where graph.relation(child) == "conj" && depth < 3 && !nounTriggers.contains(child) {
            if isDisplacedSpeaker(child) { break }
            hits += ownActors(of: child, depth: depth)
        }
        let result = hits.uniqued()
        if depth == 0 { actorMemo[token] = result }
        return result
    }

    /// "demolished homes and buildings, Palestinian officials and US witnesses said": a parse
    /// that joins the trailing speakers to the object's coordination. A conjunct is a displaced
    /// speaker when a comma opens it (or a displaced conjunct before it), and only conjuncts,
    /// "and" and commas lie between it and a reporting verb that has no subject.
    func isDisplacedSpeaker(_ conjunct: Int) -> Bool {
        guard let head = graph.head(conjunct) else { return false }
        let siblings = graph.children[head].filter { graph.relation($0) == "conj" }
        let start = graph.span(of: conjunct).lowerBound
        guard start > 0 else { return false }
        let before = start - 1
        var opened = graph.words[before] == ","
        if !opened, graph.words[before] == "and" || graph.words[before] == "or",
           let previous = siblings.last(where: { $0 < conjunct }) {
            opened = isDisplacedSpeaker(previous)
        }
        guard opened else { return false }
        var position = graph.span(of: conjunct).upperBound + 1
        while position < graph.count {
            if let sibling = siblings.first(where: { graph.span(of: $0).contains(position) }) {
                position = graph.span(of: sibling).upperBound + 1
                continue
            }
            let word = graph.words[position]
            if word == "and" || word == "," || word == "or" {
                position += 1
                continue
            }
            guard let frame = frames[position], frame.role == .report || frame.role == .claim else { return false }
            return graph.firstDependent(of: position, ["nsubj"]) == nil
        }
        return false
    }

    private func ownActors(of token: Int, depth: Int) -> [ActorHit] {
        // A dateline ("Dubai:") says where the report was filed; nothing in it acts.
        if token < index.datelineEnd[sentenceIndex] { return [] }
        let actorIndex = Int(index.actorAt[sentenceIndex][token])
        if actorIndex >= 0 {
            return [ActorHit(actor: withWholeName(document.actors[actorIndex], head: token), evidence: .direct)]
        }
        // "met with U.S. Secretary of State Antony Blinken" parsed with the title as the head:
        // a title names the person who holds it.
        if let owner = titleOwners[token] {
            return [ActorHit(actor: document.actors[owner], evidence: .direct)]
        }
        let word = graph.words[token]
        if graph.upos(token) == "PRON" || graph.upos(token) == "DET" && Self.pronounPerson[word] != nil {
            if let speaker = reportingSpeaker(ofPronoun: token), depth == 0 {
                return speaker
            }
            // "it was decided to dissolve", "it is expected that": a dummy subject names no one.
            if isExpletive(token) { return [] }
            if let person = Self.pronounPerson[word],
               let antecedent = index.antecedent(sentence: sentenceIndex, token: token, person: person.isPerson) {
                return [ActorHit(actor: document.actors[antecedent], evidence: .inferred)]
            }
            if ["who", "which", "that"].contains(word), graph.relation(token) == "nsubj",
               let clause = graph.head(token), graph.deprel(clause).hasPrefix("acl"), let noun = graph.head(clause) {
                return actors(of: noun, depth: depth + 1).map(\.inherited)
            }
            return []
        }
        // A time word or a date is never an actor, whatever the parse hangs under it ("yesterday
        // that ...", "on 21 May 1998" is no Mrs May).
        guard depth < 3, !isTimePhrase(token) else { return [] }
        let sector = lexicon.cues.agentSectors[graph.lemmas[token]] ?? lexicon.cues.agentSectors[word]
        // An agent noun the tagger got wrong ("police" as SYM) is still the head of its phrase.
        let upos = sector != nil && Self.mistaggedNoun.contains(graph.upos(token)) ? "NOUN" : graph.upos(token)
        var found: [ActorHit] = []
        var fromModifier = false
        var foundPerson = false
        let isRole = RoleLexicon.roles.contains(graph.lemmas[token].lowercased())
        let isRelational = Self.relationalNouns.contains(graph.lemmas[token].lowercased())
        var skippedRelatum = false
        var foundByApposition = false
        for child in graph.children[token] {
            let relation = graph.deprel(child)
            guard Self.ownerRelations.contains(relation) || relation.hasPrefix("nmod") else { continue }
            // "Israel's militia ally", "an ally of Iran", "a US ally": the one it is an ally of
            // is someone else.
            if isRelational, isRelatum(child, relation: relation) {
                skippedRelatum = true
                continue
            }
            // "his counterpart", "her deputy": the one whose counterpart it is is someone else.
            if isRole, relation == "nmod:poss", graph.upos(child) == "PRON" { continue }
            if relation.hasPrefix("nmod"), relation != "nmod:poss" {
                let preposition = graph.casePreposition(of: child) ?? ""
                guard preposition == "of" || preposition == "from" || preposition == "by" || preposition.isEmpty else { continue }
            }
            let inner = actors(of: child, depth: depth + 1)
            if !inner.isEmpty {
                // "Quds Force commander Esmail Qaani": the person named outranks the modifiers.
                let isPerson = inner.contains { hit in
                    hit.actor.mention.map { document.entities.indices.contains($0) && document.entities[$0].type == .person } ?? false
                }
                // A person in apposition names the phrase itself ("his counterpart, Michel Aoun").
                let byApposition = isPerson && relation == "appos"
                if found.isEmpty || isPerson && !foundPerson || byApposition && !foundByApposition {
                    found = inner.map { ActorHit(actor: $0.actor, evidence: min($0.evidence, .phrase)) }
                    fromModifier = true
                    foundPerson = isPerson
                    foundByApposition = byApposition
                }
            }
        }
        if skippedRelatum, found.allSatisfy({ $0.actor.code.country == nil }) {
            // The relational noun's own words gave no country: where it is says it, and its
            // modifiers ("militia ally") keep their sector.
            let placed = relationalActor(token, sector: found.lazy.compactMap(\.actor.code.sector).first)
            return placed.isEmpty ? found : placed
        }
        if depth == 0, upos == "NOUN", found.isEmpty || fromModifier && found.count == 1 {
            // Coded words right before the noun, joined by "and" or commas, all name its actors,
            // also when the parse lost or split the modifiers ("U.S. and Russian negotiators",
            // "US and British forces").
            var collected: [Int] = []
            var position = token - 1
            var joined = false
            while position >= 0, token - position <= 6 {
                let actor = Int(index.actorAt[sentenceIndex][position])
                if actor >= 0 {
                    if collected.last != actor { collected.append(actor) }
                } else if graph.words[position] == "and" || graph.words[position] == "," {
                    // "war with Israel and leader X": a conjunction right before the noun
                    // joins phrases, not modifiers.
                    if collected.isEmpty { break }
                    joined = true
                } else if graph.upos(position) != "ADJ" {
                    break
                }
                position -= 1
            }
            if found.isEmpty && !collected.isEmpty || joined && collected.count >= 2 {
                found = collected.reversed().map { ActorHit(actor: document.actors[$0], evidence: found.isEmpty ? .inferred : .phrase) }
                fromModifier = true
            }
        }
        // "refugees fleeing Somalia", "workers ordered out of Togo": people are of the state
        // they come from, not of the one that takes them in.
        if found.isEmpty, upos == "NOUN", let sector, Self.originSectors.contains(sector),
           let origin = originCountry(ofPeople: token) {
            let name = spanText(coreSpan(of: token))
            // The phrase coder's sector is the finer one ("workers": labour).
            let coded = phraseCoder?.code(phrase: name, date: reportDate)?.code.sector ?? sector
            found = [ActorHit(actor: CodedActor(name: name, code: ActorCode(country: origin, sector: coded)), evidence: .phrase)]
        }
        if found.isEmpty, upos == "NOUN" || upos == "PROPN", let phraseCoder,
           sector != nil || coreSpan(of: token).contains(where: mayName) {
            let span = coreSpan(of: token)
            let text = spanText(span)
            if let coded = phraseCoder.code(phrase: text, date: reportDate) {
                found = [ActorHit(actor: coded, evidence: .phrase)]
            }
        }
        // "The United States is the leading donor, providing ...": a predicate noun names its subject.
        if found.isEmpty, depth == 0, graph.children[token].contains(where: { graph.relation($0) == "cop" }),
           let subject = graph.firstDependent(of: token, ["nsubj"]) {
            found = actors(of: subject, depth: depth + 1).map(\.inherited)
        }
        // "a strategic village in Western Cambodia", "targets in Jericho": a thing named by
        // where it is belongs to that place's state.
        if found.isEmpty, depth == 0, sector == nil, upos == "NOUN", !nounTriggers.contains(token),
           let country = countryOfPlacePhrase(under: token) {
            found = [ActorHit(actor: CodedActor(name: spanText(coreSpan(of: token)), code: ActorCode(country: country)), evidence: .phrase)]
        }
        if let sector {
            if found.isEmpty {
                if depth == 0, upos == "NOUN" {
                    // "protesters", "police": an agent without a country still has a sector.
                    let name = spanText(graph.span(of: token))
                    found = [ActorHit(actor: CodedActor(name: name, code: ActorCode(sector: sector)), evidence: .phrase)]
                }
            } else if fromModifier {
                // "Iraqi troops", "French warships": the country word gives the country, the
                // head noun the sector. A person whose office the base knows has ended keeps
                // that code: "leader Hassan Nasrallah" a year after his death is not in office.
                // "SAUDI and Omani delegations": each country keeps its own name.
                let single = found.count == 1
                found = found.map { hit in
                    var hit = hit
                    let isPerson = hit.actor.mention.map { document.entities.indices.contains($0) && document.entities[$0].type == .person } ?? false
                    let officeEnded = isPerson && hit.actor.code.sector == "ELI"
                    if !officeEnded, hit.actor.code.sector != sector, hit.actor.code.country != nil || hit.actor.code.sector == nil {
                        hit.actor.code.sector = sector
                        hit.actor.name = spanText(graph.span(of: token))
                        hit.actor.actor = nil
                    } else if !isPerson, single, hit.actor.code.sector == sector, isPlaceOrPeopleMention(hit.actor) {
                        // "Iraq's prime minister" (IRQGOV like Iraq's government): the one
                        // named is the minister, not the state. The actor stays the state's
                        // for comparisons; only the record shows the phrase.
                        hit.displayName = spanText(coreSpan(of: token))
                    }
                    return hit
                }
            }
        }
        // "rebels in the Ivory Coast", "security forces in Guinea": the place gives the country.
        if depth == 0, !found.isEmpty, found.allSatisfy({ $0.actor.code.country == nil }),
           let country = countryOfPlacePhrase(under: token) {
            found = found.map { hit in
                var hit = hit
                hit.actor.code.country = country
                return hit
            }
        }
        return found
    }

    /// The actors an invitation or request noun comes from ("an invitation from Trump",
    /// "Trump's invitation") when it is the object of a clause; `nil` for other nouns.
    func invitationGiver(of noun: Int) -> [ActorHit]? {
        guard let frame = frames[noun], nounTriggers.contains(noun), CodeFamilies.digits(frame.code).root == 2,
              graph.relation(noun) == "obj"
        else { return nil }
        for child in graph.children[noun] {
            let relation = graph.deprel(child)
            if relation == "nmod:poss" || relation.hasPrefix("nmod") && graph.casePreposition(of: child) == "from" {
                let hits = actors(of: child)
                if !hits.isEmpty { return hits }
            }
        }
        return nil
    }

    /// Whether "it" is a dummy subject: the subject of a clause whose content is a clause of
    /// its own ("it was decided to dissolve the party", "it is unlikely that ...").
    func isExpletive(_ token: Int) -> Bool {
        guard graph.words[token] == "it", graph.relation(token) == "nsubj" || graph.relation(token) == "expl",
              let head = graph.head(token)
        else { return false }
        if graph.relation(token) == "expl" { return true }
        let passive = graph.deprel(token) == "nsubj:pass"
        let hasClause = graph.children[head].contains { child in
            let relation = graph.relation(child)
            return relation == "ccomp" || relation == "csubj" || passive && relation == "xcomp"
        }
        return hasClause && (passive || graph.upos(head) == "ADJ")
    }

    /// Whether an actor was named by a place or a people ("Iraq", "Iraqi").
    func isPlaceOrPeopleMention(_ actor: CodedActor) -> Bool {
        guard let mention = actor.mention, document.entities.indices.contains(mention) else { return false }
        let type = document.entities[mention].type
        return type == .gpe || type == .norp || type == .location
    }

    /// The words of a noun phrase that describe its head: modifiers and "of" phrases, without
    /// other prepositional phrases, coordinated phrases or clauses ("air links with Serbia on
    /// Wednesday" is "air links": Serbia is linked to, not the links' owner).
    func coreSpan(of token: Int) -> ClosedRange<Int> {
        graph.span(of: token) { child in
            let relation = graph.relation(child)
            guard Self.nounPhraseRelations.contains(relation) else { return false }
            if relation == "punct", graph.words[child] != "-" { return false }
            // "Iran-backed": an unmarked phrase inside a modifier stays; "with Serbia" goes.
            if relation == "nmod" && graph.deprel(child) != "nmod:poss" || relation == "obl" {
                let preposition = graph.casePreposition(of: child) ?? ""
                if relation == "obl" && !preposition.isEmpty || !Self.corePrepositions.contains(preposition) { return false }
            }
            return true
        }
    }

    static let mistaggedNoun: Set<String> = ["SYM", "X", ""]

    /// Relations by which a parse hangs a clause's real subject under a dateline it took for
    /// the subject.
    static let datelineSubjectRelations: Set<String> = ["parataxis", "appos", "dep", "list", "conj", "flat"]

    /// Markers of a clause whose subject is its governing verb's object.
    static let objectControlMarkers: Set<String> = ["of", "for"]

    /// "Officials said they agree", "the party has said it will boycott": the subject pronoun
    /// of a reported clause is the speaker, when the pronoun fits it (a person for "he", no
    /// person for "it").
    func reportingSpeaker(ofPronoun token: Int) -> [ActorHit]? {
        guard graph.relation(token) == "nsubj", let reference = Self.pronounPerson[graph.words[token]],
              let clause = graph.head(token), graph.relation(clause) == "ccomp", let verb = graph.head(clause),
              let frame = frames[verb], frame.role == .report || frame.role == .claim,
              let speaker = graph.firstDependent(of: verb, ["nsubj"]), speaker != token, graph.upos(speaker) != "PRON"
        else { return nil }
        let hits = actors(of: speaker)
        guard !hits.isEmpty else { return nil }
        let types = hits.compactMap { hit in
            hit.actor.mention.flatMap { document.entities.indices.contains($0) ? document.entities[$0].type : nil }
        }
        let namesPerson = types.contains(.person)
        // "The minister said he ...": an agent noun without a mention fits either.
        if reference.isPerson == true, !namesPerson, !types.isEmpty { return nil }
        if reference.isPerson == false, namesPerson { return nil }
        return hits.map(\.inherited)
    }

    /// For each word of a person's title in the sentence that is no actor of its own
    /// ("Secretary" in "U.S. Secretary of State Antony Blinken"), that person's actor.
    func computeTitleOwners() -> [Int: Int] {
        var owners: [Int: Int] = [:]
        var seen = Set<Int32>()
        let entities = index.entityAt[sentenceIndex]
        let actorsAt = index.actorAt[sentenceIndex]
        for entity in entities where entity >= 0 && seen.insert(entity).inserted {
            let mention = document.entities[Int(entity)]
            guard mention.type == .person, let title = mention.title, !mention.tokens.isEmpty,
                  mention.tokens.lowerBound < actorsAt.count
            else { continue }
            let actor = Int(actorsAt[mention.tokens.lowerBound])
            guard actor >= 0 else { continue }
            for token in 0..<graph.count where actorsAt[token] < 0 && entities[token] < 0 {
                let range = graph.tokens[token].range
                if range.lowerBound >= title.range.lowerBound, range.upperBound <= title.range.upperBound { owners[token] = actor }
            }
        }
        return owners
    }

    /// A person's name as the tree joins it when the recognizer stopped short ("Mohammed Shia"
    /// of "Mohammed Shia al-Sudani"): the head's trailing flat names are part of it.
    func withWholeName(_ actor: CodedActor, head: Int) -> CodedActor {
        guard let mention = actor.mention, document.entities.indices.contains(mention) else { return actor }
        let entity = document.entities[mention]
        guard entity.type == .person, entity.sentence == sentenceIndex, entity.tokens.contains(head) else { return actor }
        let trailing = graph.children[head].filter { child in
            graph.relation(child) == "flat" && child >= entity.tokens.upperBound && graph.upos(child) == "PROPN"
        }
        guard let last = trailing.max(), last - entity.tokens.upperBound < 4 else { return actor }
        var named = actor
        named.name = spanText(entity.tokens.lowerBound...last)
        return named
    }

    /// Relations that stay inside a noun phrase (a copula's subject or a clause does not).
    static let nounPhraseRelations: Set<String> = [
        "det", "amod", "compound", "flat", "nummod", "nmod", "case", "fixed", "obl", "punct", "goeswith", "name",
    ]

    /// Prepositions whose phrase still describes the noun it hangs on ("leaders of X", "a camp
    /// for Congolese refugees"); the empty string stands for an unmarked phrase.
    static let corePrepositions: Set<String> = ["", "of", "for"]

    /// Whether a token can carry actor information for the phrase coder: a capitalised word
    /// or a hyphenated one ("Iran-backed"); phrases of plain lowercase words code to nothing.
    func mayName(_ token: Int) -> Bool {
        guard let first = graph.tokens[token].text.utf8.first else { return false }
        return (first >= 65 && first <= 90) || graph.tokens[token].text.utf8.contains(45)
    }

    static let placeOfActorPrepositions: Set<String> = ["in", "from", "inside", "throughout", "across"]

    /// Nouns that name someone by their relation to another state or group ("ally",
    /// "counterpart", "proxy"): the other, named by a possessive, an "of" phrase or a country
    /// before the noun, is not the one named. ("Opponents" and "rivals" are left out: "the
    /// government's opponents" are mostly its own country's opposition.)
    static let relationalNouns: Set<String> = [
        "ally", "enemy", "archrival", "foe", "adversary", "nemesis", "partner", "counterpart",
        "neighbour", "neighbor", "proxy", "backer", "patron", "sponsor", "protege", "protégé", "friend",
    ]

    /// Whether a dependent of a relational noun names the one it relates to: a possessor
    /// ("Israel's ally"), an "of" phrase ("an ally of Iran") or a country before it ("a US
    /// ally"; "NATO allies" are NATO's members). Adjectives stay the noun's own ("his Iraqi
    /// counterpart").
    func isRelatum(_ child: Int, relation: String) -> Bool {
        if relation == "nmod:poss" { return true }
        if relation == "compound" {
            let entity = Int(index.entityAt[sentenceIndex][child])
            return graph.upos(child) == "PROPN" && entity >= 0 && document.entities[entity].type == .gpe
        }
        if relation.hasPrefix("nmod") { return graph.casePreposition(of: child) == "of" }
        return false
    }

    /// A relational noun whose relatum was set aside ("Israel's militia ally in southern
    /// Lebanon"): the place it is in gives the country, an agent word before it the sector.
    /// Empty when no place says where it is.
    func relationalActor(_ token: Int, sector known: String?) -> [ActorHit] {
        guard let country = countryOfPlacePhrase(under: token) else { return [] }
        let sector = known ?? graph.children[token].lazy.filter { child in
            let relation = self.graph.relation(child)
            return relation == "compound" || relation == "amod"
        }.compactMap { child in
            self.lexicon.cues.agentSectors[self.graph.lemmas[child]] ?? self.lexicon.cues.agentSectors[self.graph.words[child]]
        }.first
        let name = spanText(coreSpan(of: token))
        return [ActorHit(actor: CodedActor(name: name, code: ActorCode(country: country, sector: sector)), evidence: .phrase)]
    }

    /// The country of a place named in an "in" or "from" phrase under a noun.
    func countryOfPlacePhrase(under token: Int) -> String? {
        for child in graph.children[token] where graph.relation(child) == "nmod" || graph.relation(child) == "acl" {
            var candidates = [child]
            // "Red Cross operating in Iraq": one clause level down.
            if graph.relation(child) == "acl" { candidates = graph.children[child].filter { graph.relation($0) == "obl" } }
            for candidate in candidates {
                let preposition = graph.casePreposition(of: candidate) ?? ""
                // "workers affiliated with the Serbian union": a clause's "with" names the body.
                let affiliation = preposition == "with" && graph.relation(candidate) == "obl"
                guard Self.placeOfActorPrepositions.contains(preposition) || affiliation else { continue }
                let actor = Int(index.actorAt[sentenceIndex][candidate])
                if actor >= 0, let country = document.actors[actor].code.country { return country }
                // "in the Lebanon border area", or a parse that made the place a modifier of
                // the next noun ("in southern Lebanon Sunday sources"): a named place modifying
                // the phrase's head still says where.
                for modifier in graph.children[candidate] where graph.relation(modifier) == "compound" {
                    let modifierActor = Int(index.actorAt[sentenceIndex][modifier])
                    guard modifierActor >= 0, let mention = document.actors[modifierActor].mention,
                          document.entities.indices.contains(mention), document.entities[mention].type == .gpe,
                          let country = document.actors[modifierActor].code.country
                    else { continue }
                    return country
                }
            }
        }
        return nil
    }

    /// The subject's actors and whether the clause is passive; a clause without a subject
    /// shares its governing clause's ("urging restraint", "agreed to share").
    func subjectActors(of token: Int, hops: Int = 0) -> ([ActorHit], Bool) {
        let subjects = graph.dependents(of: token, ["nsubj"])
        if let first = subjects.first {
            // Parsers may give a clause two subjects ("Hours earlier Maduro expelled"): the one
            // that names an actor.
            for subject in subjects {
                let hits = actors(of: subject)
                if !hits.isEmpty { return (hits, isPassive(token, subject: subject)) }
            }
            // "Dubai: Iran and Saudi Arabia agreed": a parse that took the dateline for the
            // subject hangs the real one under it, after the separator.
            let dateline = index.datelineEnd[sentenceIndex]
            for subject in subjects where subject < dateline {
                for child in graph.children[subject] where child > dateline && Self.datelineSubjectRelations.contains(graph.relation(child)) {
                    let hits = actors(of: child)
                    if !hits.isEmpty { return (hits, isPassive(token, subject: subject)) }
                }
            }
            let passive = isPassive(token, subject: first)
            // A time taken for the subject ("Russian police on Saturday detained"): the actor
            // right before the verb is the one acting.
            if subjects.allSatisfy(isTimePhrase), let nearest = nearestActor(before: token) {
                return ([nearest], passive)
            }
            return ([], passive)
        }
        let passive = graph.children[token].contains { graph.deprel($0) == "aux:pass" }
        guard hops < 4, let head = graph.head(token) else { return ([], passive) }
        let relation = graph.relation(token)
        switch relation {
        case "xcomp":
            // Object control: "urged the factions to avoid"; else subject control.
            if let object = graph.firstDependent(of: head, ["obj"]) {
                let objectActors = actors(of: object)
                if !objectActors.isEmpty { return (objectActors.map(\.inherited), passive) }
            }
            let (inherited, _) = subjectActors(of: head, hops: hops + 1)
            return (inherited.map(\.inherited), passive)
        case "conj", "advcl", "ccomp":
            if relation == "ccomp" { return ([], passive) }
            // "..., and Syria's Assad regime collapsed" with "regime" hung elsewhere: a finite
            // verb has a subject of its own, and the noun right before it is that subject.
            if let lost = lostSubject(of: token) { return (lost, passive) }
            // Object control through "of" and "for": "accused Hamas of violating the truce",
            // "blamed Iran for attacking": the one accused or blamed is the one acting.
            if relation == "advcl",
               graph.children[token].contains(where: { graph.relation($0) == "mark" && Self.objectControlMarkers.contains(graph.words[$0].lowercased()) }),
               let object = graph.firstDependent(of: head, ["obj"]) {
                let objectActors = actors(of: object)
                if !objectActors.isEmpty { return (objectActors.map(\.inherited), passive) }
            }
            if graph.upos(head) == "NOUN" || graph.upos(head) == "PROPN" {
                return (actors(of: head).map(\.inherited), passive)
            }
            let (inherited, headPassive) = subjectActors(of: head, hops: hops + 1)
            if relation == "conj" && headPassive && !passive { return ([], passive) }
            return (inherited.map(\.inherited), passive)
        case "acl":
            if graph.deprel(token) == "acl:relcl" {
                return (actors(of: head).map(\.inherited), passive)
            }
            // "accepted an invitation from Trump to visit": the one invited visits, not the
            // one inviting.
            if let inviter = invitationGiver(of: head) {
                let (invitees, _) = governingActors(of: head, hops: hops + 1)
                return (invitees.filter { hit in !inviter.contains { $0.actor == hit.actor } }.map(\.inherited), passive)
            }
            // "a campaign to prevent ...": the campaign's owner, else its clause's subject.
            let owners = actors(of: head)
            if !owners.isEmpty { return (owners.map(\.inherited), passive) }
            return governingActorsPair(of: head, hops: hops + 1, passive: passive)
        default:
            return ([], passive)
        }
    }

    /// Whether a clause is passive: a passive subject and a passive auxiliary ("was
    /// shortened"); a passive label alone is a parse error on an active verb ("Bashir
    /// shortened by one hour the curfew").
    func isPassive(_ token: Int, subject: Int) -> Bool {
        if isAbsoluteParticiple(token, subject: subject) { return true }
        guard graph.deprel(subject) == "nsubj:pass" else { return false }
        return graph.children[token].contains { child in
            graph.deprel(child) == "aux:pass" || graph.relation(child) == "aux" && (graph.lemmas[child] == "be" || graph.lemmas[child] == "get")
        } || graph.tokens[token].xpos == "VBN" && graph.relation(token) != "root"
    }

    /// The actors of the noun right before a finite verb that the parse gave no subject and
    /// hung that noun elsewhere; `nil` when there is none.
    func lostSubject(of token: Int) -> [ActorHit]? {
        let xpos = graph.tokens[token].xpos
        guard xpos == "VBD" || xpos == "VBZ" || xpos == "VBP", token > 0 else { return nil }
        let previous = token - 1
        guard graph.upos(previous) == "NOUN" || graph.upos(previous) == "PROPN", graph.head(previous) != token,
              graph.head(previous).map({ graph.upos($0) != "NOUN" && graph.upos($0) != "PROPN" || graph.relation(previous) == "conj" }) ?? false
        else { return nil }
        let hits = actors(of: previous)
        return hits.isEmpty ? nil : hits
    }

    /// "With Hezbollah weakened after the war, Hamas battered in Gaza, ...": in an absolute
    /// construction the participle tells what befell its subject, whatever tag or label the
    /// parse gave it; so does a participle clause listed after one.
    func isAbsoluteParticiple(_ token: Int, subject: Int, hops: Int = 0) -> Bool {
        let xpos = graph.tokens[token].xpos
        guard hops < 4, xpos == "VBN" || xpos == "VBD", graph.firstDependent(of: token, ["obj"]) == nil,
              !graph.children[token].contains(where: { graph.relation($0) == "aux" })
        else { return false }
        // "with" as the subject's case marker, or as the clause's.
        let marked = graph.children[subject].contains {
            graph.relation($0) == "case" && Self.absoluteMarkers.contains(graph.words[$0].lowercased())
        } || graph.children[token].contains {
            graph.relation($0) == "mark" && $0 < subject && Self.absoluteMarkers.contains(graph.words[$0].lowercased())
        }
        if marked { return true }
        guard let head = graph.head(token), head < token, graph.relation(token) == "advcl" || graph.relation(token) == "conj",
              let headSubject = graph.firstDependent(of: head, ["nsubj"])
        else { return false }
        return isAbsoluteParticiple(head, subject: headSubject, hops: hops + 1)
    }

    static let absoluteMarkers: Set<String> = ["with", "without"]

    private func governingActorsPair(of token: Int, hops: Int, passive: Bool) -> ([ActorHit], Bool) {
        let (hits, _) = governingActors(of: token, hops: hops)
        return (hits, passive)
    }

    /// The agent of a passive clause ("was killed by militants").
    func agentActors(of token: Int) -> [ActorHit] {
        for child in graph.children[token] where graph.relation(child) == "obl" {
            if graph.deprel(child) == "obl:agent" || graph.casePreposition(of: child) == "by" {
                return actors(of: child)
            }
        }
        return []
    }

    /// The target actors by the frame's slots, and the token they came from.
    func targetActors(of token: Int, frame: LexicalFrame) -> ([ActorHit], Int?) {
        let slots = frame.targetSlots.isEmpty ? Self.defaultTargetSlots : frame.targetSlots
        for slot in slots {
            // "gave the Ivory Coast 5.1 million dollars": the first of two objects is the
            // recipient, as an indirect object or a "to" phrase would be.
            if slot == "iobj" || slot == "to" && !slots.contains("iobj"), let recipient = doubleObjectRecipient(of: token) {
                let hits = actors(of: recipient)
                if !hits.isEmpty { return (hits, recipient) }
            }
            for child in graph.children[token] {
                let relation = graph.relation(child)
                let matches: Bool
                switch slot {
                case "obj":
                    // A named actor read as a predicate complement stands in for a missing object.
                    matches = !frame.sourceFromObject
                        && (relation == "obj" || relation == "xcomp" && actorObject(of: token) == child)
                case "iobj":
                    matches = relation == "iobj"
                default:
                    if relation == "obl" || relation == "nmod" || relation == "advmod" {
                        matches = graph.casePreposition(of: child) == slot
                    } else if relation == "obj", frame.particle == slot {
                        // "called on the factions": the particle's object parsed as the verb's.
                        matches = true
                    } else {
                        matches = false
                    }
                }
                guard matches else { continue }
                let hits = actors(of: child)
                if !hits.isEmpty { return (hits, child) }
            }
            // "provided aid to Macedonia", "granted asylum to rebels": the phrase may hang on the
            // object, or on the noun of the object's "of" phrase ("returned dozens of artifacts
            // to the Embassy").
            if slot != "obj", slot != "iobj", let object = graph.firstDependent(of: token, ["obj"]) {
                let nouns = [object] + graph.children[object].filter { graph.relation($0) == "nmod" && graph.casePreposition(of: $0) == "of" }
                for noun in nouns {
                    for child in graph.children[noun] where graph.relation(child) == "nmod" && graph.casePreposition(of: child) == slot {
                        let hits = actors(of: child)
                        if !hits.isEmpty { return (hits, child) }
                    }
                }
            }
        }
        // "returned a pendant engraved with the image of Peter the Great to Russian
        // authorities", "authorized the release of $1.2 billion in assistance to Egypt": a
        // parse that hung the slot's phrase deeper inside the object still names the target.
        for slot in slots where Self.deepSlots.contains(slot) {
            if let phrase = deepSlotPhrase(slot, under: token) { return (actors(of: phrase), phrase) }
        }
        return ([], nil)
    }

    /// Slots whose phrase may hang deep inside the verb's object: recipients and addressees.
    static let deepSlots: Set<String> = ["to", "toward", "towards"]

    /// The first phrase marked by `slot`, in text order, inside the verb's object (through
    /// nouns and the participles that describe them, not into other clauses) that names actors.
    func deepSlotPhrase(_ slot: String, under token: Int) -> Int? {
        guard let object = graph.firstDependent(of: token, ["obj"]) else { return nil }
        var stack = [object]
        var found: [Int] = []
        var visited = 0
        while let node = stack.popLast(), visited < 40 {
            visited += 1
            for child in graph.children[node] {
                let relation = graph.relation(child)
                let upos = graph.upos(child)
                let isNominal = upos == "NOUN" || upos == "PROPN" || upos == "NUM"
                let isParticiple = relation == "acl" && graph.tokens[child].xpos == "VBN"
                guard (relation == "nmod" || relation == "obl") && isNominal || isParticiple else { continue }
                if isNominal, graph.casePreposition(of: child) == slot, !isTimePhrase(child), !actors(of: child).isEmpty {
                    found.append(child)
                } else {
                    stack.append(child)
                }
            }
        }
        return found.min()
    }

    /// The recipient of a verb with two objects ("gave Chile aid", "sent the rebels arms"),
    /// however the parse hangs them: a second object or an unmarked noun phrase after the
    /// first, or the recipient read as the subject of the object ("gave [the Ivory Coast]
    /// [5.1 million dollars]" as a small clause). `nil` when the verb has one plain object.
    func doubleObjectRecipient(of token: Int) -> Int? {
        let objects = graph.dependents(of: token, ["obj"])
        guard let first = objects.first else { return nil }
        if objects.count >= 2 || graph.children[token].contains(where: { child in
            child > first && Self.bareNounRelations.contains(graph.deprel(child)) && !isTimePhrase(child)
        }) {
            return index.actorAt[sentenceIndex][first] >= 0 ? first : nil
        }
        // The recipient as the theme's subject, named before it.
        if let subject = graph.children[first].first(where: { graph.relation($0) == "nsubj" && $0 < first }),
           index.actorAt[sentenceIndex][subject] >= 0 {
            return subject
        }
        return nil
    }

    /// Relations of an unmarked noun phrase hung on a verb, as parsers label a second object.
    static let bareNounRelations: Set<String> = ["obl:npmod", "obl:unmarked", "nmod:npmod", "obl:tmod", "npadvmod"]

    /// The actors of the clause that governs a nominal trigger ("X held talks with Y": X), and
    /// whether the noun sits in a background phrase ("following war with Israel").
    func governingActors(of token: Int, hops: Int = 0) -> ([ActorHit], Bool) {
        guard hops < 4, let head = graph.head(token) else { return ([], false) }
        let preposition = graph.casePreposition(of: token)
        let background = preposition.map(Self.backgroundPrepositions.contains) ?? false
        let relation = graph.relation(token)
        let headUpos = graph.upos(head)
        if headUpos == "VERB" || headUpos == "AUX" || headUpos == "ADJ" {
            if relation == "nsubj" { return ([], background) }
            let (subject, passive) = subjectActors(of: head)
            return (subject.map(\.inherited), background || passive && relation == "obl")
        }
        if headUpos == "NOUN" || headUpos == "PROPN" {
            if relation == "conj" { return governingActors(of: head, hops: hops + 1) }
            // "..., according to a Reuters report": the voice's report owns no event in it.
            if isInAccordingPhrase(head) { return ([], background) }
            // "the attacks were in support of Gaza": Gaza is supported, it did not attack.
            if isInSupportOf(head) { return ([], background) }
            // "meetings with X" under "the visit involved": the governing noun's actors.
            let owners = actors(of: head)
            if !owners.isEmpty, relation != "nmod" || preposition == "of" { return (owners.map(\.inherited), background) }
            let (upper, upperBackground) = governingActors(of: head, hops: hops + 1)
            return (upper, background || upperBackground)
        }
        return ([], background)
    }

    /// Where the event happened: a place named in an "in/at/to" phrase of the trigger.
    func location(of token: Int, preferred: Int?, prepositions: Set<String> = placePrepositions) -> Place? {
        var candidates: [Int] = []
        if let preferred { candidates.append(preferred) }
        for child in graph.children[token] where child != preferred {
            let relation = graph.relation(child)
            guard relation == "obl" || relation == "nmod" || relation == "obj" || relation == "advmod" else { continue }
            if relation == "obj", graph.lemmas[token] != "visit" || !prepositions.contains("to") { continue }
            // "arrested on Monday in Niger": the place hung on the time phrase is the event's.
            if relation != "obj", isTimePhrase(child) {
                candidates += graph.children[child].filter {
                    graph.relation($0) == "nmod" && prepositions.contains(graph.casePreposition(of: $0) ?? "")
                }
                continue
            }
            let preposition = graph.casePreposition(of: child) ?? ""
            if relation != "obj", !prepositions.contains(preposition) { continue }
            candidates.append(child)
        }
        for phrase in candidates {
            var candidate = phrase
            // "near the town of Samarra", "in the city of Hilla": the place is the "of" phrase.
            if index.entityAt[sentenceIndex][candidate] < 0, graph.upos(candidate) == "NOUN",
               let named = graph.children[candidate].first(where: {
                   graph.relation($0) == "nmod" && graph.casePreposition(of: $0) == "of" && index.entityAt[sentenceIndex][$0] >= 0
               }) {
                candidate = named
            }
            let entityIndex = Int(index.entityAt[sentenceIndex][candidate])
            guard entityIndex >= 0 else { continue }
            let entity = document.entities[entityIndex]
            guard entity.type == .gpe || entity.type == .location || entity.type == .facility else { continue }
            let actorIndex = Int(index.actorAt[sentenceIndex][candidate])
            let country = actorIndex >= 0 ? document.actors[actorIndex].code.country : nil
            return Place(name: entity.text, country: country)
        }
        return nil
    }

    static let placePrepositions: Set<String> = ["in", "at", "to", "into", "near", "inside", "outside", "across", "throughout", "from"]

    /// Whether a noun names a weapon ("rockets", "Katyusha rockets").
    func isWeapon(_ token: Int) -> Bool {
        let weapons = lexicon.cues.weapons
        return weapons.contains(graph.lemmas[token]) || weapons.contains(EventLexicon.singular(graph.words[token]))
    }

    /// Whether the subject of a clause is a weapon ("four rockets had been fired at the base").
    func isWeaponSubject(of token: Int) -> Bool {
        guard let subject = graph.firstDependent(of: token, ["nsubj"]) else { return false }
        return isWeapon(subject)
    }

    /// Who fired a weapon, by where it came from: a "from" phrase on the verb ("were fired
    /// from Iran") or on the weapon ("rockets from Iran"); empty when neither names an actor.
    func launchOrigin(of token: Int, subject: Int?) -> [ActorHit] {
        var phrases = graph.children[token].filter { graph.relation($0) == "obl" }
        if let subject, isWeapon(subject) { phrases += graph.children[subject].filter { graph.relation($0) == "nmod" } }
        for phrase in phrases where graph.casePreposition(of: phrase) == "from" {
            let hits = actors(of: phrase)
            if !hits.isEmpty { return hits.map(\.inherited) }
        }
        return []
    }

    /// The text of a token span as written.
    func spanText(_ span: ClosedRange<Int>) -> String {
        let start = graph.tokens[span.lowerBound].range.lowerBound
        let end = graph.tokens[span.upperBound].range.upperBound
        guard start <= end, end <= document.text.utf8.count else {
            return graph.tokens[span].map(\.text).joined(separator: " ")
        }
        return document.substring(start..<end)
    }
}
