/// A sentence of the clean text and its tokens.
public struct Sentence: Sendable, Hashable, Codable {
    /// The sentence's UTF-8 byte range in the document's clean text.
    public var range: Range<Int>
    /// The sentence text, as written.
    public var text: String
    /// Its tokens in order; heads refer to indices in this array.
    public var tokens: [Token]

    /// A sentence with its tokens.
    public init(range: Range<Int>, text: String, tokens: [Token] = []) {
        self.range = range
        self.text = text
        self.tokens = tokens
    }

    /// The indices of the tokens whose head is `index`.
    public func dependents(of index: Int) -> [Int] {
        tokens.indices.filter { tokens[$0].head == index }
    }
}
