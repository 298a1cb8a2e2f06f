import Foundation

/// Normalises names so that spellings meet: "Al-Sudani", "al Sudani" and "AL_SUDANI" all
/// become the tokens `al sudani`; "U.S." becomes `us`; diacritics are dropped; "Israel's"
/// becomes `israel`.
public enum NameKey {
    /// The normalised tokens of a name.
    public static func tokens(_ text: some StringProtocol) -> [String] {
        var tokens: [String] = []
        scan(text) { token in tokens.append(String(decoding: token, as: UTF8.self)) }
        return tokens
    }

    /// The normalised key of a name: its tokens joined by single spaces.
    public static func key(_ text: some StringProtocol) -> String {
        keyAndCount(text).key
    }

    /// The key of a name and its number of tokens, built in one pass (indexing thousands of
    /// names made the tokens, then joined them).
    static func keyAndCount(_ text: some StringProtocol) -> (key: String, count: Int) {
        var joined: [UInt8] = []
        var count = 0
        scan(text) { token in
            if count > 0 { joined.append(UInt8(ascii: " ")) }
            joined.append(contentsOf: token)
            count += 1
        }
        return (String(decoding: joined, as: UTF8.self), count)
    }

    /// Calls `emit` with the bytes of each normalised token of `text`, in order.
    private static func scan(_ text: some StringProtocol, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        let direct = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard isASCII(bytes) else { return false }
            scanBytes(bytes, emit)
            return true
        }
        if direct == true { return }
        let source = isASCII(text) ? Array(text.utf8) : Array(fold(String(text)).utf8)
        source.withUnsafeBufferPointer { scanBytes($0, emit) }
    }

    private static func scanBytes(_ source: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, source.count)) { buffer in
            // The token being read: `buffer[..<length]` (never longer than the source).
            var length = 0
            var index = 0
            func flush() {
                if length > 0 {
                    emit(UnsafeBufferPointer(rebasing: buffer[..<length]))
                    length = 0
                }
            }
            func append(_ byte: UInt8) {
                buffer[length] = byte
                length += 1
            }
            while index < source.count {
                let byte = source[index]
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    append(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    append(byte)
                case UInt8(ascii: "."):
                    // Dots inside abbreviations vanish (U.S. -> us); a dot after a word ends it.
                    let next = index + 1 < source.count ? source[index + 1] : 0
                    if !(length <= 2 && isLetter(next)) && !(length == 1) { flush() }
                case UInt8(ascii: "'"), 0x60:
                    // Possessive 's ends the word; other apostrophes join (Shi'ite -> shiite).
                    let next = index + 1 < source.count ? source[index + 1] : 0
                    let after = index + 2 < source.count ? source[index + 2] : 0
                    if (next == UInt8(ascii: "s") || next == UInt8(ascii: "S")) && !isLetter(after) {
                        flush()
                        index += 1
                    } else if next == 0 || !isLetter(next) {
                        flush()
                    }
                case 0x80...0xFF:
                    // Multi-byte characters left after folding (curly quotes, Arabic letters): the
                    // right single quote behaves like an apostrophe, anything else is kept.
                    if byte == 0xE2, index + 2 < source.count, source[index + 1] == 0x80,
                       source[index + 2] == 0x99 || source[index + 2] == 0x98 {
                        let next = index + 3 < source.count ? source[index + 3] : 0
                        let after = index + 4 < source.count ? source[index + 4] : 0
                        if (next == UInt8(ascii: "s")) && !isLetter(after) {
                            flush()
                            index += 3
                        } else if !isLetter(next) {
                            flush()
                        }
                        index += 2
                    } else {
                        append(byte)
                    }
                default:
                    flush()
                }
                index += 1
            }
            flush()
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte >= 0x80
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var combined: UInt8 = 0
        for byte in bytes { combined |= byte }
        return combined < 0x80
    }

    private static func isASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    }
}
