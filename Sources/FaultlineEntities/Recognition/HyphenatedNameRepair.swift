import FaultlineCore

/// Mends entity spans at hyphens, which the treebank conventions split into their own tokens
/// ("al - Assad") and the recognizer, reading token by token, sometimes cuts through.
///
/// Three rules, each about how names are written rather than about any one name:
/// 1. A span never starts or ends at a hyphen, nor inside a particle word: "-Assad" grows to
///    "al-Assad" (while "Iran" in "Iran-backed" stays a name of its own).
/// 2. A person's name goes on through a hyphenated word that starts with a family-name
///    particle ("Mohammed Shia" + "al-Sudani"), when nothing else claims that word.
/// 3. A span that starts with such a particle word takes in the capitalised proper nouns just
///    before it that nothing else claims ("Bashar" + "al-Assad").
///
/// ```swift
/// let words = ["Bashar", "al", "-", "Assad", "said"]
/// let tags = ["NNP", "NNP", "HYPH", "NNP", "VBD"]
/// HyphenatedNameRepair.repair([NamedSpan(start: 2, end: 4, type: .person)], words: words, tags: tags)
/// // [NamedSpan(start: 0, end: 4, type: .person)]
/// ```
public enum HyphenatedNameRepair {
    /// Lowercased particles that open an Arabic, Persian or other family name ("al-", "bin-").
    /// Source: common transliteration conventions (e.g. the AP Stylebook's entry on Arabic names).
    static let particles: Set<String> = ["al", "el", "ul", "ad", "ash", "as", "at", "az", "bin", "ibn", "abu", "abd", "bint", "ben", "ould"]

    /// How many proper nouns rule 3 takes in at most (a given name and a middle name).
    static let maximumGivenNames = 2

    /// The spans of one sentence, mended. `tags` are PTB tags (a hyphen inside a word is `HYPH`);
    /// without tags the spans come back unchanged.
    public static func repair(_ spans: [NamedSpan], words: [String], tags: [String]) -> [NamedSpan] {
        guard !spans.isEmpty, tags.count == words.count, tags.contains("HYPH") else { return spans }
        let groups = writtenWords(words: words, tags: tags)
        var claimed = [Bool](repeating: false, count: words.count)
        for span in spans { for index in span.start..<span.end { claimed[index] = true } }
        var mended: [NamedSpan] = []
        for var span in spans {
            for index in span.start..<span.end { claimed[index] = false }
            // Rule 1. Only a cut at the hyphen itself or inside a particle word is a cut: a
            // name inside a compound ("Iran" in "Iran-backed") is a span of its own.
            let first = groups[span.start]
            let start = isHyphen(span.start, tags) || isParticleWord(first, words: words) ? first.lowerBound : span.start
            let end = isHyphen(span.end - 1, tags) ? groups[span.end - 1].upperBound : span.end
            if !(start..<end).contains(where: { claimed[$0] }) {
                span.start = start
                span.end = end
            }
            // Rule 2.
            if span.type == .person, span.end < words.count, isParticleWord(groups[span.end], words: words),
               !groups[span.end].contains(where: { claimed[$0] }) {
                span.end = groups[span.end].upperBound
            }
            // Rule 3.
            if isParticleWord(groups[span.start], words: words) {
                var taken = 0
                while taken < maximumGivenNames, span.start > 0 {
                    let before = span.start - 1
                    guard !claimed[before], groups[before].count == 1, tags[before].hasPrefix("NNP"),
                          words[before].first?.isUppercase == true
                    else { break }
                    span.start = before
                    taken += 1
                }
            }
            for index in span.start..<span.end { claimed[index] = true }
            mended.append(span)
        }
        return mended
    }

    /// For every token, the range of tokens of the written word it belongs to: words joined by
    /// `HYPH` tokens form one written word.
    static func writtenWords(words: [String], tags: [String]) -> [Range<Int>] {
        var groups = [Range<Int>](repeating: 0..<0, count: words.count)
        var start = 0
        for index in words.indices {
            let joinsPrevious = index > 0 && (isHyphen(index, tags) || isHyphen(index - 1, tags))
            if !joinsPrevious {
                for member in start..<index { groups[member] = start..<index }
                start = index
            }
        }
        for member in start..<words.count { groups[member] = start..<words.count }
        return groups
    }

    private static func isHyphen(_ index: Int, _ tags: [String]) -> Bool {
        tags[index] == "HYPH"
    }

    /// Whether a written word is a particle, a hyphen and a capitalised name ("al-Sudani").
    static func isParticleWord(_ group: Range<Int>, words: [String]) -> Bool {
        guard group.count >= 3 else { return false }
        let particle = words[group.lowerBound].lowercased()
        let name = words[group.lowerBound + 2]
        return particles.contains(particle) && name.first?.isUppercase == true
    }
}
