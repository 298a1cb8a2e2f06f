/// Why an input could not be read as an article; each description is one line that says what to do.
public enum IngestError: Error, Equatable, CustomStringConvertible {
    /// The input holds NUL bytes or many control bytes: it is not text.
    case binary
    /// The input is not valid UTF-8.
    case invalidUTF8
    /// The input is empty or only whitespace, or no article text was left after cleaning.
    case empty
    /// The input is larger than the reader accepts.
    case tooLarge(bytes: Int, limit: Int)
    /// The input looks like `format` but cannot be read as such.
    case malformed(format: InputFormat, detail: String)
    /// The file cannot be opened or read.
    case unreadable(reason: String)

    /// One line: the reason and what to do about it.
    public var description: String {
        switch self {
        case .binary:
            return "binary data, not text (NUL or control bytes); pass text, HTML, article JSON or a feed"
        case .invalidUTF8:
            return "not valid UTF-8 and no known charset declared; convert the file to UTF-8 (e.g. with iconv) and ingest it again"
        case .empty:
            return "empty: no article text found; check that the file has content"
        case .tooLarge(let bytes, let limit):
            return "too large (\(bytes) bytes, limit \(limit)); split the file or raise the limit"
        case .malformed(let format, let detail):
            return "malformed \(format.displayName): \(detail); fix or re-export the file"
        case .unreadable(let reason):
            return "unreadable: \(reason); check that the file exists, is readable and is complete"
        }
    }
}

extension InputFormat {
    /// A name for messages.
    var displayName: String {
        switch self {
        case .text: return "text"
        case .html: return "HTML"
        case .articleJSON: return "article JSON"
        case .jsonLines: return "JSON Lines"
        case .rss: return "RSS feed"
        case .atom: return "Atom feed"
        }
    }
}
