import FaultlineCore

/// Finds the title that qualifies a person: the words before the name ("Quds Force commander
/// Brig. Gen. Esmail Qaani", "Iraqi Prime Minister Mohammed Shia al-Sudani", "influential cleric
/// Muqtada al-Sadr") or an apposition after it ("Hassan Nasrallah, the leader of Hezbollah,").
///
/// The rules read tokens and the lexicon of ``RoleLexicon``: a title must hold a rank or a role
/// noun; rank words next to the name form the rank; the role noun with the office words around it
/// ("Prime Minister", "Secretary of State") forms the role; the names before it (or after "of" in
/// an apposition) form the organisation. Demonyms and country names become the country's name.
public struct TitleFinder: Sendable {
    let gazetteer: Gazetteer

    /// A finder over the standard gazetteer.
    public init(gazetteer: Gazetteer = .standard) {
        self.gazetteer = gazetteer
    }

    private static let stopWords: Set<String> = ["the", "a", "an", "this", "that", "these", "those"]
    private static let joiners: Set<String> = ["of", "for", "at", "in", "to", "'s", "’s", "and", "&"]

    /// The title of the person mention at `tokens` in a sentence, if one is stated next to it.
    /// `mentionAt` gives, per token, the type of the entity mention covering it (or `nil`).
    public func title(
        for span: Range<Int>, in sentence: Sentence, mentionAt: [EntityType?], text: (Range<Int>) -> String
    ) -> Title? {
        preceding(span, sentence, mentionAt, text) ?? apposition(span, sentence, mentionAt, text)
    }

    private enum Kind { case rank, role, office, modifier, name, joiner }

    private func isUpper(_ word: String) -> Bool { word.first?.isUppercase ?? false }

    /// What a token can be inside a title, or `nil` when it ends one.
    private func kind(_ index: Int, _ tokens: [Token], _ mentionAt: [EntityType?]) -> Kind? {
        let word = tokens[index].text
        let key = RoleLexicon.key(word)
        if let type = mentionAt[index] {
            switch type {
            case .person, .date, .time, .money, .percent, .quantity, .cardinal: return nil
            case .ordinal: return .modifier
            default: return .name
            }
        }
        if RoleLexicon.honorifics.contains(key) { return nil }
        if RoleLexicon.ranks.contains(key) && (word.first?.isUppercase ?? false || word.hasSuffix(".")) { return .rank }
        if RoleLexicon.roles.contains(key) { return .role }
        if RoleLexicon.officeWords.contains(key) { return .office }
        if RoleLexicon.modifiers.contains(key) { return .modifier }
        if key == "'s" || key == "’s" || key == "of" { return .joiner }
        if gazetteer.lookup(word) != nil { return .name }
        if let first = word.unicodeScalars.first, first.properties.isUppercase, index > 0 { return .name }
        return nil
    }

    /// "US Secretary of State Marco Rubio": the title words right before the name.
    private func preceding(
        _ span: Range<Int>, _ sentence: Sentence, _ mentionAt: [EntityType?], _ text: (Range<Int>) -> String
    ) -> Title? {
        let tokens = sentence.tokens
        var start = span.lowerBound
        var kinds: [Kind] = []
        while start > 0, kinds.count < 10, let kind = kind(start - 1, tokens, mentionAt) {
            kinds.insert(kind, at: 0)
            start -= 1
        }
        // Leading joiners and names that no role follows are not part of the title.
        while let first = kinds.first, first == .joiner {
            kinds.removeFirst()
            start += 1
        }
        guard kinds.contains(where: { $0 == .rank || $0 == .role }) else { return nil }
        let phrase = Array(start..<span.lowerBound)
        // The rank: rank words next to the name.
        var rankStart = phrase.count
        while rankStart > 0, kinds[rankStart - 1] == .rank { rankStart -= 1 }
        // A rank word with no other title word before it may still be a role ("General" alone).
        var roleEnd = rankStart
        let roleHead = (0..<roleEnd).last { kinds[$0] == .role }
        var role: String? = nil
        var organization: String? = nil
        if let head = roleHead {
            // "Secretary of State": the role runs on through "of" and names up to the rank.
            var end = head + 1
            if end < roleEnd, kinds[end] == .joiner, RoleLexicon.key(tokens[phrase[end]].text) == "of" {
                end = roleEnd
            } else {
                while end < roleEnd, kinds[end] == .role || kinds[end] == .office { end += 1 }
            }
            roleEnd = end
            // Office words written like the role noun belong to it ("Prime Minister", "supreme
            // leader"); "Quds Force commander" keeps "Force" with the organisation.
            let headIsUpper = isUpper(tokens[phrase[head]].text)
            var begin = head
            while begin > 0, kinds[begin - 1] == .office || kinds[begin - 1] == .role,
                  isUpper(tokens[phrase[begin - 1]].text) == headIsUpper {
                begin -= 1
            }
            role = text(tokens[phrase[begin]].range.lowerBound..<tokens[phrase[end - 1]].range.upperBound)
            organization = self.organization(phrase[0..<begin], kinds: Array(kinds[0..<begin]), tokens, text)
        }
        let rank: String? = rankStart < phrase.count
            ? text(tokens[phrase[rankStart]].range.lowerBound..<tokens[phrase[phrase.count - 1]].range.upperBound)
            : nil
        if role == nil, rank == nil { return nil }
        let range = tokens[phrase[0]].range.lowerBound..<tokens[phrase[phrase.count - 1]].range.upperBound
        // With a rank and no role noun ("Army Gen. X"), the names before the rank are the
        // organisation it serves in.
        if role == nil, rankStart > 0 {
            organization = self.organization(phrase[0..<rankStart], kinds: Array(kinds[0..<rankStart]), tokens, text)
        }
        return Title(text: text(range), rank: rank, role: role, organization: organization, range: range)
    }

