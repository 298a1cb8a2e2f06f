import FaultlineLearning

/// Country names, demonyms, capitals and seats of government, looked up by their words.
///
/// Used as NER features (a word inside a country name), by coreference (demonyms and capitals
/// point to their country) and by titles ("Iraqi Prime Minister": the office belongs to Iraq).
/// The data is ``CountryTable`` plus the seats below, written by us.
public struct Gazetteer: Sendable {
    /// What kind of name an entry is.
    public enum Category: UInt8, Sendable, CaseIterable {
        /// A country's name: "Iraq", "United States".
        case country = 1
        /// An adjective or plural of nationality: "Iraqi", "Americans".
        case demonym
        /// A capital city: "Baghdad".
        case capital
        /// A building or street that stands for a government: "White House", "Kremlin".
        case seat
    }

    /// One name.
    public struct Entry: Sendable, Hashable {
        /// Its kind.
        public var category: Category
        /// The country's ISO 3166 alpha-3 code, e.g. "IRQ".
        public var country: String
        /// The country's usual English name, e.g. "Iraq".
        public var countryName: String
    }

    /// A name found in a run of words: words `start..<end`.
    public struct Match: Sendable, Hashable {
        /// First word.
        public var start: Int
        /// One past the last word.
        public var end: Int
        /// What it names.
        public var entry: Entry
    }

    /// Buildings and streets that news text uses for a government.
    static let seats: [(name: String, country: String)] = [
        ("White House", "USA"), ("Pentagon", "USA"), ("Capitol Hill", "USA"), ("Kremlin", "RUS"),
        ("Downing Street", "GBR"), ("Whitehall", "GBR"), ("Elysee", "FRA"), ("Élysée", "FRA"),
        ("Zhongnanhai", "CHN"), ("Blue House", "KOR"),
    ]

    /// The longest name, in words.
    public let longestName: Int
    private let entries: [UInt64: Entry]
    /// The keys of every name's first words (one word, two words, ... the whole name).
    private let prefixes: Set<UInt64>
    private let names: [String: String]

    /// The gazetteer built from the country table.
    public static let standard = Gazetteer()

    private init() {
        var entries: [UInt64: Entry] = [:]
        var prefixes: Set<UInt64> = []
        var names: [String: String] = [:]
        var longest = 1
        func add(_ name: String, _ entry: Entry) {
            let words = Gazetteer.words(of: name)
            longest = max(longest, words.count)
            let keys = words.map { Gazetteer.wordKey($0) }
            guard !keys.isEmpty else { return }
            for end in 1...keys.count { prefixes.insert(Gazetteer.phraseKey(keys[..<end])) }
            let key = Gazetteer.phraseKey(keys)
            // The first entry wins: a country's name before another country's capital of the
            // same spelling (Djibouti, Singapore, Luxembourg).
            if entries[key] == nil { entries[key] = entry }
        }
        for row in CountryTable.rows.split(separator: "\n") {
            let fields = row.trimmingCharacters(in: " ").split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count == 4 else { continue }
            let code = String(fields[0])
            let countryNames = fields[1].split(separator: ";").map(String.init)
            let canonical = countryNames[0]
            names[code] = canonical
            for name in countryNames { add(name, Entry(category: .country, country: code, countryName: canonical)) }
            for name in fields[2].split(separator: ";") {
                add(String(name), Entry(category: .demonym, country: code, countryName: canonical))
            }
            for name in fields[3].split(separator: ";") {
                add(String(name), Entry(category: .capital, country: code, countryName: canonical))
            }
        }
        for seat in Gazetteer.seats {
            add(seat.name, Entry(category: .seat, country: seat.country, countryName: names[seat.country] ?? seat.country))
        }
        self.entries = entries
        self.prefixes = prefixes
        self.names = names
        self.longestName = longest
    }

    /// The usual English name of a country code, e.g. "Iraq" for "IRQ".
    public func countryName(of code: String) -> String? { names[code] }

    /// The entry for a whole name, e.g. "Iraqi" or "United States"; case does not matter.
    public func lookup(_ name: String) -> Entry? {
        entries[Gazetteer.phraseKey(Gazetteer.words(of: name).map { Gazetteer.wordKey($0) })]
    }

    /// The entry for words given by their ``wordKey(_:)`` values.
    public func lookup(wordKeys: ArraySlice<UInt64>) -> Entry? {
        entries[Gazetteer.phraseKey(wordKeys)]
    }

    /// The longest names in a run of words, left to right, not overlapping.
    public func matches(wordKeys: [UInt64]) -> [Match] {
        var found: [Match] = []
        var start = 0
        while start < wordKeys.count {
            // Extend the phrase a word at a time while it still begins some name, keeping the
            // longest whole name: one hash step and one lookup per word instead of hashing every
            // length from the longest name down.
            var hash = FeatureHash(template: Gazetteer.phraseTemplate)
            var longest: Match?
            var end = start
            while end < wordKeys.count, end - start < longestName {
                hash.combine(wordKeys[end])
                end += 1
                guard prefixes.contains(hash.value) else { break }
                if let entry = entries[hash.value] { longest = Match(start: start, end: end, entry: entry) }
            }
            if let longest {
                found.append(longest)
                start = longest.end
            } else {
                start += 1
            }
        }
        return found
    }

    /// The case-insensitive key of one word (ASCII letters folded, "’" read as "'").
    public static func wordKey(_ word: String) -> UInt64 {
        var text = word
        let folded: UInt64 = text.withUTF8 { bytes in
            var value: UInt64 = 0xcbf2_9ce4_8422_2325
            var index = 0
            while index < bytes.count {
                var byte = bytes[index]
                if byte == 0xe2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                    byte = 0x27
                    index += 2
                } else if byte >= 0x41 && byte <= 0x5a {
                    byte |= 0x20
                }
                value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                index += 1
            }
            return value
        }
        var hash = FeatureHash(template: 0x6761_7a)
        hash.combine(folded)
        return hash.value
    }

    private static let phraseTemplate: UInt64 = 0x7068

    private static func phraseKey(_ keys: some Collection<UInt64>) -> UInt64 {
        var hash = FeatureHash(template: phraseTemplate)
        for key in keys { hash.combine(key) }
        return hash.value
    }

    /// Splits a name into the words a tokenizer would give ("Sana'a" stays whole).
    private static func words(of name: String) -> [String] {
        name.split(separator: " ").map(String.init)
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in character: Character) -> Substring {
        var text = Substring(self)
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return text
    }
}
