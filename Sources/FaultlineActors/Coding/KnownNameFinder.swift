import FaultlineCore

/// Finds the knowledge base's multi-word actor and place names that the recognizer missed
/// ("the Coordination Framework", "Popular Mobilization Forces", "the Ivory Coast"), by longest
/// match over the tokens outside existing mentions.
///
/// One-word names are left to the recognizer: alone they are too often ordinary words.
struct KnownNameFinder: Sendable {
    let knowledgeBase: KnowledgeBase

    /// Mentions for the known names found, typed by the actor's kind.
    func missedMentions(in document: AnalyzedDocument) -> [EntityMention] {
        var found: [EntityMention] = []
        let maxTokens = knowledgeBase.index.maxTokens
        // Tokens inside existing mentions, per sentence, in one pass over the mentions.
        var coveredBySentence = document.sentences.map { [Bool](repeating: false, count: $0.tokens.count) }
        for mention in document.entities where coveredBySentence.indices.contains(mention.sentence) {
            for position in mention.tokens where position < coveredBySentence[mention.sentence].count {
                coveredBySentence[mention.sentence][position] = true
            }
        }
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            let tokens = sentence.tokens
            let covered = coveredBySentence[sentenceIndex]
            // Name keys only of the words a candidate span reaches (most words are never in one).
            var keys = [[String]?](repeating: nil, count: tokens.count)
            func nameKey(_ index: Int) -> [String] {
                if let known = keys[index] { return known }
                let computed = NameKey.tokens(tokens[index].text)
                keys[index] = computed
                return computed
            }
            var start = 0
            while start < tokens.count {
                guard !covered[start], Self.startsUppercase(tokens[start].text) else { start += 1; continue }
                var matched: (length: Int, type: EntityType)?
                var length = min(maxTokens, tokens.count - start)
                while length >= 2, matched == nil {
                    let span = start..<(start + length)
                    // A name ends on a capitalised word and crosses no existing mention.
                    if Self.startsUppercase(tokens[span.upperBound - 1].text), !span.contains(where: { covered[$0] }) {
                        let key = span.flatMap { nameKey($0) }.joined(separator: " ")
                        for target in knowledgeBase.index.lookup(key) {
                            if let type = mentionType(of: target) { matched = (length, type); break }
                        }
                    }
                    length -= 1
                }
                guard let matched else { start += 1; continue }
                let span = start..<(start + matched.length)
                let range = tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound - 1].range.upperBound
                found.append(EntityMention(
                    sentence: sentenceIndex, tokens: span, range: range, text: document.substring(range),
                    type: matched.type))
                start = span.upperBound
            }
        }
        return found
    }

    /// The entity type a known name gets: people and organisations by their kind; countries,
    /// capitals and places ("Ivory Coast", "Saudi Arabia", "West Bank") are places.
    private func mentionType(of target: NameTarget) -> EntityType? {
        switch target {
        case .actor(let id):
            guard let actor = knowledgeBase.actors[id] else { return nil }
            return actor.kind == .person ? .person : .organization
        case .countryName, .capital, .place:
            return .gpe
        case .surname, .demonym, .agent:
            return nil
        }
    }
}

extension KnownNameFinder {
    /// Whether the first character of `text` is uppercase. A first byte that is ASCII and not
    /// followed by a combining mark (or a line feed after a carriage return) is the whole first
    /// character: it is answered from the byte, without the Unicode property lookup.
    static func startsUppercase(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80, first != 0x0D, (bytes.next() ?? 0) < 0x80 { return first >= 0x41 && first <= 0x5A }
        return text.first?.isUppercase == true
    }
}
