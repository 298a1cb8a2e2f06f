import FaultlineCore
import Foundation

/// A document as the store keeps it.
public struct StoredDocument: Sendable, Hashable, Codable {
    /// The store's id, shown by `faultline documents` and taken by `show` and `brief`.
    public var id: Int64
    /// SHA-256 hex of the clean text.
    public var contentHash: String
    /// Url, outlet, title, author and publication date.
    public var metadata: DocumentMetadata
    /// When it was ingested (UTC, ISO 8601).
    public var ingestedAt: String
    /// The input format, e.g. "text".
    public var format: String
    /// Where it was read from.
    public var origin: String
    /// The input as read.
    public var rawText: String
    /// The clean article text.
    public var cleanText: String
    /// The original this document is a near-copy of.
    public var duplicateOf: Int64?
    /// The number of sentences stored for it.
    public var sentenceCount: Int
    /// The number of event reports stored for it.
    public var eventCount: Int

    /// A stored document.
    public init(
        id: Int64, contentHash: String, metadata: DocumentMetadata, ingestedAt: String,
        format: String, origin: String, rawText: String, cleanText: String,
        duplicateOf: Int64?, sentenceCount: Int, eventCount: Int
    ) {
        self.id = id
        self.contentHash = contentHash
        self.metadata = metadata
        self.ingestedAt = ingestedAt
        self.format = format
        self.origin = origin
        self.rawText = rawText
        self.cleanText = cleanText
        self.duplicateOf = duplicateOf
        self.sentenceCount = sentenceCount
        self.eventCount = eventCount
    }
}

/// A sentence of a stored document.
public struct StoredSentence: Sendable, Hashable, Codable {
    /// Its index in the document, from 0.
    public var index: Int
    /// Its UTF-8 byte range in the clean text.
    public var range: Range<Int>
    /// The sentence as written.
    public var text: String

    /// A stored sentence.
    public init(index: Int, range: Range<Int>, text: String) {
        self.index = index
        self.range = range
        self.text = text
    }
}