    /// The organisation named by the title words before the role: names and possessives,
    /// modifiers dropped; a demonym or country name gives the country.
    private func organization(
        _ indices: ArraySlice<Int>, kinds: [Kind], _ tokens: [Token], _ text: (Range<Int>) -> String
    ) -> String? {
        var names: [Int] = []
        for (offset, index) in indices.enumerated() {
            switch kinds[offset] {
            case .name: names.append(index)
            case .joiner where !names.isEmpty: names.append(index)
            case .office where !names.isEmpty && (tokens[index].text.first?.isUppercase ?? false): names.append(index)
            default: if !names.isEmpty && kinds[offset] == .modifier { names.removeAll() }
            }
        }
        while let last = names.last, let key = Optional(RoleLexicon.key(tokens[last].text)),
              key == "'s" || key == "’s" || key == "of" || key == "and" {
            names.removeLast()
        }
        guard let first = names.first, let last = names.last else { return nil }
        let written = text(tokens[first].range.lowerBound..<tokens[last].range.upperBound)
        if let entry = gazetteer.lookup(written), entry.category == .country || entry.category == .demonym {
            return entry.countryName
        }
        return written
    }

    /// "Hassan Nasrallah, the leader of Hezbollah,": a title in an apposition after the name.
    private func apposition(
        _ span: Range<Int>, _ sentence: Sentence, _ mentionAt: [EntityType?], _ text: (Range<Int>) -> String
    ) -> Title? {
        let tokens = sentence.tokens
        guard span.upperBound + 1 < tokens.count, tokens[span.upperBound].text == "," else { return nil }
        let start = span.upperBound + 1
        var end = start
        while end < tokens.count, end - start < 14 {
            let word = tokens[end].text
            if word == "," || word == "." || word == ";" || word == ")" || word == ":" || word == "--" { break }
            end += 1
        }
        guard end > start else { return nil }
        // The role noun must come early, after only determiners, possessors, modifiers and offices.
        var head: Int? = nil
        var possessorEnd: Int? = nil
        for index in start..<end {
            let key = RoleLexicon.key(tokens[index].text)
            if mentionAt[index] == .person { return nil }
            if RoleLexicon.roles.contains(key) {
                head = index
                // "the foreign minister": extend over following role/office words ("chief executive").
                while let next = head.map({ $0 + 1 }), next < end,
                      RoleLexicon.roles.contains(RoleLexicon.key(tokens[next].text)) { head = next }
                break
            }
            if key == "'s" || key == "’s" { possessorEnd = index; continue }
            if TitleFinder.stopWords.contains(key) || RoleLexicon.modifiers.contains(key)
                || RoleLexicon.officeWords.contains(key) || mentionAt[index] != nil
                || gazetteer.lookup(tokens[index].text) != nil {
                continue
            }
            return nil
        }
        guard let head else { return nil }
        var roleStart = head
        while roleStart > start, RoleLexicon.officeWords.contains(RoleLexicon.key(tokens[roleStart - 1].text)) {
            roleStart -= 1
        }
        var organization: String? = nil
        if let possessorEnd, possessorEnd > start {
            var first = start
            while first < possessorEnd, TitleFinder.stopWords.contains(RoleLexicon.key(tokens[first].text)) { first += 1 }
            if first < possessorEnd {
                organization = text(tokens[first].range.lowerBound..<tokens[possessorEnd - 1].range.upperBound)
            }
        } else {
            // Names before the role ("the Hezbollah leader") or after "of"/"for" ("head of Y").
            let before = (start..<roleStart).filter { mentionAt[$0] != nil && mentionAt[$0] != .ordinal }
            if let first = before.first, let last = before.last {
                organization = text(tokens[first].range.lowerBound..<tokens[last].range.upperBound)
            } else if head + 1 < end, TitleFinder.joiners.contains(RoleLexicon.key(tokens[head + 1].text)) {
                var first = head + 2
                while first < end, TitleFinder.stopWords.contains(RoleLexicon.key(tokens[first].text)) { first += 1 }
                if first < end { organization = text(tokens[first].range.lowerBound..<tokens[end - 1].range.upperBound) }
            }
        }
        if let written = organization, let entry = gazetteer.lookup(written),
           entry.category == .country || entry.category == .demonym {
            organization = entry.countryName
        }
        let role = text(tokens[roleStart].range.lowerBound..<tokens[head].range.upperBound)
        let range = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
        return Title(text: text(range), rank: nil, role: role, organization: organization, range: range)
    }
}
