import FaultlineCore
import Foundation

/// A document ready to be stored: the analysis plus what ingest knows about the input.
public struct DocumentSubmission: Sendable {
    /// The analysed document (metadata, clean text and all annotations).
    public var document: AnalyzedDocument
    /// SHA-256 hex of the clean text; re-ingesting the same content adds nothing.
    public var contentHash: String
    /// The input as read.
    public var rawText: String
    /// The input format, e.g. "text", "html".
    public var format: String
    /// The path it was read from, plus "#N" for the Nth item of a feed.
    public var origin: String
    /// The MinHash signature of the clean text.
    public var signature: [UInt32]
    /// The LSH band keys of the signature, indexed to find near-duplicate candidates.
    public var bandKeys: [UInt64]
    /// The original this document is a near-copy of, when the caller found one.
    public var nearDuplicateOf: Int64?
    /// When it was ingested.
    public var ingestedAt: Date

    /// A submission with every field given.
    public init(
        document: AnalyzedDocument, contentHash: String, rawText: String, format: String,
        origin: String, signature: [UInt32] = [], bandKeys: [UInt64] = [],
        nearDuplicateOf: Int64? = nil, ingestedAt: Date = Date()
    ) {
        self.document = document
        self.contentHash = contentHash
        self.rawText = rawText
        self.format = format
        self.origin = origin
        self.signature = signature
        self.bandKeys = bandKeys
        self.nearDuplicateOf = nearDuplicateOf
        self.ingestedAt = ingestedAt
    }
}

/// What `save` did with a submission.
public enum SaveOutcome: Sendable, Hashable {
    /// Stored as a new document.
    case added(id: Int64)
    /// The same content was already stored; nothing was added.
    case duplicate(of: Int64)
    /// Stored and linked to its original; its events were not counted again.
    case nearDuplicate(id: Int64, of: Int64)
}

/// A stored document that may be a near-copy of a new one.
public struct NearDuplicateCandidate: Sendable, Hashable {
    /// The stored document's id.
    public var id: Int64
    /// Its MinHash signature.
    public var signature: [UInt32]

    /// A candidate.
    public init(id: Int64, signature: [UInt32]) {
        self.id = id
        self.signature = signature
    }
}
