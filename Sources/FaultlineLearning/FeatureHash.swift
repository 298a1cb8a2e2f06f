/// A stable 64-bit FNV-1a hash for feature names.
///
/// Swift's `Hasher` is seeded per process, so models need their own stable hash. Features are
/// built by combining a template number with the strings it reads:
///
/// ```swift
/// var feature = FeatureHash(template: 3)      // e.g. "previous word"
/// feature.combine("Baghdad")
/// let key = feature.value
/// ```
public struct FeatureHash: Sendable, Hashable {
    /// The hash so far.
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// A hash that starts from a feature template number.
    public init(template: UInt64) {
        combine(template)
    }

    /// Mixes in the bytes of a string, followed by a separator so that ("ab", "c") ≠ ("a", "bc").
    public mutating func combine(_ text: some StringProtocol) {
        for byte in text.utf8 {
            value = (value ^ UInt64(byte)) &* FeatureHash.prime
        }
        value = (value ^ 0xff) &* FeatureHash.prime
    }

    /// Mixes in the eight bytes of a number.
    public mutating func combine(_ number: UInt64) {
        var remaining = number
        for _ in 0..<8 {
            value = (value ^ (remaining & 0xff)) &* FeatureHash.prime
            remaining >>= 8
        }
    }

    /// Mixes in a small integer (a tag id, a distance).
    public mutating func combine(_ number: Int) {
        combine(UInt64(bitPattern: Int64(number)))
    }

    /// The hash of a template and one string, the most common feature shape.
    public static func of(_ template: UInt64, _ text: some StringProtocol) -> UInt64 {
        var hash = FeatureHash(template: template)
        hash.combine(text)
        return hash.value
    }
}
