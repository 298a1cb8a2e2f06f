/// A string as a dictionary key that compares and hashes its UTF-8 bytes.
///
/// `String` equality is Unicode canonical equivalence: "é" written precomposed and decomposed
/// are equal strings, yet their bytes give different hashed features. Memos of per-word
/// feature scores key by the bytes, so that they always return what computing afresh would.
public struct ExactText: Hashable, Sendable {
    /// The text.
    public let text: String

    /// A key for `text`.
    @inlinable
    public init(_ text: String) {
        self.text = text
    }

    /// Byte-wise equality.
    @inlinable
    public static func == (left: ExactText, right: ExactText) -> Bool {
        left.text.utf8.elementsEqual(right.text.utf8)
    }

    /// Hashes the bytes.
    @inlinable
    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
