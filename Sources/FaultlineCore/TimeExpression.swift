/// A time expression normalised TimeML-style against the report date.
///
/// "this week" in a report of 2025-10-30 has type `.date` and value `2025-W44`;
/// "two decades" has type `.duration` and value `P20Y`.
public struct TimeExpression: Sendable, Hashable, Codable {
    /// TIMEX3 types.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
    }

    /// Index of the sentence in ``AnalyzedDocument/sentences``, when known.
    public var sentence: Int?
    /// The UTF-8 byte range in the text it was found in.
    public var range: Range<Int>
    /// The expression as written.
    public var text: String
    /// The TIMEX3 type.
    public var kind: Kind
    /// The TIMEX3 value, e.g. `2025-11-11`, `2025-W44`, `P20Y`, `PAST_REF`.
    public var value: String

    /// A resolved expression.
    public init(sentence: Int? = nil, range: Range<Int>, text: String, kind: Kind, value: String) {
        self.sentence = sentence
        self.range = range
        self.text = text
        self.kind = kind
        self.value = value
    }
}
