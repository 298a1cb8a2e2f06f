import FaultlineCore

/// The actors stage: links entity mentions (with their titles and coreference clusters) to
/// knowledge-base actors on the report date and fills ``AnalyzedDocument/actors``.
///
/// A mention is coded together with its title ("Iraqi Prime Minister" + "Mohammed Shia
/// al-Sudani") and the agent words that follow a nationality ("Iranian" + "state media").
/// Mentions of one coreference cluster share the best link found for any of them. Names the
/// base does not know become provisional actors coded from their context.
public struct ActorAnnotator: Annotator {
    /// The coder it uses (also for phrases without NER, see ``code(phrase:date:)``).
    public let coder: ActorCoder

    /// An annotator over a knowledge base.
    public init(knowledgeBase: KnowledgeBase) {
        self.coder = ActorCoder(knowledgeBase: knowledgeBase)
    }

    /// Codes a noun phrase that NER missed ("the State Department", "militias").
    public func code(phrase: String, date: CivilDate?) -> CodedActor? {
        coder.code(phrase: phrase, date: date)
    }

    /// The matches for a document's mentions, index-aligned with `document.entities` (`nil`
    /// for mentions that are not actors).
    public func matches(in document: AnalyzedDocument) -> [ActorMatch?] {
        let date = document.metadata.published
        // Places by the sentence and token they end on, for possessors ("Turkey's Defense Ministry").
        var placeEnding: [Int: [Int: EntityMention]] = [:]
        for mention in document.entities where mention.type == .gpe {
            placeEnding[mention.sentence, default: [:]][mention.tokens.upperBound - 1] = mention
        }
        let phrases = document.entities.map { mention -> String? in
            guard mention.type.canBeActor || mention.type == .location && isRegionOfCountry(mention.text) else { return nil }
            let own = phrase(for: mention, in: document)
            guard mention.type == .organization || mention.type == .person, mention.tokens.lowerBound >= 2,
                  document.sentences.indices.contains(mention.sentence)
            else { return own }
            let tokens = document.sentences[mention.sentence].tokens
            let marker = mention.tokens.lowerBound - 1
            guard marker < tokens.count, tokens[marker].text == "'s" || tokens[marker].text == "’s",
                  let possessor = placeEnding[mention.sentence]?[marker - 1]
            else { return own }
            // "Turkey's Defense Ministry": the country that owns it names its country.
            return possessor.text + " " + own
        }
        // Countries the report is about, most mentioned first: they place groups named only
        // by their backer ("Iran-backed militias" in a report on Iraq).
        // The countries of the mention's own sentence come first, then the report's.
        // Each mention is first coded on its own; the base's links do not depend on context,
        // so only provisional codes are redone with it below.
        var contextFree = phrases.map { phrase in phrase.flatMap { coder.match(phrase: $0, date: date) } }
        var counts: [String: Int] = [:]
        var bySentence: [Int: [String]] = [:]
        // The countries of the places alone: an unknown place ("Jericho") lies where the places
        // around it do, whatever nationalities the sentence names first.
        var placesBySentence: [Int: [String]] = [:]
        func note(_ country: String, sentence: Int) {
            if !(bySentence[sentence]?.contains(country) ?? false) { bySentence[sentence, default: []].append(country) }
        }
        for (position, mention) in document.entities.enumerated() where mention.type == .gpe || mention.type == .norp {
            // An ambiguous place ("Tripoli") is placed by the others, not the other way round.
            guard let match = contextFree[position], match.placeCountries.isEmpty, let country = match.coded.code.country else { continue }
            counts[country, default: 0] += 1
            note(country, sentence: mention.sentence)
            if mention.type == .gpe, !(placesBySentence[mention.sentence]?.contains(country) ?? false) {
                placesBySentence[mention.sentence, default: []].append(country)
            }
        }
        // Then the countries of the actors the base knows by name ("President Abdelaziz
        // Bouteflika"), after the places.
        // A news outlet ("security sources told Reuters") says where the report comes from, not
        // where what it tells of happens: its country places no one.
        for (position, mention) in document.entities.enumerated() where mention.type == .person || mention.type == .organization {
            guard let match = contextFree[position], !match.isProvisional, let country = match.coded.code.country,
                  !match.coded.code.isMedia
            else { continue }
            if counts[country] == nil { counts[country] = 0 }
            note(country, sentence: mention.sentence)
        }
        func context(of mention: EntityMention, document documentContext: [String]) -> [String] {
            var sentence = bySentence[mention.sentence] ?? []
            if mention.type == .gpe, let places = placesBySentence[mention.sentence] {
                sentence = places + sentence.filter { !places.contains($0) }
            }
            return sentence + documentContext.filter { !sentence.contains($0) }
        }
        // Ambiguous places are resolved by the others, and then count like them.
        let unambiguousContext = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        var resolved = Set<Int>()
        for (position, phrase) in phrases.enumerated() {
            guard let phrase, let match = contextFree[position], !match.placeCountries.isEmpty else { continue }
            let mention = document.entities[position]
            let chosen = coder.match(phrase: phrase, date: date, contextCountries: context(of: mention, document: unambiguousContext))
            contextFree[position] = chosen
            resolved.insert(position)
            guard mention.type == .gpe || mention.type == .norp, let country = chosen?.coded.code.country else { continue }
            counts[country, default: 0] += 1
            note(country, sentence: mention.sentence)
            if mention.type == .gpe, !(placesBySentence[mention.sentence]?.contains(country) ?? false) {
                placesBySentence[mention.sentence, default: []].append(country)
            }
        }
        let documentContext = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        var placeStarting: [Int: [Int: Int]] = [:]
        for (position, mention) in document.entities.enumerated() where mention.type == .gpe {
            placeStarting[mention.sentence, default: [:]][mention.tokens.lowerBound] = position
        }
        var results: [ActorMatch?] = phrases.enumerated().map { position, phrase in
            guard let phrase else { return nil }
            let mention = document.entities[position]
            var context = context(of: mention, document: documentContext)
            // "West Africans ordered out of Nigeria": a group is of the state it comes from.
            if let place = originPlace(of: mention, in: document, placeStarting: placeStarting),
               let origin = contextFree[place]?.coded.code.country {
                context = [origin] + context.filter { $0 != origin }
            } else if contextFree[position]?.isProvisional ?? true,
                      let place = locatedPlace(of: mention, in: document, placeStarting: placeStarting),
                      let located = contextFree[place]?.coded.code.country {
                // "the Ain al-Assad military base in western Iraq": a place named right after a
                // name the base does not know says where it is.
                context = [located] + context.filter { $0 != located }
            }
            let match = contextFree[position].flatMap { $0.isProvisional && !resolved.contains(position) ? nil : $0 }
                ?? coder.match(phrase: phrase, date: date, contextCountries: context)
            return isEthnicGroup(document.entities[position], in: document) ? match.map { residing($0, context: context) } : match
        }
        // Coreference: every mention of a cluster takes the best-linked mention's actor.
        var best: [Int: Int] = [:]
        for (position, mention) in document.entities.enumerated() {
            guard let cluster = mention.cluster, let match = results[position] else { continue }
            if let current = best[cluster], let currentMatch = results[current] {
                if Self.rank(match) > Self.rank(currentMatch) { best[cluster] = position }
            } else {
                best[cluster] = position
            }
        }
        for (position, mention) in document.entities.enumerated() {
            guard let cluster = mention.cluster, let source = best[cluster], source != position, let chosen = results[source] else { continue }
            guard results[position] == nil || Self.rank(chosen) > Self.rank(results[position]!) else { continue }
            // A named country keeps its own code: "Iran" put in one cluster with "Iranian
            // state media" is not the broadcaster.
            if mention.type == .gpe, let own = results[position], !own.isProvisional, chosen.coded.code.isMedia {
                continue
            }
            var shared = chosen
            shared.coded.name = mention.text
            shared.evidence.append("coreferent with \"\(document.entities[source].text)\"")
            results[position] = shared
        }
        return results
    }

