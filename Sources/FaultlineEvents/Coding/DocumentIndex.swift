import FaultlineCore

/// Where each coded actor sits in the document: per token, per coreference cluster and in
/// reading order, for resolving subjects, objects and pronouns.
struct DocumentIndex {
    /// Per sentence, per token: the index in `document.actors`, or -1.
    var actorAt: [[Int32]]
    /// Per sentence, per token: the index in `document.entities`, or -1.
    var entityAt: [[Int32]]
    /// For each coreference cluster, the first actor whose mention is in it.
    var clusterActor: [Int: Int]
    /// Actors in reading order: (sentence, first token, actor index, entity type).
    var ordered: [(sentence: Int, token: Int, actor: Int, type: EntityType?)]
    /// Per sentence: the separator token that ends a dateline ("ERBIL, Kurdistan Region -",
    /// "Dubai:"), or -1. The words before it say where the report was filed, not who acts.
    var datelineEnd: [Int]

    init(_ document: AnalyzedDocument) {
        actorAt = document.sentences.map { Array(repeating: -1, count: $0.tokens.count) }
        entityAt = actorAt
        clusterActor = [:]
        ordered = []
        datelineEnd = document.sentences.map { _ in -1 }
        for (index, entity) in document.entities.enumerated() where entity.sentence < entityAt.count {
            for token in entity.tokens where token >= 0 && token < entityAt[entity.sentence].count {
                entityAt[entity.sentence][token] = Int32(index)
            }
        }
        for (index, actor) in document.actors.enumerated() {
            guard let mention = actor.mention, mention >= 0, mention < document.entities.count else { continue }
            let entity = document.entities[mention]
            guard entity.sentence < actorAt.count else { continue }
            for token in entity.tokens where token >= 0 && token < actorAt[entity.sentence].count {
                actorAt[entity.sentence][token] = Int32(index)
            }
            if let cluster = entity.cluster, clusterActor[cluster] == nil, !entity.isNominal {
                clusterActor[cluster] = index
            }
            ordered.append((entity.sentence, entity.tokens.lowerBound, index, entity.type))
        }
        ordered.sort { ($0.sentence, $0.token) < ($1.sentence, $1.token) }
        // Nominal mentions without an actor of their own take their cluster's actor.
        for (index, entity) in document.entities.enumerated() {
            guard let cluster = entity.cluster, let actor = clusterActor[cluster], entity.sentence < actorAt.count else { continue }
            for token in entity.tokens where token >= 0 && token < actorAt[entity.sentence].count
                && actorAt[entity.sentence][token] < 0 {
                actorAt[entity.sentence][token] = Int32(actor)
            }
            _ = index
        }
        for sentence in document.sentences.indices {
            let end = Self.datelineSeparator(document.sentences[sentence].tokens, entityAt: entityAt[sentence])
            datelineEnd[sentence] = end
            for token in 0..<max(end, 0) { actorAt[sentence][token] = -1 }
        }
        // Nor is a dateline a pronoun's antecedent, nor the country in a person's title ("US
        // President Joe Biden ... hailing it": "it" is not the US).
        let datelines = datelineEnd
        var inTitles = Set<Int>()
        for (index, entity) in document.entities.enumerated() where entity.type == .person {
            guard let title = entity.title else { continue }
            let sentence = entityAt.indices.contains(entity.sentence) ? entityAt[entity.sentence] : []
            let tokens = document.sentences.indices.contains(entity.sentence) ? document.sentences[entity.sentence].tokens : []
            for token in tokens.indices where sentence.indices.contains(token) && sentence[token] >= 0 && Int(sentence[token]) != index
                && document.entities[Int(sentence[token])].type == .gpe {
                let range = tokens[token].range
                if range.lowerBound >= title.range.lowerBound, range.upperBound <= title.range.upperBound {
                    inTitles.insert(Int(sentence[token]))
                }
            }
        }
        ordered.removeAll { entry in
            entry.token < datelines[entry.sentence]
                || document.actors[entry.actor].mention.map { inTitles.contains($0) } ?? false
        }
    }

    /// Longest dateline: at most this many words before the separator.
    static let datelineLength = 8

    /// Separators that close a dateline.
    static let datelineSeparators: Set<String> = [":", "-", "–", "—", "/"]

    /// The separator ending a dateline at the start of a sentence, or -1: a few proper names,
    /// numbers, brackets and commas, at least one of them a named place or organisation
    /// ("ERBIL, Kurdistan Region -", "Dubai:", "Shafaq News/", "BAGHDAD, Jan 5 (Reuters) -"),
    /// followed by a separator and more words. A hyphen only counts when spaced
    /// ("Iran-backed" is a word).
    static func datelineSeparator(_ tokens: [Token], entityAt: [Int32]) -> Int {
        var sawName = false
        for position in tokens.indices.prefix(datelineLength + 1) {
            let token = tokens[position]
            if datelineSeparators.contains(token.text) {
                guard sawName, position + 1 < tokens.count else { return -1 }
                if token.text == "-" || token.text == "/" {
                    // "Iran-backed", "and/or": a separator stands apart from the words before it.
                    guard position > 0, tokens[position - 1].range.upperBound < token.range.lowerBound
                        || token.text == "/" && tokens[position + 1].range.lowerBound > token.range.upperBound
                    else { return -1 }
                }
                return position
            }
            // "BAGHDAD, Jan 5 (Reuters) -": commas, numbers and an outlet in brackets belong to it.
            if token.text == "," || token.text == "(" || token.text == ")" || token.upos == "NUM" { continue }
            let named = entityAt[position] >= 0
            guard named || token.upos == "PROPN" else { return -1 }
            if named { sawName = true }
        }
        return -1
    }

    /// The nearest actor before (sentence, token) whose type fits a pronoun.
    func antecedent(sentence: Int, token: Int, person: Bool?, maxSentencesBack: Int = 3) -> Int? {
        var low = 0
        var high = ordered.count
        while low < high {
            let mid = (low + high) / 2
            if (ordered[mid].sentence, ordered[mid].token) < (sentence, token) { low = mid + 1 } else { high = mid }
        }
        var index = low - 1
        while index >= 0 {
            let candidate = ordered[index]
            if sentence - candidate.sentence > maxSentencesBack { return nil }
            if let person, let type = candidate.type {
                if person == (type == .person) { return candidate.actor }
            } else {
                return candidate.actor
            }
            index -= 1
        }
        return nil
    }
}
