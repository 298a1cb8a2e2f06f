/// A set of words looked up straight from UTF-8 bytes, without building a `String`.
///
/// Words are stored as 64-bit FNV-1a hashes of their ASCII-lowercased bytes, so lookups are
/// case-insensitive and allocation-free. With a few hundred entries a false hit is vanishingly
/// unlikely (about 1 in 10^16 per lookup).
struct WordSet: Sendable {
    private let hashes: Set<UInt64>

    /// The set of `words` (matched case-insensitively for ASCII letters).
    init(_ words: [String]) {
        var hashes = Set<UInt64>()
        for word in words {
            var hash = Self.seed
            for byte in word.utf8 { hash = Self.mix(hash, byte) }
            hashes.insert(hash)
        }
        self.hashes = hashes
    }

    /// Whether the bytes in `range` spell one of the words.
    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var hash = Self.seed
        for index in range { hash = Self.mix(hash, bytes[index]) }
        return hashes.contains(hash)
    }

    /// Whether `word` is in the set.
    func contains(_ word: String) -> Bool {
        var hash = Self.seed
        for byte in word.utf8 { hash = Self.mix(hash, byte) }
        return hashes.contains(hash)
    }

    private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    private static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        return (hash ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
    }
}