    /// Fills `document.actors` with one coded actor per entity mention that names an actor,
    /// after adding mentions of the base's multi-word names that the recognizer missed.
    public func annotate(_ document: inout AnalyzedDocument) throws {
        let finder = KnownNameFinder(knowledgeBase: coder.knowledgeBase)
        let missed = finder.missedMentions(in: document)
        if !missed.isEmpty {
            document.entities = finder.merged(document.entities, with: missed, in: document)
        }
        let found = matches(in: document)
        document.actors = found.enumerated().compactMap { position, match in
            guard var coded = match?.coded else { return nil }
            coded.name = document.entities[position].text
            coded.mention = position
            return coded
        }
    }

    /// Whether a nationality mention names an ethnic group ("ethnic Albanians"): people of one
    /// nation living in another state, which is what the word "ethnic" is used to say.
    func isEthnicGroup(_ mention: EntityMention, in document: AnalyzedDocument) -> Bool {
        guard mention.type == .norp else { return false }
        if mention.text.lowercased().hasPrefix("ethnic ") { return true }
        guard document.sentences.indices.contains(mention.sentence), mention.tokens.lowerBound > 0 else { return false }
        let tokens = document.sentences[mention.sentence].tokens
        guard mention.tokens.lowerBound <= tokens.count else { return false }
        return tokens[mention.tokens.lowerBound - 1].text.lowercased() == "ethnic"
    }

