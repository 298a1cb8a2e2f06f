import FaultlineCore

/// Links mentions of one entity within a document and numbers the clusters.
///
/// Named mentions are read in order; each joins the most recent earlier cluster it is
/// compatible with, by these rules, else starts its own:
/// - the same name ("the United Nations" / "United Nations"; case, articles, possessives,
///   diacritics and apostrophes do not matter);
/// - the same country: its name, its demonym ("Iranian state media") and its capital or seat of
///   government when used as an agent ("Tehran launched", "Washington's allies");
/// - an acronym and its expansion, in either order ("Korean Central News Agency" / "KCNA");
/// - a part of a person's name, usually the surname ("Qaani" → "Esmail Qaani"), also when the
///   full name comes later, and transliteration variants of it ("Qa'ani", "Ghaani").
/// Compatibility never rests on one predicted type alone: a person cluster is one that holds a
/// PERSON mention or a title, and a mention mistyped by the recognizer still joins it by name.
/// Then nominal references ("the commander") are added as mentions of the most recent person
/// whose title has that role.
public struct CoreferenceResolver: Sendable {
    let gazetteer: Gazetteer

    /// A resolver over the standard gazetteer.
    public init(gazetteer: Gazetteer = .standard) {
        self.gazetteer = gazetteer
    }

    /// Types whose mentions are names that take part in coreference.
    static let namedTypes: Set<EntityType> = [
        .person, .norp, .organization, .gpe, .facility, .location, .product, .event, .workOfArt, .law, .language,
    ]

    /// Verbs and auxiliaries that make a capital the subject of an action ("Tehran launched").
    static let agentVerbs: Set<String> = [
        "said", "says", "say", "has", "have", "had", "is", "was", "will", "would", "could", "can", "may", "might",
        "must", "should", "launched", "launches", "warned", "warns", "urged", "urges", "accused", "accuses",
        "denied", "denies", "rejected", "rejects", "announced", "announces", "condemned", "condemns", "called",
        "calls", "wants", "wanted", "insists", "insisted", "sent", "sends", "imposed", "imposes", "demanded",
        "demands", "responded", "responds", "threatened", "threatens", "agreed", "agrees", "signed", "signs",
        "backed", "backs", "supports", "supported", "refused", "refuses", "pressed", "presses", "pushed", "pushes",
        "struck", "strikes", "sought", "seeks", "blamed", "blames", "summoned", "summons", "approved", "approves",
        "expelled", "expels", "recalled", "recalls", "vowed", "vows", "hopes", "hoped", "fears", "feared",
        "believes", "believed", "claims", "claimed", "considers", "considered", "plans", "planned", "did", "does",
        "also", "stepped", "moved", "moves", "move", "tried", "tries", "hit", "ordered", "orders", "vows",
        "seeks", "pledged", "pledges", "welcomed", "welcomes", "criticized", "criticised", "criticizes",
        "praised", "praises", "confirmed", "confirms", "dismissed", "dismisses", "insists", "hosted", "hosts",
        "reiterated", "stressed", "stresses", "declared", "declares", "objected", "protested", "retaliated",
        "escalated", "offered", "offers", "proposed", "proposes", "suspended", "suspends", "halted", "halts",
        "froze", "freezes", "deployed", "deploys", "dispatched", "dispatches", "reached", "reaches", "took",
        "takes", "gave", "gives", "made", "makes", "got", "gets", "faces", "faced", "lost", "loses", "won", "wins",
    ]

    private struct Cluster {
        var id: Int
        var fullKeys: Set<String> = []
        var acronyms: Set<String> = []
        /// Keys of the words of multi-word person names (surname and given names).
        var nameTokens: Set<String> = []
        var lastTokens: Set<String> = []
        var skeletons: Set<String> = []
        var country: String? = nil
        var isPerson = false
        var roles: [String] = []
        var lastSentence = 0
    }

