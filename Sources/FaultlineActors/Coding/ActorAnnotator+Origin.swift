import FaultlineCore

extension ActorAnnotator {
    /// Words that open an origin phrase: "from Syria", "out of Nigeria".
    static let originMarkers: [[String]] = [["from"], ["out", "of"]]

    /// Words that may stand between a group of people and its origin phrase: a relative
    /// pronoun and auxiliaries ("who had fled from"), besides participles and adverbs.
    static let originLinkWords: Set<String> = [
        "who", "that", "had", "have", "has", "was", "were", "been", "being", "are", "is", "recently", "reportedly",
    ]

    /// How many words may stand between a group and its origin phrase.
    static let originGap = 4

    /// The index of the place mention that names where a group of people comes from: a "from
    /// X" or "out of X" phrase right after the group, directly or through a participle ("West
    /// Africans ordered out of Nigeria", "Asians who had fled from Uganda"); `nil` when none.
    ///
    /// A group the base gives no country of its own ("West Africans", "Asians") is of the
    /// state it comes from, not of the one the sentence names first: they are its people.
    func originPlace(of mention: EntityMention, in document: AnalyzedDocument, placeStarting: [Int: [Int: Int]]) -> Int? {
        guard mention.type == .norp, document.sentences.indices.contains(mention.sentence) else { return nil }
        let tokens = document.sentences[mention.sentence].tokens
        var position = mention.tokens.upperBound
        var skipped = 0
        while position < tokens.count {
            let word = tokens[position].text.lowercased()
            for marker in Self.originMarkers where position + marker.count < tokens.count {
                let matches = marker.indices.allSatisfy { tokens[position + $0].text.lowercased() == marker[$0] }
                guard matches else { continue }
                var start = position + marker.count
                if tokens[start].text.lowercased() == "the", start + 1 < tokens.count { start += 1 }
                return placeStarting[mention.sentence]?[start]
            }
            guard skipped < Self.originGap, Self.linksToOrigin(tokens[position], word: word) else { return nil }
            skipped += 1
            position += 1
        }
        return nil
    }

    /// Words that may stand between "in" and the place it names ("in western Iraq").
    static let placeQualifiers: Set<String> = [
        "the", "western", "eastern", "northern", "southern", "central", "north", "south", "east", "west",
        "northwestern", "northeastern", "southwestern", "southeastern", "northwest", "northeast", "southwest", "southeast",
    ]

    /// How many common nouns or adjectives may follow a name before its place phrase
    /// ("Ain al-Assad military base in ...").
    static let placeGap = 3

    /// The index of the place mention an "in" phrase right after a name places it in ("the
    /// Ain al-Assad military base in western Iraq"), through a few lowercase words; `nil`
    /// when none. A name the base does not know lies in that place's country.
    func locatedPlace(of mention: EntityMention, in document: AnalyzedDocument, placeStarting: [Int: [Int: Int]]) -> Int? {
        guard mention.type == .organization || mention.type == .facility,
              document.sentences.indices.contains(mention.sentence) else { return nil }
        let tokens = document.sentences[mention.sentence].tokens
        var position = mention.tokens.upperBound
        var skipped = 0
        while position < tokens.count, tokens[position].text != "in" {
            let tag = tokens[position].xpos
            // Untagged text: a lowercase word.
            let describes = tag.isEmpty ? tokens[position].text.utf8.first.map { $0 >= 97 && $0 <= 122 } ?? false
                : tag == "NN" || tag == "NNS" || tag == "JJ"
            guard skipped < Self.placeGap, describes else { return nil }
            skipped += 1
            position += 1
        }
        position += 1
        var qualifiers = 0
        while position < tokens.count, qualifiers < 2, Self.placeQualifiers.contains(tokens[position].text.lowercased()) {
            position += 1
            qualifiers += 1
        }
        return placeStarting[mention.sentence]?[position]
    }

    /// Whether a word may stand between a group and its origin phrase: a participle or past
    /// form ("ordered", "driven", "fleeing"), an adverb, a relative pronoun or an auxiliary.
    /// Untagged text is judged by the word's ending.
    static func linksToOrigin(_ token: Token, word: String) -> Bool {
        if originLinkWords.contains(word) { return true }
        switch token.xpos {
        case "VBN", "VBD", "VBG", "RB": return true
        case "": return word.count > 3 && (word.hasSuffix("ed") || word.hasSuffix("en") || word.hasSuffix("ing") || word.hasSuffix("ly"))
        default: return false
        }
    }
}