    /// An ethnic group coded in the state it lives in, the first other country of its context
    /// ("ethnic Albanians demonstrated in Serbia": Serbian civilians); kept as it is when the
    /// context names no other country.
    func residing(_ match: ActorMatch, context: [String]) -> ActorMatch {
        guard let own = match.coded.code.country, let home = context.first(where: { $0 != own }) else { return match }
        var group = match
        group.coded.code.country = home
        group.coded.actor = nil
        if group.coded.code.sector == nil || group.coded.code.sector == "GOV" { group.coded.code.sector = "CVL" }
        group.isProvisional = true
        group.evidence.append("ethnic \(own) group living in \(home)")
        return group
    }

    /// Words that name a part of a country ("southern Lebanon", "Western Cambodia").
    static let regionWords: Set<String> = [
        "the", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
        "southwestern", "upper", "lower", "rural", "coastal", "inland", "far",
    ]

    /// Whether a location mention names a part of a country: direction words and then the
    /// name of a country or one of its places ("southern Lebanon"), which puts it in that
    /// country, as a place mention would.
    func isRegionOfCountry(_ text: String) -> Bool {
        let tokens = PhraseTokens(text)
        let hits = coder.scan(tokens)
        guard hits.count == 1, let hit = hits.first, hit.start + hit.length == tokens.count, hit.start > 0,
              hit.targets.contains(where: { ActorCoder.country(of: $0) != nil })
        else { return false }
        return tokens.keys[..<hit.start].allSatisfy(Self.regionWords.contains)
    }

    /// Knowledge-base links outrank provisional actors; then the more complete code.
    static func rank(_ match: ActorMatch) -> Int {
        (match.isProvisional ? 0 : 10) + (match.coded.code.country == nil ? 0 : 2) + (match.coded.code.sector == nil ? 0 : 1)
    }

    /// The mention with its title, and the agent words or backing phrase that follow a
    /// nationality or country ("Iranian state media", "Iran-backed militias").
    func phrase(for mention: EntityMention, in document: AnalyzedDocument) -> String {
        var phrase = mention.text
        if let title = mention.title, !mention.text.contains(title.text), title.range.upperBound <= mention.range.lowerBound {
            phrase = title.text + " " + phrase
        }
        guard mention.type == .norp || mention.type == .gpe else { return phrase }
        let following = Self.followingWords(in: document.text, after: mention.range.upperBound, limit: 5)
        return phrase + continuation(of: phrase, following: following)
    }