    /// Sets ``EntityMention/cluster`` on every named mention and appends nominal mentions
    /// ("the commander") linked to their person. Mentions of numeric types get no cluster.
    public func resolve(_ mentions: inout [EntityMention], sentences: [Sentence]) {
        let order = mentions.indices.sorted {
            (mentions[$0].sentence, mentions[$0].tokens.lowerBound) < (mentions[$1].sentence, mentions[$1].tokens.lowerBound)
        }
        var clusters: [Cluster] = []
        var parent: [Int] = []
        for index in order {
            let mention = mentions[index]
            guard CoreferenceResolver.namedTypes.contains(mention.type), !mention.isNominal else {
                mentions[index].cluster = nil
                continue
            }
            let tokens = sentences[mention.sentence].tokens
            let words = NameKey.words(tokens[mention.tokens].map(\.text))
            let full = NameKey.full(words)
            guard !full.isEmpty else { continue }
            let country = self.country(of: mention, words: words, tokens: tokens)
            let isPerson = mention.type == .person || mention.title != nil
            let name = MentionName(words: words, full: full)
            let candidates = clusters.indices.reversed().filter { candidate in
                compatible(clusters[candidate], name: name, country: country, isPerson: isPerson, type: mention.type)
            }
            let target = candidates.first
            // The same full name is the same entity: clusters that the recognizer's types kept
            // apart ("Andy Warhol" once as a work, once as a person) are merged.
            for other in candidates.dropFirst() where clusters[other].fullKeys.contains(full) {
                union(other, target!, &parent)
            }
            // Updated in place: a copy taken out of `clusters` would copy its sets on every insert.
            func absorb(into cluster: inout Cluster) {
                cluster.fullKeys.insert(full)
                if let acronym = name.acronym { cluster.acronyms.insert(acronym) }
                if let acronym = name.asAcronym { cluster.acronyms.insert(acronym) }
                if let country { cluster.country = country }
                if isPerson { cluster.isPerson = true }
                // Only names typed as people (or titled) teach a cluster its name words, so that a
                // mistyped span ("Warhol Polaroid") cannot pull other names in.
                if isPerson, country == nil {
                    let keys = words.map(NameKey.token).filter { $0.count >= 2 }
                    cluster.nameTokens.formUnion(keys)
                    if let last = keys.last { cluster.lastTokens.insert(last) }
                    for key in keys where key.count >= 4 { cluster.skeletons.insert(NameKey.skeleton(key)) }
                }
                if let role = mention.title?.role { cluster.roles.append(role.lowercased()) }
                cluster.lastSentence = mention.sentence
            }
            if let target {
                absorb(into: &clusters[target])
                mentions[index].cluster = clusters[target].id
            } else {
                var cluster = Cluster(id: clusters.count)
                absorb(into: &cluster)
                clusters.append(cluster)
                parent.append(cluster.id)
                mentions[index].cluster = cluster.id
            }
        }
        // Number the merged clusters 0, 1, 2... in order of first mention.
        var numbers: [Int: Int] = [:]
        for index in order {
            guard let cluster = mentions[index].cluster else { continue }
            let root = find(cluster, &parent)
            if numbers[root] == nil { numbers[root] = numbers.count }
            mentions[index].cluster = numbers[root]
        }
        addNominals(&mentions, sentences: sentences)
    }

    private func find(_ cluster: Int, _ parent: inout [Int]) -> Int {
        var root = cluster
        while parent[root] != root { root = parent[root] }
        var current = cluster
        while parent[current] != root {
            let next = parent[current]
            parent[current] = root
            current = next
        }
        return root
    }

    private func union(_ first: Int, _ second: Int, _ parent: inout [Int]) {
        let a = find(first, &parent)
        let b = find(second, &parent)
        if a != b { parent[max(a, b)] = min(a, b) }
    }

