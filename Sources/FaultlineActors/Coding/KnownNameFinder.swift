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
            let tokens = document.sentences[mention.sentence].tokens
            // "gave the Ivory Coast 5.1 million dollars" tagged MONEY from "Coast": the words
            // before an amount's first number stay open to a known name.
            let leadingWords = Self.leadingWords(of: mention, tokens: tokens)
            for position in mention.tokens.dropFirst(leadingWords) where position < coveredBySentence[mention.sentence].count {
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

    /// Types of amounts, which begin with a number or a currency, never with a name.
    static let amountTypes: Set<EntityType> = [.money, .cardinal, .quantity, .percent]

    /// Number words that may open an amount with a capital letter ("Five hundred").
    static let numberWords: Set<String> = [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
        "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "dozen", "dozens",
        "half", "some", "about", "around", "nearly", "almost", "over", "more", "less", "fewer", "up", "at", "us",
    ]

    /// How many capitalised words open an amount mention before its number: words the
    /// recognizer took from a name before it. Zero for every other mention.
    static func leadingWords(of mention: EntityMention, tokens: [Token]) -> Int {
        guard amountTypes.contains(mention.type) else { return 0 }
        var count = 0
        for position in mention.tokens where position < tokens.count {
            let text = tokens[position].text
            guard text.first?.isUppercase == true, !text.contains(where: \.isNumber),
                  !numberWords.contains(text.lowercased()), text.contains(where: \.isLetter)
            else { break }
            count += 1
        }
        // All words and no number: not an amount the recognizer stretched.
        return count < mention.tokens.count ? count : 0
    }

    /// The mentions with every amount that a found name overlaps cut to begin after it
    /// (dropped when nothing is left), and the found names added, in text order.
    func merged(_ mentions: [EntityMention], with found: [EntityMention], in document: AnalyzedDocument) -> [EntityMention] {
        var kept: [EntityMention] = []
        for var mention in mentions {
            if Self.amountTypes.contains(mention.type),
               let name = found.first(where: { $0.sentence == mention.sentence && $0.tokens.overlaps(mention.tokens) }) {
                guard name.tokens.upperBound < mention.tokens.upperBound else { continue }
                let tokens = document.sentences[mention.sentence].tokens
                mention.tokens = name.tokens.upperBound..<mention.tokens.upperBound
                mention.range = tokens[mention.tokens.lowerBound].range.lowerBound..<mention.range.upperBound
                mention.text = document.substring(mention.range)
            }
            kept.append(mention)
        }
        return (kept + found).sorted { ($0.sentence, $0.tokens.lowerBound) < ($1.sentence, $1.tokens.lowerBound) }
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
