import FaultlineCore
import FaultlineStore

/// A document as `faultline documents` prints it (field names in docs/FORMATS.md).
struct DocumentRecord: TabularRecord {
    var id: String
    var contentHash: String
    var url: String?
    var outlet: String?
    var title: String?
    var author: String?
    var published: String?
    var ingestedAt: String
    var format: String
    var origin: String
    var duplicateOf: String?
    var sentences: Int
    var events: Int

    init(_ document: StoredDocument) {
        id = String(document.id)
        contentHash = document.contentHash
        url = document.metadata.url
        outlet = document.metadata.outlet
        title = document.metadata.title
        author = document.metadata.author
        published = document.metadata.published?.iso
        ingestedAt = document.ingestedAt
        format = document.format
        origin = document.origin
        duplicateOf = document.duplicateOf.map(String.init)
        sentences = document.sentenceCount
        events = document.eventCount
    }

    enum CodingKeys: String, CodingKey {
        case id
        case contentHash = "content_hash"
        case url, outlet, title, author, published
        case ingestedAt = "ingested_at"
        case format, origin
        case duplicateOf = "duplicate_of"
        case sentences, events
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(contentHash, forKey: .contentHash)
        try container.encode(url, forKey: .url)
        try container.encode(outlet, forKey: .outlet)
        try container.encode(title, forKey: .title)
        try container.encode(author, forKey: .author)
        try container.encode(published, forKey: .published)
        try container.encode(ingestedAt, forKey: .ingestedAt)
        try container.encode(format, forKey: .format)
        try container.encode(origin, forKey: .origin)
        try container.encode(duplicateOf, forKey: .duplicateOf)
        try container.encode(sentences, forKey: .sentences)
        try container.encode(events, forKey: .events)
    }

    static let columns = ["id", "published", "outlet", "title", "sentences", "events", "duplicate_of", "origin"]

    var cells: [String] {
        [id, published ?? "", outlet ?? "", title ?? "", String(sentences), String(events), duplicateOf ?? "", origin]
    }
}
