/// Normalised forms of names for matching mentions of one entity.
///
/// `token("al-Sadr") == "sadr"`; `skeleton("Qa'ani") == skeleton("Ghaani") == skeleton("Qaani")`.
public enum NameKey {
    private static let articles: Set<String> = [
        "the", "a", "an", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir", "dame",
    ]
    private static let particles: [String] = ["al-", "el-", "al ", "el "]
    private static let connectors: Set<String> = ["of", "and", "for", "the", "&", "de", "du", "des", "la", "le", "on", "in", "to"]

    /// Lower case, Latin letters without diacritics, no apostrophes, hyphens or dots.
    public static func folded(_ word: String) -> String {
        var result = ""
        result.reserveCapacity(word.utf8.count)
        for scalar in word.lowercased().unicodeScalars {
            switch scalar {
            case "'", "’", "‘", "`", "ʼ", "ʻ", "ʿ", "ʾ", ".", "-", "‐", "–": continue
            case "á", "à", "â", "ä", "ã", "å", "ā": result.append("a")
            case "é", "è", "ê", "ë", "ē": result.append("e")
            case "í", "ì", "î", "ï", "ī": result.append("i")
            case "ó", "ò", "ô", "ö", "õ", "ō": result.append("o")
            case "ú", "ù", "û", "ü", "ū": result.append("u")
            case "ç": result.append("c")
            case "ñ": result.append("n")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The key of one name word: folded, without an Arabic article prefix ("al-Sadr" → "sadr").
    public static func token(_ word: String) -> String {
        let lower = word.lowercased()
        for particle in particles where lower.hasPrefix(particle) && lower.count > particle.count + 2 {
            return folded(String(lower.dropFirst(particle.count)))
        }
        return folded(lower)
    }

    /// The words of a name that identify it: without a leading article or honorific ("Mr Key")
    /// or a trailing possessive.
    public static func words(_ words: [String]) -> [String] {
        var kept = words
        while let first = kept.first, articles.contains(first.lowercased()), kept.count > 1 { kept.removeFirst() }
        while let last = kept.last, last == "'s" || last == "’s" || last == "'" || last == "’", kept.count > 1 {
            kept.removeLast()
        }
        if var last = kept.last, last.hasSuffix("'s") || last.hasSuffix("’s"), last.count > 2 {
            last.removeLast(2)
            kept[kept.count - 1] = last
        }
        return kept
    }

    /// The key of a whole name: its word keys joined by spaces.
    public static func full(_ words: [String]) -> String {
        self.words(words).map(token).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The initials of a name's content words ("Korean Central News Agency" → "kcna"), or `nil`
    /// for a one-word name.
    public static func acronym(_ words: [String]) -> String? {
        let content = self.words(words).filter { !connectors.contains($0.lowercased()) }
        guard content.count >= 2 else { return nil }
        var letters = ""
        for word in content {
            guard let first = word.first, first.isLetter, first.isUppercase else { return nil }
            letters.append(Character(first.lowercased()))
        }
        return letters
    }

    /// Whether a single word is written as an acronym ("KCNA", "U.N.", "IRGC").
    public static func isAcronym(_ word: String) -> Bool {
        let letters = word.filter { $0 != "." && $0 != "&" }
        return letters.count >= 2 && letters.count <= 7 && letters.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// A transliteration-tolerant key: "gh"/"q"/"k" read alike, "kh" as "k", "ph" as "f",
    /// vowels and doubled letters dropped after the first letter. Qaani, Qa'ani and Ghaani give
    /// the same key; Mohammed, Muhammad and Mohamed too.
    public static func skeleton(_ word: String) -> String {
        let key = token(word)
        return asciiSkeleton(key) ?? characterSkeleton(key)
    }

    /// ``skeleton(_:)`` of a key, character by character.
    static func characterSkeleton(_ key: String) -> String {
        var letters = Array(key)
        guard !letters.isEmpty else { return "" }
        var normalized: [Character] = []
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next: Character? = index + 1 < letters.count ? letters[index + 1] : nil
            if (letter == "g" || letter == "k") && next == "h" { normalized.append("q"); index += 2; continue }
            if letter == "p" && next == "h" { normalized.append("f"); index += 2; continue }
            if letter == "k" || letter == "c" && next != "h" { normalized.append("q"); index += 1; continue }
            if letter == "y" && index > 0 { normalized.append("i"); index += 1; continue }
            normalized.append(letter)
            index += 1
        }
        letters = normalized
        let vowels = skeletonVowels
        var result = ""
        for (position, letter) in letters.enumerated() {
            if position > 0, vowels.contains(letter) { continue }
            if position > 0, result.last == letter { continue }
            result.append(position == 0 && vowels.contains(letter) ? "a" : letter)
        }
        return result
    }

    private static let skeletonVowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// ``skeleton(_:)`` of an ASCII key, on its bytes (each ASCII character is one byte; a
    /// carriage return is left to the general path, as "\r\n" is one character); `nil` for
    /// other keys. The rules are the same, step by step.
    static func asciiSkeleton(_ key: String) -> String? {
        let (g, h, k, p, c, y, q, f, i, a): (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0x67, 0x68, 0x6B, 0x70, 0x63, 0x79, 0x71, 0x66, 0x69, 0x61)
        var letters: [UInt8] = []
        letters.reserveCapacity(key.utf8.count)
        for byte in key.utf8 {
            guard byte < 0x80, byte != 0x0D else { return nil }
            letters.append(byte)
        }
        guard !letters.isEmpty else { return "" }
        var normalized: [UInt8] = []
        normalized.reserveCapacity(letters.count)
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next: UInt8? = index + 1 < letters.count ? letters[index + 1] : nil
            if (letter == g || letter == k) && next == h { normalized.append(q); index += 2; continue }
            if letter == p && next == h { normalized.append(f); index += 2; continue }
            if letter == k || letter == c && next != h { normalized.append(q); index += 1; continue }
            if letter == y && index > 0 { normalized.append(i); index += 1; continue }
            normalized.append(letter)
            index += 1
        }
        var result: [UInt8] = []
        result.reserveCapacity(normalized.count)
        for (position, letter) in normalized.enumerated() {
            let isVowel = letter == a || letter == 0x65 || letter == i || letter == 0x6F || letter == 0x75
            if position > 0, isVowel { continue }
            if position > 0, result.last == letter { continue }
            result.append(position == 0 && isVowel ? a : letter)
        }
        return String(decoding: result, as: UTF8.self)
    }
}