    /// The words after a nationality or country that belong to the actor: agent words after a
    /// demonym ("Iranian [state media]", "Hungarian [and Romanian] officials"), or a backing
    /// phrase after any country ("Iran[-backed militias]"). Empty when none.
    public func continuation(of phrase: String, following: [String]) -> String {
        guard let first = following.first else { return "" }
        let tokens = PhraseTokens(phrase)
        guard let lastHit = coder.scan(tokens).last, lastHit.start + lastHit.length == tokens.count else { return "" }
        let firstKey = NameKey.tokens(first).first ?? ""
        let backing = first.hasPrefix("-") || ActorCoder.backingWords.contains(firstKey)
        let isDemonym = lastHit.targets.contains { if case .demonym = $0 { return true } else { return false } }
        let isCountry = lastHit.targets.contains {
            switch $0 {
            case .countryName, .demonym, .capital, .place: return true
            default: return false
            }
        }
        guard (backing && isCountry) || isDemonym else { return "" }
        var words = following
        // "Hungarian and Romanian officials": the officials are Hungarian too. The conjoined
        // nationality is dropped from the phrase: its words would be read as a second country.
        if !backing, words.count >= 3, words[0] == "and" || words[0] == "or" {
            words.removeFirst(2)
        }
        var best = ""
        var taken: [String] = []
        for word in words.prefix(3) {
            taken.append(word)
            let candidate = taken.joined(separator: " ")
            let tokens = PhraseTokens(candidate)
            let hits = coder.scan(tokens)
            if let last = hits.last, last.start + last.length == tokens.count,
               last.targets.contains(where: { if case .agent(let sector) = $0 { return sector != "UNK" } else { return false } }) {
                best = candidate
            }
        }
        guard !best.isEmpty else { return "" }
        return best.hasPrefix("-") ? best : " " + best
    }

    /// The countries a text names (by name, demonym, capital or place, in order of first
    /// mention; then those of the actors it names): the context that places generic groups
    /// ("rebels") in a sentence.
    public func countriesMentioned(in text: String, date: CivilDate?) -> [String] {
        let tokens = PhraseTokens(text)
        var countries: [String] = []
        for hit in coder.scan(tokens) {
            for target in hit.targets {
                switch target {
                case .countryName(let iso), .demonym(let iso), .capital(let iso), .place(let iso):
                    if !countries.contains(iso) { countries.append(iso) }
                default:
                    continue
                }
                break  // one country per hit: the first target that names one
            }
        }
        // Then the countries of the actors the base knows by name ("Egyptian police"), as the
        // annotator's own context has them.
        for hit in coder.scan(tokens) {
            for case .actor(let id) in hit.targets {
                if let iso = coder.knowledgeBase.country(of: id), !countries.contains(iso) { countries.append(iso) }
                break
            }
        }
        return countries
    }

    /// Up to `limit` words after a byte offset, stopping at punctuation that ends a phrase.
    static func followingWords(in text: String, after offset: Int, limit: Int) -> [String] {
        // Read the string's own UTF-8 view from the offset: this runs once per mention, and
        // copying the whole text each time made it quadratic in the report's length.
        let utf8 = text.utf8
        guard offset >= 0, offset < utf8.count else { return [] }
        var words: [String] = []
        var current: [UInt8] = []
        scan: for byte in utf8[utf8.index(utf8.startIndex, offsetBy: offset)...] {
            guard words.count < limit else { break }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"):
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current = [] }
            case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("),
                 UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "?"), UInt8(ascii: "!"):
                break scan
            default:
                current.append(byte)
            }
        }
        if !current.isEmpty && words.count < limit { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}
