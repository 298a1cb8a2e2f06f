import FaultlineCore
import Foundation

/// Reads article JSON: one object `{"url","outlet","title","published","text"}` per file, an
/// array of them, or one per line (JSON Lines). `text` may be plain text or HTML.
struct ArticleJSONReader: Sendable {
    func articles(text: String, format: InputFormat, origin: String) throws(IngestError) -> [IngestedArticle] {
        switch format {
        case .jsonLines:
            var articles = [IngestedArticle]()
            var lineNumber = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lineNumber += 1
                let trimmed = line.trimming(" \t\r")
                if trimmed.isEmpty { continue }
                let object = try parseObject(trimmed, format: .jsonLines, where: "line \(lineNumber)")
                articles.append(try article(object, raw: trimmed, format: .jsonLines, origin: "\(origin)#\(articles.count + 1)", where: "line \(lineNumber)"))
            }
            return articles
        default:
            let value: Any
            do {
                value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
            } catch {
                throw .malformed(format: .articleJSON, detail: "not valid JSON (\(Self.reason(error)))")
            }
            if let object = value as? [String: Any] {
                return [try article(object, raw: text, format: .articleJSON, origin: origin, where: "the object")]
            }
            if let array = value as? [Any] {
                var articles = [IngestedArticle]()
                for (index, element) in array.enumerated() {
                    guard let object = element as? [String: Any] else {
                        throw .malformed(format: .articleJSON, detail: "element \(index + 1) of the array is not an object")
                    }
                    articles.append(try article(object, raw: Self.serialize(object), format: .articleJSON, origin: "\(origin)#\(index + 1)", where: "element \(index + 1)"))
                }
                return articles
            }
            throw .malformed(format: .articleJSON, detail: "expected an object with a \"text\" field")
        }
    }

    private func parseObject(_ line: String, format: InputFormat, where place: String) throws(IngestError) -> [String: Any] {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
        } catch {
            throw .malformed(format: format, detail: "\(place) is not valid JSON (\(Self.reason(error)))")
        }
        guard let object = value as? [String: Any] else { throw .malformed(format: format, detail: "\(place) is not a JSON object") }
        return object
    }

    private func article(_ object: [String: Any], raw: String, format: InputFormat, origin: String, where place: String) throws(IngestError) -> IngestedArticle {
        guard let body = Self.string(object, ["text", "body", "articleBody", "content"]) else {
            throw .malformed(format: format, detail: "\(place) has no \"text\" string field")
        }
        var metadata = DocumentMetadata(
            url: Self.string(object, ["url", "link"]),
            outlet: Self.string(object, ["outlet", "source", "site"]),
            title: Self.string(object, ["title", "headline"]),
            author: Self.string(object, ["author", "byline"]),
            published: Self.string(object, ["published", "date", "datePublished"]).flatMap(DateParsing.civilDate))
        let cleanText: String
        if HTMLArticleExtractor.looksLikeHTMLFragment(body) {
            let fragment = HTMLArticleExtractor().fragment(html: body)
            cleanText = fragment.paragraphs.joined(separator: "\n\n")
        } else {
            let result = PlainTextExtractor().extract(body)
            if metadata.title == nil, let title = result.title { metadata.title = title }
            if metadata.author == nil { metadata.author = result.author }
            // A given title may also open the text: it is not part of the body.
            var paragraphs = result.paragraphs
            if let title = metadata.title, paragraphs.first == title { paragraphs.removeFirst() }
            if let title = metadata.title, result.title != nil, result.title != title {
                paragraphs.insert(result.title!, at: 0)  // the text's first line was not a headline after all
            }
            cleanText = paragraphs.joined(separator: "\n\n")
        }
        return IngestedArticle(metadata: metadata, rawText: raw, cleanText: cleanText, format: format, origin: origin)
    }

    /// The first non-empty string among the keys (trimmed).
    static func string(_ object: [String: Any], _ keys: [String]) -> String? {
        for key in keys {
            if let value = object[key] as? String {
                let trimmed = value.trimming(" \t\r\n")
                if !trimmed.isEmpty { return trimmed }
            }
        }
        return nil
    }

    static func reason(_ error: any Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "syntax error"
        return text.split(separator: "\n").first.map(String.init) ?? text
    }

    static func serialize(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}
