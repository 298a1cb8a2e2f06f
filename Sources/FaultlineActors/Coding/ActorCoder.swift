import FaultlineCore

/// Codes a noun phrase ("Iraqi Prime Minister Mohammed Shia al-Sudani", "Iran-backed
/// militias", "the State Department") against the knowledge base on a date.
///
/// Names are matched longest first; the country comes from the named actor, else from a
/// country name, demonym or capital; the sector from the actor, else from the last agent
/// word (the head noun). "X-backed" and "pro-X" name a backer, not the actor's country.
public struct ActorCoder: Sendable {
    /// The knowledge base it codes against.
    public let knowledgeBase: KnowledgeBase

    /// A coder over a knowledge base.
    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
    }

    /// Words after a country that make it a backer ("Iran-backed").
    static let backingWords: Set<String> = ["backed", "aligned", "allied", "sponsored", "funded", "supported", "financed", "armed", "affiliated", "linked", "leaning"]
    /// Words for a group's leaders or members, which keep the sector of the group before them.
    static let groupHeads: Set<String> = ["leader", "leaders", "commander", "commanders", "chief", "chiefs", "head", "heads", "spokesman", "spokeswoman", "spokesperson", "member", "members", "official", "officials", "figure", "figures"]
    /// Military ranks, which name a person's grade rather than their office.
    static let ranks: Set<String> = ["general", "colonel", "lieutenant", "major", "captain", "brigadier", "marshal", "admiral", "commander", "sergeant"]
    /// Words that turn a government sector into ELI.
    static let formerWords: Set<String> = ["former", "ex", "retired", "late", "ousted", "deposed", "fallen", "exiled"]
    /// Name particles that do not break a name ("al-Sudani").
    static let particles: Set<String> = ["al", "el", "bin", "ibn", "abu", "bint", "ad", "as", "ash", "an", "ar", "az", "de", "la", "le", "van", "von", "der", "di", "da"]
    /// Words by which a name the base does not know says it belongs to no one country ("the
    /// Third World Water Forum", "Global Witness"): such a name takes no country from context.
    public static let internationalWords: Set<String> = ["international", "world", "global", "worldwide", "transnational"]

    /// Whether a name says it belongs to no one country (see ``internationalWords``).
    public static func namesInternationalBody(_ name: String) -> Bool {
        PhraseTokens(name).keys.contains(where: internationalWords.contains)
    }
    /// Words that carry no actor information.
    static let ignorable: Set<String> = ["the", "a", "an", "of", "and", "its", "their", "his", "her", "in", "on", "at", "for", "to", "by", "from", "with", "several", "some", "many", "two", "three", "four", "five", "six", "group", "groups", "team", "largest", "senior", "top", "new", "newly", "heavily", "armed"]

    /// Codes a phrase without NER; `nil` when nothing in it names or describes an actor.
    public func code(phrase: String, date: CivilDate?) -> CodedActor? {
        match(phrase: phrase, date: date)?.coded
    }

    /// A match found somewhere in the phrase.
    struct Hit {
        var start: Int
        var length: Int
        var targets: [NameTarget]
    }

    /// Codes a phrase, with evidence; `contextCountries` (most frequent first) resolve the
    /// country of groups named only by their backer ("Iran-backed militias" in an Iraq report).
    public func match(phrase: String, date: CivilDate?, contextCountries: [String] = []) -> ActorMatch? {
        let tokens = PhraseTokens(phrase)
        guard tokens.count > 0 else { return nil }
        let hits = scan(tokens)
        var evidence: [String] = []
        var backers: [String] = []
        var countryCue: String?
        var capitalCue = false
        var sector: String?
        var actorID: String?
        var actorIsSurname = false
        var former = false
        var covered = Array(repeating: false, count: tokens.count)
        var placeCountries: [String] = []

        for hit in hits {
            for position in hit.start..<(hit.start + hit.length) { covered[position] = true }
            let after = hit.start + hit.length
            let before = hit.start - 1
            let isBacker = (after < tokens.count && Self.backingWords.contains(tokens.keys[after]))
                || (before >= 0 && (tokens.keys[before] == "pro"))
            if isBacker {
                if after < tokens.count && Self.backingWords.contains(tokens.keys[after]) { covered[after] = true }
                if let backer = backerID(hit.targets) {
                    backers.append(backer)
                    evidence.append("backer \(backer)")
                }
                continue
            }
            // A name of places in several countries ("Tripoli") is the one its context names.
            let candidates = Self.countries(of: hit.targets)
            let chosenCountry = candidates.count > 1
                ? contextCountries.first(where: candidates.contains) ?? Self.preferredCountry(of: hit.targets)
                : nil
            if candidates.count > 1, placeCountries.isEmpty {
                placeCountries = candidates
                if let chosenCountry { evidence.append("ambiguous place \(candidates.joined(separator: "/")): \(chosenCountry)") }
            }
            for target in hit.targets {
                if let chosenCountry, let iso = Self.country(of: target), iso != chosenCountry { continue }
                switch target {
                case .agent(let agentSector):
                    // Generic place words ("province", "regions") never override a real sector.
                    if agentSector == "UNK" && sector != nil { continue }
                    // "militia leader", "party officials": the head word belongs to the group
                    // named before it and keeps its sector.
                    let head = tokens.keys[after - 1]
                    if sector != nil && sector != "UNK" && Self.groupHeads.contains(head) { continue }
                    // A military rank after an office keeps the office: "Deputy Minister of
                    // Defense Colonel-General X" is GOV.
                    if sector == "GOV" && agentSector == "MIL" && Self.ranks.contains(head) { continue }
                    sector = agentSector
                    evidence.append("agent \(tokens.keys[hit.start..<after].joined(separator: " "))=\(agentSector)")
                    if hit.start > 0 && Self.formerWords.contains(tokens.keys[hit.start - 1]) { former = true }
                case .countryName(let iso), .demonym(let iso):
                    if countryCue == nil { countryCue = iso; evidence.append("country \(iso)") }
                case .capital(let iso):
                    if countryCue == nil { countryCue = iso; capitalCue = true; evidence.append("capital \(iso)") }
                case .place(let iso):
                    if countryCue == nil { countryCue = iso; evidence.append("place \(iso)") }
                case .actor, .surname:
                    break
                }
            }
            var chosen = chooseActor(hit.targets, date: date, country: countryCue, nameRun: nameRun(around: hit, in: tokens), titled: sector != nil)
            // An organisation of another country than the one named before it is another body of
            // the same generic name: "Indian National Congress" is not the US Congress.
            if let id = chosen?.id, let named = countryCue, hit.start > 0,
               knowledgeBase.actors[id]?.kind != .person,
               let own = knowledgeBase.country(of: id), own != named {
                chosen = nil
                evidence.append("name \(id) is of \(own), not \(named)")
            }
            // A name that matched no one ("Gul" of "Gul Rahman" is no President Gül) stays an
            // unknown word of the name.
            if chosen == nil, hit.targets.allSatisfy({ target in
                switch target {
                case .actor, .surname: return true
                default: return false
                }
            }) {
                for position in hit.start..<(hit.start + hit.length) { covered[position] = false }
            }
            if let chosen {
                // People win over organisations: "Quds Force commander Esmail Qaani" is Qaani.
                let isPerson = knowledgeBase.actors[chosen.id]?.kind == .person
                let currentIsPerson = actorID.flatMap { knowledgeBase.actors[$0]?.kind } == .person
                if actorID == nil || isPerson || !currentIsPerson || (actorIsSurname && !chosen.surname) {
                    if !(chosen.surname && actorID != nil && !actorIsSurname) {
                        actorID = chosen.id
                        actorIsSurname = chosen.surname
                        evidence.append("\(chosen.surname ? "surname" : "name") \(chosen.id)")
                    }
                }
            }
        }
        for position in 0..<tokens.count where Self.formerWords.contains(tokens.keys[position]) { former = true; covered[position] = true }
        // Unknown capitalised words make a name the base does not know.
        let unknownName = (0..<tokens.count).filter {
            !covered[$0] && tokens.capitalized[$0] && !Self.ignorable.contains(tokens.keys[$0]) && !Self.particles.contains(tokens.keys[$0])
        }

        var code = ActorCode(country: countryCue, sector: sector)
        var kind: ActorKind?
        if let id = actorID, let actor = knowledgeBase.actors[id] {
            let actorCode = knowledgeBase.code(of: id, on: date)
            kind = actor.kind
            code.country = actorCode.country ?? countryCue
            if let own = actorCode.sector {
                // A title outranks a person's office where the base does not know it to be over
                // ("President Obama" before his term); once every office the base records has
                // ended (ELI), "leader Hassan Nasrallah" is the late leader. An organisation's own
                // sector outranks its members' words ("Hezbollah fighters").
                if actor.kind == .person, own != "ELI", let sector,
                   sector == "GOV" || sector == "MIL" || sector == "LEG" || sector == "JUD" {
                    code.sector = sector
                } else {
                    code.sector = own
                }
            } else {
                code.sector = sector
            }
            for backer in knowledgeBase.backers(of: id, on: date) where !backers.contains(backer) { backers.append(backer) }
        } else {
            if capitalCue && sector == nil { code.sector = "GOV" }
            if code.country == nil, !backers.isEmpty {
                code.country = countryOfBackedGroups(backers: backers, sector: sector, date: date, context: contextCountries)
                if let country = code.country { evidence.append("country \(country) of groups backed by \(backers.joined(separator: ","))") }
            } else if code.country == nil, code.sector != nil || !unknownName.isEmpty,
                      !unknownName.contains(where: { Self.internationalWords.contains(tokens.keys[$0]) }),
                      let context = contextCountries.first {
                // A generic group ("rebels", "Islamic fundamentalists") or a name the base does
                // not know belongs to the country its sentence or report is about.
                code.country = context
                evidence.append("country \(context) from context")
            }
        }
        if former, code.sector == "GOV" || code.sector == nil, code.country != nil || code.sector != nil { code.sector = "ELI" }
        if actorID == nil && code.country == nil && code.sector == nil {
            // An unknown name with no context says nothing codeable.
            return nil
        }
        if kind == nil { kind = Self.kind(forSector: code.sector, country: code.country) }
        var governmentID: String?
        if actorID == nil, code.sector == "GOV", unknownName.isEmpty, let country = code.country,
           let government = knowledgeBase.countries[country]?.governmentID {
            governmentID = government
        } else if actorID == nil, code.sector == nil, unknownName.isEmpty, let country = code.country,
                  knowledgeBase.countries[country] != nil, tokens.count == hits.reduce(0, { $0 + $1.length }) {
            governmentID = country.lowercased()
        }
        let resolved = actorID ?? governmentID
        return ActorMatch(
            coded: CodedActor(name: phrase, actor: resolved, code: code),
            kind: kind, backers: backers, isProvisional: resolved == nil, evidence: evidence, placeCountries: placeCountries)
    }

    /// The country a name target places its phrase in, if any.
    static func country(of target: NameTarget) -> String? {
        switch target {
        case .countryName(let iso), .demonym(let iso), .capital(let iso), .place(let iso): return iso
        default: return nil
        }
    }

    /// The distinct countries of a hit's name targets, in order.
    static func countries(of targets: [NameTarget]) -> [String] {
        var found: [String] = []
        for target in targets {
            if let iso = country(of: target), !found.contains(iso) { found.append(iso) }
        }
        return found
    }

    /// Without context, the strongest reading of an ambiguous name: a country's own name or
    /// demonym, then a capital, then a lesser place.
    static func preferredCountry(of targets: [NameTarget]) -> String? {
        func rank(_ target: NameTarget) -> Int {
            switch target {
            case .countryName, .demonym: return 0
            case .capital: return 1
            case .place: return 2
            default: return 3
            }
        }
        return targets.filter { country(of: $0) != nil }.min { rank($0) < rank($1) }.flatMap(country(of:))
    }

    /// Longest-first matches, left to right, trying regular singulars for the last word.
    func scan(_ tokens: PhraseTokens) -> [Hit] {
        var hits: [Hit] = []
        var position = 0
        let index = knowledgeBase.index
        while position < tokens.count {
            var found: Hit?
            let longest = min(index.maxTokens, tokens.count - position)
            var length = longest
            while length >= 1 && found == nil {
                let words = tokens.keys[position..<(position + length)]
                let key = words.joined(separator: " ")
                var targets = index.lookup(key)
                if targets.isEmpty, let last = words.last {
                    for singular in Self.singulars(of: last) {
                        let candidate = (words.dropLast() + [singular]).joined(separator: " ")
                        // Plurals are of groups and agent words: "Mines" is no surname "Min".
                        targets = index.lookup(candidate).filter { target in
                            switch target {
                            case .surname: return false
                            case .actor(let id): return knowledgeBase.actors[id]?.kind != .person
                            default: return true
                            }
                        }
                        if !targets.isEmpty { break }
                    }
                }
                // A lone surname needs a capital letter in the text ("Rubio", not "rubio").
                // A lone surname or a short acronym needs a capital letter in the text ("Rubio",
                // "AP"), so that "rubio" or "ap" in running text do not match.
                if length == 1, !tokens.capitalized[position] {
                    let short = key.utf8.count <= 3
                    targets = targets.filter {
                        switch $0 {
                        case .surname: return false
                        case .actor: return !short
                        default: return true
                        }
                    }
                }
                // A word that names a country or an agent is not read as someone's surname
                // ("French", not Governor Neville French).
                if targets.contains(where: { if case .surname = $0 { return false } else { return true } }) {
                    targets = targets.filter { if case .surname = $0 { return false } else { return true } }
                }
                if !targets.isEmpty { found = Hit(start: position, length: length, targets: targets) }
                length -= 1
            }
            let titled = hits.contains { hit in hit.targets.contains { if case .agent = $0 { return true } else { return false } } }
            let endsName = position + 1 == tokens.count || !tokens.capitalized[position + 1]
            if found == nil, titled, endsName, tokens.capitalized[position], let near = nearSurname(tokens.keys[position]) {
                // After a title, the last name of a person misspelt by one letter
                // ("President Abdelaziz Bouteflicka").
                found = Hit(start: position, length: 1, targets: index.lookup(near))
            }
            if let found {
                hits.append(found)
                position += found.length
            } else {
                position += 1
            }
        }
        return hits
    }

    /// The one family name in the base within one edit of `word` (five letters or more).
    func nearSurname(_ word: String) -> String? {
        guard word.utf8.count >= 5 else { return nil }
        let candidates = knowledgeBase.surnameKeys[String(word.prefix(2)), default: []]
        let found = Set(candidates.filter { Self.withinOneEdit(Array(word.utf8), Array($0.utf8)) })
        return found.count == 1 ? found.first : nil
    }

    static func withinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if abs(a.count - b.count) > 1 { return false }
        var i = 0, j = 0, edits = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if b.count > a.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }

    /// The capitalised words (and name particles) around a hit: the whole written name.
    func nameRun(around hit: Hit, in tokens: PhraseTokens) -> [String] {
        func isNamePart(_ position: Int) -> Bool {
            let key = tokens.keys[position]
            if Self.particles.contains(key) { return true }
            guard tokens.capitalized[position], !Self.ignorable.contains(key) else { return false }
            // Titles and country words are not part of the name ("President", "Iraqi").
            return knowledgeBase.index.lookup(key).allSatisfy {
                switch $0 {
                case .agent, .countryName, .demonym, .capital, .place: return false
                default: return true
                }
            }
        }
        var start = hit.start
        while start > 0 && isNamePart(start - 1) { start -= 1 }
        var end = hit.start + hit.length
        while end < tokens.count && isNamePart(end) { end += 1 }
        return Array(tokens.keys[start..<end])
    }

    static func singulars(of word: String) -> [String] {
        var forms: [String] = []
        if word.hasSuffix("ies") && word.count > 4 { forms.append(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("es") && word.count > 4 { forms.append(String(word.dropLast(2))) }
        if word.hasSuffix("s") && !word.hasSuffix("ss") && word.count > 3 { forms.append(String(word.dropLast())) }
        if word.hasSuffix("men") { forms.append(String(word.dropLast(3)) + "man") }
        return forms
    }

    private func backerID(_ targets: [NameTarget]) -> String? {
        for target in targets {
            switch target {
            case .countryName(let iso), .demonym(let iso), .capital(let iso), .place(let iso): return iso.lowercased()
            case .actor(let id): return id
            default: continue
            }
        }
        return nil
    }

    /// Among namesakes, the one in office (or valid) on the date, then the one of the
    /// phrase's country, then the last loaded (curated files come after generated ones).
    private func chooseActor(_ targets: [NameTarget], date: CivilDate?, country: String?, nameRun: [String], titled: Bool) -> (id: String, surname: Bool)? {
        var full: [String] = []
        var surnames: [String] = []
        for target in targets {
            if case .actor(let id) = target { full.append(id) }
            if case .surname(let id) = target { surnames.append(id) }
        }
        // A surname written with given names must be someone whose names include them all:
        // "Omar Hassan al-Bashir" is Omar Hassan Ahmad al-Bashir, "Douglas Paul James" no James.
        if full.isEmpty && nameRun.count > 1 {
            let wanted = Set(nameRun.filter { !Self.particles.contains($0) })
            surnames = surnames.filter { id in
                guard let actor = knowledgeBase.actors[id] else { return false }
                let known = Set(actor.allNames.flatMap { NameKey.tokens($0) })
                // Each written name must be one of the person's, up to a one-letter slip.
                return wanted.allSatisfy { word in
                    known.contains(word) || (word.utf8.count >= 5 && known.contains { Self.withinOneEdit(Array(word.utf8), Array($0.utf8)) })
                }
            }
        }
        let candidates = full.isEmpty ? surnames : full
        guard !candidates.isEmpty else { return nil }
        func score(_ id: String) -> Int {
            guard let actor = knowledgeBase.actors[id] else { return -100 }
            var value = 0
            if actor.relations.contains(where: { $0.interval.contains(date) }) || actor.codes.contains(where: { $0.interval.contains(date) && $0.interval != .always }) { value += 4 }
            if let country, knowledgeBase.country(of: id) == country { value += 2 }
            if actor.location.map({ !$0.file.contains("00-countries") }) ?? false { value += 1 }
            return value
        }
        // Ties go to the one whose time in office is nearest the date ("President Bush" in
        // 2000 is the Bush of 2001, not of 1993), then to the last loaded.
        func distance(_ id: String) -> Int {
            guard let date, let actor = knowledgeBase.actors[id] else { return 0 }
            let intervals = actor.relations.map(\.interval) + actor.codes.map(\.interval)
            return intervals.map { interval -> Int in
                if interval.contains(date) { return 0 }
                if let start = interval.start, date < start { return start.dayNumber - date.dayNumber }
                if let end = interval.end, end < date { return date.dayNumber - end.dayNumber }
                return 0
            }.min() ?? Int.max / 2
        }
        var best = candidates[0]
        var bestScore = score(best)
        var bestDistance = distance(best)
        for candidate in candidates.dropFirst() {
            let value = score(candidate)
            let away = distance(candidate)
            if value > bestScore || (value == bestScore && away <= bestDistance) {
                best = candidate
                bestScore = value
                bestDistance = away
            }
        }
        // A bare surname of someone out of office, without a title, of no country the phrase
        // names and not in the curated files is too weak ("a cat named Frank").
        if full.isEmpty && bestScore == 0 && !titled && nameRun.count <= 1 { return nil }
        // Surnames shared by people of different countries with nothing to choose: ambiguous,
        // unless a title says a leader is meant and one is nearest in time.
        if full.isEmpty && surnames.count > 1 && bestScore < 4 && !titled {
            let countries = Set(surnames.compactMap { knowledgeBase.country(of: $0) })
            if countries.count > 1 { return nil }
        }
        return (best, full.isEmpty)
    }

    /// The country of the armed groups (or other groups of `sector`) that the backers back:
    /// the first context country that has some, else the one with the most.
    private func countryOfBackedGroups(backers: [String], sector: String?, date: CivilDate?, context: [String]) -> String? {
        var counts: [String: Int] = [:]
        for backer in backers {
            for tie in knowledgeBase.ties(from: backer, on: date) where tie.kind == .backing {
                guard let actor = knowledgeBase.actors[tie.target] else { continue }
                let actorSector = knowledgeBase.code(of: actor.id, on: date).sector
                let armed: Set<String> = ["PRM", "REB", "MIL", "UAF"]
                if let sector, armed.contains(sector) != armed.contains(actorSector ?? "") { continue }
                if let country = knowledgeBase.country(of: actor.id) { counts[country, default: 0] += 1 }
            }
        }
        let backerCountries = Set(backers.compactMap { knowledgeBase.country(of: $0) ?? $0.uppercased() })
        for country in context where counts[country] != nil && !backerCountries.contains(country) { return country }
        return counts.filter { !backerCountries.contains($0.key) }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    static func kind(forSector sector: String?, country: String?) -> ActorKind? {
        guard let sector else { return country == "IGO" ? .internationalOrganization : (country == nil ? nil : .state) }
        return ActorKind(sector: sector)
    }
}
