import FaultlineCore
import FaultlineLearning

/// Lemmas from a dictionary of the training words and, for unseen words, suffix rewrite rules
/// learned from the training data ("-ies" → "-y" for NNS, "-ed" → "" for VBD, ...).
public struct Lemmatizer: Sendable {
    /// "lower\tXPOS" → lemma; an empty lemma means the default (the form for proper nouns, the
    /// lowercased form otherwise).
    let known: [String: String]
    /// "XPOS\tsuffix" → how many characters to strip and what to append.
    let rules: [String: Rule]
    /// Every lemma of the dictionary, lowercased, after its word class (the first two letters
    /// of its tag, "VB\tstrain"): the words a guessed lemma of that class may be.
    let vocabulary: Set<String>

    /// A suffix rewrite.
    struct Rule: Sendable, Hashable {
        var strip: Int
        var append: String
    }

    /// The lemma of a word with its tag.
    public func lemma(of form: String, xpos: String) -> String {
        lemma(of: form, lower: WordAtoms.lowercase(form), xpos: xpos)
    }

    func lemma(of form: String, lower: String, xpos: String) -> String {
        if let lemma = known[lower + "\t" + xpos] { return lemma.isEmpty ? Lemmatizer.fallback(form, lower, xpos) : lemma }
        if xpos.hasPrefix("NNP") { return form }
        // The longest suffix with a rule decides, unless a shorter one (or restoring a silent
        // "e": "fracturing" → "fracture", not "fractur") gives a word the dictionary knows.
        let characters = Array(lower)
        let wordClass = String(xpos.prefix(2)) + "\t"
        var guess: String?
        for length in stride(from: min(4, characters.count - 1), through: 1, by: -1) {
            let suffix = String(characters[(characters.count - length)...])
            guard let rule = rules[xpos + "\t" + suffix], rule.strip <= characters.count else { continue }
            let candidate = String(characters[..<(characters.count - rule.strip)]) + rule.append
            if isKnown(candidate, as: wordClass) { return candidate }
            if rule.append.isEmpty, rule.strip > 0, isKnown(candidate + "e", as: wordClass) { return candidate + "e" }
            if guess == nil { guess = candidate }
        }
        return guess ?? lower
    }

    /// Whether the dictionary has `word` as a lemma of `wordClass`; a verb may also be a noun
    /// the training words only had as one ("fracture", "pressure").
    private func isKnown(_ word: String, as wordClass: String) -> Bool {
        vocabulary.contains(wordClass + word) || (wordClass == "VB\t" && vocabulary.contains("NN\t" + word))
    }

    static func fallback(_ form: String, _ lower: String, _ xpos: String) -> String {
        xpos.hasPrefix("NNP") ? form : lower
    }

    /// Learns the dictionary and the rules from gold-tagged sentences.
    public static func train(_ sentences: [TreebankSentence]) -> Lemmatizer {
        var lemmaCounts: [String: [String: Int]] = [:]
        for sentence in sentences {
            for token in sentence.tokens where token.lemma != "_" {
                let lower = WordAtoms.lowercase(token.text)
                lemmaCounts[lower + "\t" + token.xpos, default: [:]][token.lemma, default: 0] += 1
            }
        }
        var known: [String: String] = [:]
        var ruleCounts: [String: [Rule: Int]] = [:]
        for (key, counts) in lemmaCounts {
            let lemma = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            let lower = String(parts[0])
            let xpos = String(parts[1])
            let isDefault = lemma == lower || (xpos.hasPrefix("NNP") && WordAtoms.lowercase(lemma) == lower)
            known[key] = isDefault ? "" : lemma
            guard !xpos.hasPrefix("NNP") else { continue }
            let word = Array(lower)
            let target = Array(lemma)
            var common = 0
            while common < word.count, common < target.count, word[common] == target[common] { common += 1 }
            let rule = Rule(strip: word.count - common, append: String(target[common...]))
            for length in 1...4 where length < word.count {
                ruleCounts[xpos + "\t" + String(word[(word.count - length)...]), default: [:]][rule, default: 0] += 1
            }
        }
        var rules: [String: Rule] = [:]
        for (key, counts) in ruleCounts {
            let total = counts.values.reduce(0, +)
            guard total >= 2 else { continue }
            let best = counts.max {
                $0.value < $1.value || ($0.value == $1.value && ($0.key.strip, $0.key.append) > ($1.key.strip, $1.key.append))
            }!
            rules[key] = best.key
        }
        return Lemmatizer(known: known, rules: rules)
    }

