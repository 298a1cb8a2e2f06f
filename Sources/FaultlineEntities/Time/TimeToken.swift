/// A token as the time tagger sees it: a word, a number or one punctuation byte.
///
/// The tagger tokenizes on its own so that it runs without the text stage, and so that
/// hyphenated compounds ("third-quarter", "mid-1990s") and abbreviation periods ("Nov.")
/// are visible as separate pieces.
struct TimeToken: Sendable, Hashable {
    /// What a token is made of.
    enum Shape: Sendable, Hashable {
        case word, number, punctuation
    }

    /// UTF-8 byte range in the text.
    var start: Int
    var end: Int
    /// Lowercased text ("nov", "1990s", "10:35", "-").
    var lower: String
    var shape: Shape
    /// Whether the token starts with an uppercase letter.
    var isCapitalized: Bool
    /// Whether the token is a word of two or more letters, all capitals ("WASHINGTON").
    var isAllCaps: Bool
    /// Whether whitespace precedes the token.
    var spaceBefore: Bool
    /// The integer value of a pure digit token ("1998" gives 1998), else `nil`.
    var integer: Int?
    /// Index of the sentence the token is in (sentence ends found by punctuation).
    var sentence: Int
}

/// Splits UTF-8 text into ``TimeToken``s with byte offsets.
struct TimeTokenizer: Sendable {
    /// Tokens of `bytes`, with offsets shifted by `base`.
    func tokens(of bytes: [UInt8], base: Int = 0) -> [TimeToken] {
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        var sentence = 0
        var sawSpace = true
        var sawLineBreaks = 0
        let count = bytes.count
        var lower = [UInt8]()
        lower.reserveCapacity(32)
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if byte == 0x0A { sawLineBreaks += 1 }
                sawSpace = true
                index += 1
                continue
            }
            // A blank line (paragraph break) or a heading line ends a sentence.
            if sawLineBreaks >= 2, let last = tokens.last, last.sentence == sentence { sentence += 1 }
            sawLineBreaks = 0
            let start = index
            var shape = TimeToken.Shape.punctuation
            if Self.isLetter(byte) {
                shape = .word
                index += 1
                while index < count {
                    let next = bytes[index]
                    if Self.isLetter(next) || Self.isDigit(next) {
                        index += 1
                    } else if next == 0x27, index + 1 < count, Self.isLetter(bytes[index + 1]),
                              !(bytes[index + 1] | 0x20 == 0x73 && (index + 2 >= count || !Self.isLetter(bytes[index + 2]))) {
                        index += 1  // o'clock, but not the possessive 's
                    } else {
                        break
                    }
                }
            } else if Self.isDigit(byte) {
                shape = .number
                index += 1
                while index < count {
                    let next = bytes[index]
                    if Self.isDigit(next) {
                        index += 1
                    } else if (next == 0x3A || next == 0x2E || next == 0x2C || next == 0x2F), index + 1 < count,
                              Self.isDigit(bytes[index + 1]) {
                        index += 1  // 10:35, 5.5, 1,000, 1/2
                    } else if Self.isLetter(next) {
                        // 1990s, 20th, 8am: letters glued to the number.
                        while index < count, Self.isLetter(bytes[index]) { index += 1 }
                        break
                    } else {
                        break
                    }
                }
            } else if byte == 0x27, index + 2 < count, Self.isDigit(bytes[index + 1]), Self.isDigit(bytes[index + 2]) {
                // '80s: an abbreviated decade.
                shape = .number
                index += 3
                while index < count, Self.isLetter(bytes[index]) { index += 1 }
            } else if byte >= 0xC0 {
                // A multi-byte UTF-8 character that is not part of a word: keep it whole.
                index += 1
                while index < count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            } else {
                index += 1
            }
            lower.removeAll(keepingCapacity: true)
            var integer: Int? = shape == .number ? 0 : nil
            var allCaps = shape == .word && index - start >= 2
            for position in start..<index {
                let value = bytes[position]
                if value >= 0x61 && value <= 0x7A { allCaps = false }
                lower.append(value >= 0x41 && value <= 0x5A ? value | 0x20 : value)
                if let current = integer {
                    integer = Self.isDigit(value) && current < 100_000_000 ? current * 10 + Int(value - 0x30) : nil
                }
            }
            let first = bytes[start]
            tokens.append(TimeToken(
                start: base + start, end: base + index, lower: String(decoding: lower, as: UTF8.self),
                shape: shape, isCapitalized: first >= 0x41 && first <= 0x5A, isAllCaps: allCaps, spaceBefore: sawSpace,
                integer: integer, sentence: sentence))
            sawSpace = false
            if shape == .punctuation, first == 0x2E || first == 0x21 || first == 0x3F {
                // A full stop ends a sentence unless it closes an abbreviation like "Nov." or "a.m.",
                // which the caller cannot know yet; look ahead for whitespace and a capital.
                var look = index
                var spaced = false
                while look < count, bytes[look] == 0x20 || bytes[look] == 0x0A || bytes[look] == 0x22 || bytes[look] == 0x27 {
                    spaced = true
                    look += 1
                }
                let abbreviated = tokens.count >= 2 && Self.abbreviations.contains(tokens[tokens.count - 2].lower)
                if look >= count || (spaced && !abbreviated && (Self.isUpper(bytes[look]) || Self.isDigit(bytes[look]))) {
                    sentence += 1
                }
            }
        }
        return tokens
    }

    /// Words whose trailing period does not end a sentence.
    private static let abbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "st", "no", "vs", "u", "s", "inc", "corp",
        "co", "jr", "sr", "brig", "maj", "capt", "prof", "m",
    ]

    /// ASCII letters, and non-ASCII lead and continuation bytes outside General Punctuation
    /// (U+2000-U+206F: dashes, curly quotes), so accented names stay whole.
    static func isLetter(_ byte: UInt8) -> Bool {
        ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || (byte >= 0x80 && byte != 0xE2)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
}
