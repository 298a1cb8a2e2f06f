/// One word or punctuation mark, with its place in the clean text and what the syntax stage says of it.
///
/// Offsets are UTF-8 byte offsets into ``AnalyzedDocument/text``.
public struct Token: Sendable, Hashable, Codable {
    /// The token's UTF-8 byte range in the document's clean text.
    public var range: Range<Int>
    /// The token as written (for "n't" this is "n't").
    public var text: String
    /// Whether whitespace follows the token in the text.
    public var spaceAfter: Bool
    /// Universal part of speech, e.g. "PROPN"; empty until tagged.
    public var upos: String
    /// Penn Treebank tag, e.g. "NNP"; empty until tagged.
    public var xpos: String
    /// Dictionary form, e.g. "meet" for "met"; empty until lemmatized.
    public var lemma: String
    /// Index of the syntactic head within the sentence, or -1 for the root; -1 until parsed.
    public var head: Int
    /// Universal Dependencies relation to the head, e.g. "nsubj"; empty until parsed.
    public var deprel: String

    /// A token as the tokenizer produces it, before tagging and parsing.
    public init(
        range: Range<Int>, text: String, spaceAfter: Bool = true,
        upos: String = "", xpos: String = "", lemma: String = "", head: Int = -1, deprel: String = ""
    ) {
        self.range = range
        self.text = text
        self.spaceAfter = spaceAfter
        self.upos = upos
        self.xpos = xpos
        self.lemma = lemma
        self.head = head
        self.deprel = deprel
    }
}
