/// Decides the format of an input from its first bytes, with the file extension as a tie-breaker.
enum FormatDetector {
    /// The format of `bytes` (BOM already removed), read from `origin`.
    static func detect(_ bytes: ArraySlice<UInt8>, origin: String) -> InputFormat {
        let ext = fileExtension(of: origin)
        guard let first = bytes.firstIndex(where: { !ASCIIBytes.isSpace($0) }) else { return .text }
        let head = ASCIIBytes.lowercased(bytes[first...].prefix(4096))
        switch bytes[first] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            if ext == "jsonl" || ext == "ndjson" { return .jsonLines }
            // A text file may open with a bracket ("[Reuters] ...", "[http://...] (Newsday)").
            if ext != "json" && !opensJSONValue(bytes[first...]) { return .text }
            return looksLikeJSONLines(bytes[first...]) ? .jsonLines : .articleJSON
        case UInt8(ascii: "<"):
            if let feed = feedFormat(head) { return feed }
            if ext == "rss" { return .rss }
            if ext == "atom" { return .atom }
            if looksLikeHTML(head) || ["html", "htm", "xhtml", "shtml"].contains(ext) { return .html }
            // Any other markup (an XML file that is not a feed) is read as HTML, whose
            // parser recovers; text extraction decides whether there is an article.
            return .html
        default:
            switch ext {
            case "json": return .articleJSON
            case "jsonl", "ndjson": return .jsonLines
            case "html", "htm", "xhtml": return .html
            case "rss": return .rss
            case "atom": return .atom
            default: return .text
            }
        }
    }

    /// Whether the bracket that starts `bytes` opens a JSON object or array: `{` followed by a
    /// key or `}`, `[` followed by a value or `]`.
    static func opensJSONValue(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let opener = bytes.first,
              let next = bytes.dropFirst().first(where: { !ASCIIBytes.isSpace($0) })
        else { return false }
        if opener == UInt8(ascii: "{") { return next == UInt8(ascii: "\"") || next == UInt8(ascii: "}") }
        return "{[\"]-0123456789tfn".utf8.contains(next)
    }

    /// The lowercased extension of the last path component, without the dot ("" when none).
    static func fileExtension(of origin: String) -> String {
        let name = origin.split(separator: "/").last.map(String.init) ?? origin
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// RSS (`<rss`, RSS 1.0 `<rdf:RDF`) or Atom (`<feed`) root within the first bytes.
    static func feedFormat(_ head: [UInt8]) -> InputFormat? {
        // Skip the XML declaration, comments and processing instructions to the root element.
        var i = 0
        while i < head.count {
            guard let open = head[i...].firstIndex(of: UInt8(ascii: "<")) else { return nil }
            let rest = head[(open + 1)...]
            if rest.starts(with: "?".utf8) || rest.starts(with: "!--".utf8) || rest.starts(with: "!doctype".utf8) {
                guard let close = head[open...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
                i = close + 1
                continue
            }
            if rest.starts(with: "rss".utf8) || rest.starts(with: "rdf:rdf".utf8) { return .rss }
            if rest.starts(with: "feed".utf8) { return .atom }
            return nil
        }
        return nil
    }

    static func looksLikeHTML(_ head: [UInt8]) -> Bool {
        for marker in ["<!doctype html", "<html", "<head", "<body", "<div", "<p>", "<p ", "<article", "<meta", "<title"] {
            if ASCIIBytes.contains(head, Array(marker.utf8)) { return true }
        }
        return false
    }

    /// More than one line that starts with `{`: one JSON object per line.
    static func looksLikeJSONLines(_ bytes: ArraySlice<UInt8>) -> Bool {
        var objectLines = 0
        var atLineStart = true
        var depth = 0
        var inString = false
        var escaped = false
        for byte in bytes.prefix(1_000_000) {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true; atLineStart = false
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if atLineStart && depth == 0 && byte == UInt8(ascii: "{") { objectLines += 1; if objectLines > 1 { return true } }
                depth += 1; atLineStart = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1; atLineStart = false
            case UInt8(ascii: "\n"): atLineStart = true
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: atLineStart = false
            }
        }
        return false
    }

}