    init(known: [String: String], rules: [String: Rule]) {
        self.known = known
        self.rules = rules
        self.vocabulary = Lemmatizer.vocabulary(of: known)
    }

    /// The lemmas of a dictionary, each after its word class (an empty lemma is the form).
    static func vocabulary(of known: [String: String]) -> Set<String> {
        var words = Set<String>(minimumCapacity: known.count)
        for (key, lemma) in known {
            if let entry = asciiVocabularyEntry(key: key, lemma: lemma) {
                if !entry.isEmpty { words.insert(entry) }
                continue
            }
            guard let tab = key.firstIndex(of: "\t") else { continue }
            let wordClass = String(key[key.index(after: tab)...].prefix(2))
            words.insert(wordClass + "\t" + (lemma.isEmpty ? String(key[..<tab]) : WordAtoms.lowercase(lemma)))
        }
        return words
    }

    /// The vocabulary entry of an ASCII key without carriage returns, where every byte is a
    /// `Character`: the same string as the general path of ``vocabulary(of:)`` without walking
    /// characters ("" for a key without a tab, which has none); `nil` for other keys.
    private static func asciiVocabularyEntry(key: String, lemma: String) -> String? {
        var key = key
        return key.withUTF8 { bytes -> String? in
            var tab: Int?
            for (index, byte) in bytes.enumerated() {
                // A carriage return joins a following line feed into one character.
                if byte >= 0x80 || byte == 0x0D { return nil }
                if byte == 0x09, tab == nil { tab = index }
            }
            guard let tab else { return "" }
            let classEnd = min(bytes.count, tab + 3)
            let wordClass = String(decoding: UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<classEnd]), as: UTF8.self)
            let word = lemma.isEmpty
                ? String(decoding: UnsafeBufferPointer(rebasing: bytes[..<tab]), as: UTF8.self) : WordAtoms.lowercase(lemma)
            return wordClass + "\t" + word
        }
    }

    /// Writes the dictionary and the rules.
    func write(to writer: inout BinaryWriter) {
        let keys = known.keys.sorted()
        writer.write(UInt64(keys.count))
        for key in keys {
            writer.write(key)
            writer.write(known[key] ?? "")
        }
        let ruleKeys = rules.keys.sorted()
        writer.write(UInt64(ruleKeys.count))
        for key in ruleKeys {
            let rule = rules[key]!
            writer.write(key)
            writer.write(UInt64(rule.strip))
            writer.write(rule.append)
        }
    }

    init(reader: inout BinaryReader) throws(BinaryReader.Failure) {
        var known: [String: String] = [:]
        let knownCount = Int(try reader.readUInt())
        // Room for every entry up front, not regrown as they come (a damaged count is bounded
        // by the bytes left: an entry takes at least two).
        known.reserveCapacity(min(knownCount, reader.remainingCount / 2))
        for _ in 0..<knownCount {
            let key = try reader.readString()
            known[key] = try reader.readString()
        }
        var rules: [String: Rule] = [:]
        let ruleCount = Int(try reader.readUInt())
        rules.reserveCapacity(min(ruleCount, reader.remainingCount / 2))
        for _ in 0..<ruleCount {
            let key = try reader.readString()
            let strip = Int(try reader.readUInt())
            rules[key] = Rule(strip: strip, append: try reader.readString())
        }
        self.init(known: known, rules: rules)
    }
}
