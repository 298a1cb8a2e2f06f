import Foundation

/// The article fields of a page's JSON-LD (schema.org `NewsArticle`, `Article`, `BlogPosting`,
/// `ReportageNewsArticle` and kin), gathered from every `application/ld+json` script,
/// including `@graph` lists. The first value found for a field is kept.
struct JSONLDArticle: Sendable {
    var headline: String?
    var author: String?
    var datePublished: String?
    var dateModified: String?
    var publisher: String?
    var url: String?
    var articleBody: String?

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "blogposting", "socialmediaposting", "liveblogposting", "report",
        "scholarlyarticle", "techarticle", "webpage",
    ]

    /// Adds what one script holds; unparseable scripts are ignored (pages often have broken ones).
    mutating func merge(json text: String) {
        var source = text.trimming(" \t\r\n")
        if source.hasPrefix("<!--") { source = String(source.dropFirst(4)) }
        if source.hasSuffix("-->") { source = String(source.dropLast(3)) }
        if source.hasPrefix("//<![CDATA[") { source = String(source.dropFirst(11)) }
        if source.hasSuffix("//]]>") { source = String(source.dropLast(5)) }
        guard let value = try? JSONSerialization.jsonObject(with: Data(source.utf8), options: [.fragmentsAllowed]) else { return }
        visit(value, depth: 0)
    }

    private mutating func visit(_ value: Any, depth: Int) {
        guard depth < 6 else { return }
        if let array = value as? [Any] {
            for element in array { visit(element, depth: depth + 1) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
        let types = Self.types(object["@type"])
        guard types.contains(where: Self.articleTypes.contains) else {
            if let main = object["mainEntity"] { visit(main, depth: depth + 1) }
            return
        }
        let isPage = types == ["webpage"]
        if !isPage {
            headline = headline ?? Self.text(object["headline"]) ?? Self.text(object["name"])
            author = author ?? Self.names(object["author"])
            articleBody = articleBody ?? Self.text(object["articleBody"])
        }
        datePublished = datePublished ?? Self.text(object["datePublished"])
        dateModified = dateModified ?? Self.text(object["dateModified"])
        publisher = publisher ?? Self.names(object["publisher"])
        url = url ?? Self.text(object["url"]) ?? Self.names(object["mainEntityOfPage"], key: "@id")
    }

    static func types(_ value: Any?) -> [String] {
        if let single = value as? String { return [single.lowercased()] }
        if let list = value as? [Any] { return list.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    static func text(_ value: Any?) -> String? {
        guard let string = value as? String else { return nil }
        let trimmed = string.trimming(" \t\r\n")
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A name, an object's `name` (or `key`), or several of them joined with ", ".
    static func names(_ value: Any?, key: String = "name") -> String? {
        if let string = text(value) { return key == "name" ? string : (string.hasPrefix("http") ? string : nil) }
        if let object = value as? [String: Any] { return text(object[key]) }
        if let list = value as? [Any] {
            let all = list.compactMap { names($0, key: key) }
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return nil
    }
}
