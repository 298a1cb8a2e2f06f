import FaultlineCore

/// One article read from an input: its metadata, the input as read and the clean body text.
public struct IngestedArticle: Sendable, Hashable {
    /// Where the article came from; `published` is from the input, else the caller's default.
    public var metadata: DocumentMetadata
    /// The input as read (for a feed or JSON Lines file: the item's own part of it).
    public var rawText: String
    /// The article body, paragraphs separated by "\n\n", headline excluded.
    public var cleanText: String
    /// The format the article was read as.
    public var format: InputFormat
    /// The path, plus "#N" for the Nth item (from 1) of a feed or JSON Lines file.
    public var origin: String

    /// An article from its parts.
    public init(metadata: DocumentMetadata, rawText: String, cleanText: String, format: InputFormat, origin: String) {
        self.metadata = metadata
        self.rawText = rawText
        self.cleanText = cleanText
        self.format = format
        self.origin = origin
    }
}