    /// What the cluster tests read of a mention's name, computed once per mention rather than
    /// once per cluster it is compared with.
    private struct MentionName {
        let words: [String]
        let full: String
        /// The initials of a multi-word name ("Islamic Revolutionary Guard Corps" → "irgc").
        let acronym: String?
        /// The key of a one-word name written as an acronym ("IRGC").
        let asAcronym: String?
        /// The keys of the name's words.
        let keys: [String]
        /// The consonant skeleton of a one-word name of four letters or more.
        let singleSkeleton: String?
        /// The consonant skeleton of the last word, when it has four letters or more.
        let lastSkeleton: String?

        init(words: [String], full: String) {
            self.words = words
            self.full = full
            acronym = NameKey.acronym(words)
            asAcronym = words.count == 1 && NameKey.isAcronym(words[0]) ? NameKey.token(words[0]) : nil
            keys = words.map(NameKey.token).filter { !$0.isEmpty }
            singleSkeleton = keys.count == 1 && keys[0].count >= 4 ? NameKey.skeleton(keys[0]) : nil
            lastSkeleton = keys.last.flatMap { $0.count >= 4 ? NameKey.skeleton($0) : nil }
        }
    }

    private func compatible(
        _ cluster: Cluster, name: MentionName, country: String?, isPerson: Bool, type: EntityType
    ) -> Bool {
        let full = name.full
        if let country { return cluster.country == country }
        if cluster.country != nil { return cluster.fullKeys.contains(full) }
        if cluster.fullKeys.contains(full) { return true }
        // Acronyms, either way round.
        if let asAcronym = name.asAcronym, cluster.acronyms.contains(asAcronym) { return true }
        if let acronym = name.acronym, cluster.fullKeys.contains(acronym),
           cluster.acronyms.contains(acronym) || cluster.fullKeys.count == 1 && !cluster.isPerson {
            return true
        }
        // Parts of person names. A mention that is itself typed as something other than a
        // person still joins a person cluster when all its words are that person's name words.
        let keys = name.keys
        guard !keys.isEmpty, keys.count <= 3 else { return false }
        if cluster.isPerson {
            if keys.allSatisfy({ cluster.nameTokens.contains($0) }), let last = keys.last,
               cluster.lastTokens.contains(last) || keys.count >= 2 {
                return true
            }
            if let skeleton = name.singleSkeleton, cluster.skeletons.contains(skeleton) {
                return true
            }
        }
        // A surname typed as a person joins a two- to four-word name that the recognizer
        // typed otherwise ("Esmail Qaani" as ORG, then "Qaani").
        if type == .person, keys.count == 1, !cluster.isPerson {
            for known in cluster.fullKeys {
                let parts = known.split(separator: " ")
                if parts.count >= 2, parts.count <= 4, parts.last.map(String.init) == keys[0] { return true }
            }
        }
        // A full name after its surname alone ("Qaani ... Esmail Qaani").
        if isPerson || type == .person, keys.count >= 2, let last = keys.last {
            for known in cluster.fullKeys where !known.contains(" ") {
                if known == last || (name.lastSkeleton != nil && NameKey.skeleton(known) == name.lastSkeleton) {
                    return cluster.isPerson || cluster.fullKeys.count == 1
                }
            }
        }
        return false
    }

    /// The country a mention stands for: a country name or demonym, or a capital or seat of
    /// government used as an agent (followed by a verb or a possessive).
    private func country(of mention: EntityMention, words: [String], tokens: [Token]) -> String? {
        guard mention.type != .language, let entry = gazetteer.lookup(words.joined(separator: " ")) else { return nil }
        switch entry.category {
        case .country: return entry.country
        case .demonym:
            // "Afghans" are people; "Afghan" (officials, media) stands for the country.
            if let last = words.last, last.hasSuffix("s"), gazetteer.lookup(String(last.dropLast()))?.category == .demonym {
                return nil
            }
            return entry.country
        case .capital, .seat:
            let after = mention.tokens.upperBound
            if tokens[mention.tokens.upperBound - 1].text.hasSuffix("'s") { return entry.country }
            guard after < tokens.count else { return nil }
            let next = tokens[after]
            if next.text == "'s" || next.text == "’s" { return entry.country }
            if next.xpos.hasPrefix("VB") || next.xpos == "MD" { return entry.country }
            return CoreferenceResolver.agentVerbs.contains(next.text.lowercased()) && next.xpos.isEmpty ? entry.country : nil
        }
    }

