import CLibXML2
import FaultlineCore
import Foundation

/// Reads title, author, date, outlet and URL of a page from meta tags (Open Graph, article:*,
/// Dublin Core, Twitter), JSON-LD (schema.org NewsArticle and kin), `<title>`, `<h1>`,
/// `<time datetime>` and the canonical link.
struct HTMLMetadataReader: Sendable {
    /// The page's metadata and, when JSON-LD gives it, the article body as plain text.
    struct PageMetadata: Sendable {
        var metadata: DocumentMetadata
        var articleBody: String?
        /// The page's first `<h1>`, which may differ from the title in meta tags.
        var heading: String?
    }

    /// What one pass over the page collects before the fields are chosen.
    private struct Collected {
        var meta: [String: String] = [:]
        var titleElement: String?
        var firstH1: String?
        var canonical: String?
        var firstTime: String?
        /// The text of the first short element whose class names a byline or author.
        var bylineText: String?
        var itemprop: [String: String] = [:]
        var jsonLD = JSONLDArticle()
    }

    func read(root: XMLNodes.Node) -> PageMetadata {
        var collected = Collected()
        collect(root, into: &collected)
        let meta = collected.meta
        let ld = collected.jsonLD
        func first(_ values: String?...) -> String? {
            for value in values { if let value, !value.isEmpty { return value } }
            return nil
        }
        let outlet = first(meta["og:site_name"], ld.publisher, meta["application-name"], meta["twitter:site"].map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 })
        let rawTitle = first(meta["og:title"], ld.headline, meta["twitter:title"], collected.titleElement, collected.firstH1)
        let title = rawTitle.map { Self.removingSiteSuffix($0, outlet: outlet) }
        let authorMeta = [meta["author"], meta["article:author"], meta["dc.creator"], meta["byl"], meta["parsely-author"], meta["sailthru.author"]]
            .compactMap { $0 }.first { !$0.hasPrefix("http") && !$0.isEmpty }
        let author = first(ld.author, authorMeta, collected.itemprop["author"], collected.bylineText).map(Self.cleanByline)
        // The first date that reads as a plausible day (pages carry placeholders like 0001-01-01).
        let published = [
            meta["article:published_time"], meta["og:article:published_time"], ld.datePublished,
            collected.itemprop["datepublished"], meta["pubdate"], meta["publishdate"], meta["date"], meta["dc.date"],
            meta["dc.date.issued"], meta["sailthru.date"], meta["parsely-pub-date"], meta["article.published"],
            collected.firstTime, ld.dateModified, meta["article:modified_time"],
        ].lazy.compactMap { $0.flatMap(DateParsing.civilDate) }.first { (1900...2100).contains($0.year) }
        let url = first(collected.canonical, meta["og:url"], ld.url)
        let metadata = DocumentMetadata(
            url: url, outlet: outlet ?? url.flatMap(Self.siteName), title: title, author: author,
            published: published)
        return PageMetadata(metadata: metadata, articleBody: ld.articleBody, heading: collected.firstH1)
    }

    private func collect(_ node: XMLNodes.Node, into collected: inout Collected) {
        var child = node.pointee.children
        while let current = child {
            defer { child = current.pointee.next }
            guard XMLNodes.isElement(current) else { continue }
            let tag = HTMLTag(name: current.pointee.name)
            switch tag {
            case .meta:
                let key = XMLNodes.attribute(current, "property") ?? XMLNodes.attribute(current, "name")
                    ?? XMLNodes.attribute(current, "itemprop")
                if let key, let content = XMLNodes.attribute(current, "content") {
                    let lowered = key.lowercased()
                    let value = content.trimming(" \t\r\n")
                    if collected.meta[lowered] == nil, !value.isEmpty { collected.meta[lowered] = value }
                    if XMLNodes.hasAttribute(current, "itemprop"), collected.itemprop[lowered] == nil { collected.itemprop[lowered] = value }
                }
                continue
            case .title:
                if collected.titleElement == nil { collected.titleElement = XMLNodes.text(current) }
                continue
            case .link:
                if collected.canonical == nil, XMLNodes.attribute(current, "rel")?.lowercased() == "canonical" {
                    collected.canonical = XMLNodes.attribute(current, "href")
                }
                continue
            case .script:
                if let type = XMLNodes.attribute(current, "type"), type.lowercased().contains("ld+json") {
                    collected.jsonLD.merge(json: XMLNodes.text(current))
                }
                continue
            case .h1:
                if collected.firstH1 == nil {
                    let text = XMLNodes.text(current)
                    if !text.isEmpty { collected.firstH1 = text }
                }
            case .time:
                if collected.firstTime == nil, let value = XMLNodes.attribute(current, "datetime") { collected.firstTime = value }
            case .style, .svg, .noscript:
                continue
            default:
                break
            }
            if collected.bylineText == nil, let className = XMLNodes.attributeContent(current, "class"),
               Self.namesByline(className)
            {
                let text = XMLNodes.text(current)
                if !text.isEmpty && text.utf8.count <= 100 { collected.bylineText = text }
            }
            if let itemprop = XMLNodes.attribute(current, "itemprop")?.lowercased(), collected.itemprop[itemprop] == nil,
               itemprop == "datepublished" || itemprop == "author"
            {
                let value = XMLNodes.attribute(current, "datetime") ?? XMLNodes.attribute(current, "content") ?? XMLNodes.text(current)
                if !value.isEmpty { collected.itemprop[itemprop] = value }
            }
            collect(current, into: &collected)
        }
    }

    /// "Headline | Outlet" or "Headline - Outlet" without the outlet part.
    static func removingSiteSuffix(_ title: String, outlet: String?) -> String {
        for separator in [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{00B7} "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound]).trimming(" ")
            let tail = String(title[range.upperBound...]).trimming(" ")
            let tailWords = tail.split(separator: " ").count
            let isOutlet = outlet.map {
                let (site, part) = ($0.lowercased(), tail.lowercased())
                return site == part || site.contains(part) || part.hasPrefix(site)
            } ?? false
            if !head.isEmpty, isOutlet || (tailWords <= 4 && head.split(separator: " ").count >= 3) {
                return removingSiteSuffix(head, outlet: outlet)
            }
        }
        return title
    }

    /// Whether a class attribute names a byline ("byline", "author-name", "article__author").
    static func namesByline(_ className: UnsafePointer<UInt8>) -> Bool {
        ["byline", "author-name", "author__name", "article__author"].contains { marker in
            marker.withCString { pattern in
                pattern.withMemoryRebound(to: UInt8.self, capacity: marker.utf8.count + 1) { xmlStrcasestr(className, $0) != nil }
            }
        }
    }

    /// The host of a URL without "www.", as a stand-in outlet name ("https://www.example.com/a" to "example.com").
    static func siteName(_ url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let host = url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        let name = host.hasPrefix("www.") ? host.dropFirst(4) : host[...]
        return name.contains(".") ? String(name).lowercased() : nil
    }

    /// "By Jane Doe" to "Jane Doe".
    static func cleanByline(_ text: String) -> String {
        let trimmed = text.trimming(" \t\r\n")
        var name = trimmed
        if name.lowercased().hasPrefix("by ") { name = String(name.dropFirst(3)).trimming(" ") }
        // "Jane Doe | Reuters", "Jane Doe - 2 hours ago", "Jane Doe Published 11:11 PM": the name.
        for separator in [" | ", " - ", " \u{2014} ", " \u{00B7} "] {
            if let range = name.range(of: separator) { name = String(name[..<range.lowerBound]) }
        }
        for marker in [" published", " updated", " posted"] {
            if let range = name.range(of: marker, options: .caseInsensitive) { name = String(name[..<range.lowerBound]) }
        }
        return name
    }
}
