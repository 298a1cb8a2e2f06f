/// Character classes and decoding on UTF-8 bytes, so the splitter and tokenizer never index a
/// `String` in their hot loops.
///
/// ASCII is decided with plain comparisons; the rarer non-ASCII scalars are decoded and asked
/// through `Unicode.Scalar.Properties`.
enum UTF8Text {
    /// The Unicode scalar starting at `index` and its length in bytes (1 for malformed input).
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let count = bytes.count
        if lead & 0xE0 == 0xC0, index + 1 < count {
            return ((UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead & 0xF0 == 0xE0, index + 2 < count {
            return ((UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6)
                | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        if lead & 0xF8 == 0xF0, index + 3 < count {
            return ((UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F), 4)
        }
        return (UInt32(lead), 1)
    }

    /// The scalar that ends just before `index` (`index` must be > 0) and where it starts.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> (value: UInt32, start: Int) {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80, index - start < 4 { start -= 1 }
        return (scalar(bytes, at: start).value, start)
    }

    /// Spaces, tabs, line breaks and the Unicode spaces news pages use (no-break, thin, ideographic).
    @inline(__always)
    static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F,
             0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Letters of any script.
    @inline(__always)
    static func isLetter(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return (scalar | 0x20) >= 0x61 && (scalar | 0x20) <= 0x7A }
        guard let unicode = Unicode.Scalar(scalar) else { return false }
        return unicode.properties.isAlphabetic
    }

    /// ASCII digits (other numerals are rare in English news and kept inside words).
    @inline(__always)
    static func isDigit(_ scalar: UInt32) -> Bool { scalar >= 0x30 && scalar <= 0x39 }

    /// Letters or digits.
    @inline(__always)
    static func isAlphanumeric(_ scalar: UInt32) -> Bool { isDigit(scalar) || isLetter(scalar) }

    /// Uppercase letters of any script.
    @inline(__always)
    static func isUppercase(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x41 && scalar <= 0x5A }
        guard let unicode = Unicode.Scalar(scalar) else { return false }
        return unicode.properties.isUppercase
    }

    /// Lowercase letters of any script.
    @inline(__always)
    static func isLowercase(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x61 && scalar <= 0x7A }
        guard let unicode = Unicode.Scalar(scalar) else { return false }
        return unicode.properties.isLowercase
    }

    /// Quotes and brackets that can close a sentence after its full stop: `." .' .) .] .” .’ .»`.
    @inline(__always)
    static func isClosing(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2019, 0x201D, 0xBB, 0x203A:
            return true
        default:
            return false
        }
    }

    /// Quotes and brackets that can open a sentence: `" ' ( [ { “ ‘ « ‹ „`.
    @inline(__always)
    static func isOpening(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x201C, 0x2018, 0xAB, 0x2039, 0x60, 0x201E:
            return true
        default:
            return false
        }
    }

    /// Sentence-final marks other than the full stop: `? ! …` and their combined and fullwidth forms.
    @inline(__always)
    static func isQuestionOrExclamation(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3F, 0x21, 0x203C, 0x2047, 0x2048, 0x2049, 0xFF01, 0xFF1F:
            return true
        default:
            return false
        }
    }

    /// List bullets: `• ◦ ▪ ● ‣ ⁃ · * -` and similar.
    @inline(__always)
    static func isBullet(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x2022, 0x25E6, 0x25AA, 0x25CF, 0x2023, 0x2043, 0xB7, 0x2A, 0x2D, 0x25A0, 0x25BA, 0x2219, 0x27A2:
            return true
        default:
            return false
        }
    }
}