    /// "the commander": a definite role noun, not followed by a name, linked to the most recent
    /// person (within five sentences) whose title has that role noun.
    private func addNominals(_ mentions: inout [EntityMention], sentences: [Sentence]) {
        // The type of the mention covering each token (the last one listed), by sentence.
        var covered = sentences.map { [EntityType?](repeating: nil, count: $0.tokens.count) }
        for mention in mentions {
            for token in mention.tokens where covered[mention.sentence].indices.contains(token) {
                covered[mention.sentence][token] = mention.type
            }
        }
        // Role heads by cluster, with the sentence of the cluster's mentions, in document order.
        var people: [(sentence: Int, cluster: Int, roleWords: Set<String>)] = []
        for mention in mentions {
            guard let cluster = mention.cluster, let role = mention.title?.role else { continue }
            let words = Set(role.lowercased().split(separator: " ").map(String.init))
            people.append((mention.sentence, cluster, words))
        }
        // Every person mention of a titled cluster carries the cluster's latest role words.
        var latestRoleWords: [Int: Set<String>] = [:]
        for person in people { latestRoleWords[person.cluster] = person.roleWords }
        for mention in mentions where mention.type == .person {
            if let cluster = mention.cluster, let roleWords = latestRoleWords[cluster] {
                people.append((mention.sentence, cluster, roleWords))
            }
        }
        people.sort { $0.sentence < $1.sentence }
        var added: [EntityMention] = []
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let tokens = sentence.tokens
            var index = 0
            while index + 1 < tokens.count {
                defer { index += 1 }
                guard tokens[index].text.utf8.count == 3, tokens[index].text.lowercased() == "the",
                      covered[sentenceIndex][index + 1] == nil || covered[sentenceIndex][index + 1] == .norp
                else { continue }
                var head = index + 1
                // "the commander", "the Iraqi prime minister", "the influential cleric".
                while head < tokens.count, !RoleLexicon.roles.contains(RoleLexicon.key(tokens[head].text)),
                      RoleLexicon.modifiers.contains(RoleLexicon.key(tokens[head].text))
                        || RoleLexicon.officeWords.contains(RoleLexicon.key(tokens[head].text))
                        || gazetteer.lookup(tokens[head].text)?.category == .demonym {
                    head += 1
                }
                // "prime minister": the role noun may be followed by another ("chief executive").
                while head + 1 < tokens.count, RoleLexicon.roles.contains(RoleLexicon.key(tokens[head + 1].text)),
                      tokens[head + 1].text.first?.isLowercase ?? false {
                    head += 1
                }
                guard head < tokens.count, head - index <= 4 else { continue }
                let key = RoleLexicon.key(tokens[head].text)
                guard RoleLexicon.roles.contains(key), tokens[head].text.first?.isLowercase ?? false else { continue }
                // A name right after the role makes it a title, not a reference.
                if head + 1 < tokens.count, covered[sentenceIndex][head + 1] != nil,
                   tokens[head + 1].text.first?.isUppercase ?? false {
                    continue
                }
                guard let antecedent = people.last(where: {
                    $0.sentence <= sentenceIndex && sentenceIndex - $0.sentence <= 5 && $0.roleWords.contains(key)
                }) else { continue }
                let range = tokens[index].range.lowerBound..<tokens[head].range.upperBound
                added.append(EntityMention(
                    sentence: sentenceIndex, tokens: index..<(head + 1), range: range,
                    text: tokens[index...head].map(\.text).joined(separator: " "), type: .person,
                    cluster: antecedent.cluster, isNominal: true))
            }
        }
        mentions.append(contentsOf: added)
        mentions.sort { ($0.sentence, $0.tokens.lowerBound) < ($1.sentence, $1.tokens.lowerBound) }
    }
}
