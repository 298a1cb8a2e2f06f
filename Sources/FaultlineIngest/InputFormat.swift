/// The input formats the reader understands, detected by content and file extension.
public enum InputFormat: String, Sendable, Codable {
    /// Plain text, possibly a scraped page with boilerplate lines.
    case text
    /// An HTML page; the article body is extracted and boilerplate removed.
    case html
    /// One article JSON object `{"url","outlet","title","published","text"}`.
    case articleJSON
    /// Article JSON objects, one per line.
    case jsonLines
    /// An RSS 2.0 feed with item content.
    case rss
    /// An Atom feed with entry content.
    case atom
}
