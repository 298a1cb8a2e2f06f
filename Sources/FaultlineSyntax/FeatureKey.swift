import FaultlineLearning

/// Combines a feature template number with precomputed atoms (hashed words, tag numbers) into
/// one feature key with a few multiplications, so that no string is touched while decoding.
/// Stable across processes: atoms are FNV hashes of strings or small numbers.
@usableFromInline
enum FeatureKey {
    @inline(__always) @usableFromInline
    static func of(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        var h = (template &* 0x9E37_79B9_7F4A_7C15) ^ a
        h = (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
        h ^= b
        h = (h ^ (h >> 32)) &* 0x94D0_49BB_1331_11EB
        h ^= c
        h = (h ^ (h >> 29)) &* 0xFF51_AFD7_ED55_8CCD
        return h ^ (h >> 32)
    }

    /// The stable hash of a string atom.
    static func atom(_ text: some StringProtocol) -> UInt64 {
        FeatureHash.of(0, text)
    }
}
