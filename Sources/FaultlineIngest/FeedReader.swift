import CLibXML2
import FaultlineCore

/// Reads RSS 2.0 (and RSS 1.0) and Atom feeds: one article per item with content. The item's
/// HTML content goes through the same extractor as a page; the feed's title is the outlet.
struct FeedReader: Sendable {
    func articles(bytes: ArraySlice<UInt8>, format: InputFormat, origin: String) throws(IngestError) -> [IngestedArticle] {
        let buffer = Array(bytes)
        let parsed: Result<[IngestedArticle], IngestError> = buffer.withUnsafeBytes { raw in
            let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NOCDATA.rawValue)
            guard let base = raw.baseAddress,
                  let document = xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, "UTF-8", options)
            else {
                return .failure(.malformed(format: format, detail: "not well-formed XML (\(Self.lastParserError()))"))
            }
            defer { xmlFreeDoc(document) }
            guard let root = xmlDocGetRootElement(document) else {
                return .failure(.malformed(format: format, detail: "no root element"))
            }
            let rootName = Self.localName(root)
            let isAtom = rootName == "feed"
            guard isAtom || rootName == "rss" || rootName == "RDF" else {
                return .failure(.malformed(format: format, detail: "root element <\(rootName)> is neither <rss> nor <feed>"))
            }
            let outlet = isAtom ? Self.childText(root, "title") : Self.channel(root).flatMap { Self.childText($0, "title") }
            var items = [XMLNodes.Node]()
            Self.collectItems(root, name: isAtom ? "entry" : "item", into: &items)
            var articles = [IngestedArticle]()
            for (position, item) in items.enumerated() {
                let itemFormat: InputFormat = isAtom ? .atom : .rss
                if var article = isAtom ? Self.atomEntry(item) : Self.rssItem(item) {
                    if article.metadata.outlet == nil { article.metadata.outlet = outlet }
                    article.format = itemFormat
                    article.origin = "\(origin)#\(position + 1)"
                    articles.append(article)
                }
            }
            return .success(articles)
        }
        return try parsed.get()
    }

    static func rssItem(_ item: XMLNodes.Node) -> IngestedArticle? {
        let content = childText(item, "encoded") ?? childText(item, "description")
        guard let content else { return nil }
        let date = childText(item, "pubDate") ?? childText(item, "date")
        let metadata = DocumentMetadata(
            url: childText(item, "link") ?? childText(item, "guid").flatMap { $0.hasPrefix("http") ? $0 : nil },
            outlet: nil, title: childText(item, "title"),
            author: childText(item, "creator") ?? childText(item, "author"),
            published: date.flatMap(DateParsing.civilDate))
        return article(metadata: metadata, content: content, raw: serialize(item))
    }

    static func atomEntry(_ entry: XMLNodes.Node) -> IngestedArticle? {
        guard let content = childText(entry, "content") ?? childText(entry, "summary") else { return nil }
        var link: String?
        var child = entry.pointee.children
        while let current = child {
            if XMLNodes.isElement(current), localName(current) == "link" {
                let rel = XMLNodes.attribute(current, "rel") ?? "alternate"
                if rel == "alternate", link == nil { link = XMLNodes.attribute(current, "href") }
            }
            child = current.pointee.next
        }
        let author = firstChild(entry, "author").flatMap { childText($0, "name") }
        let date = childText(entry, "published") ?? childText(entry, "updated")
        let metadata = DocumentMetadata(
            url: link, outlet: nil, title: childText(entry, "title"), author: author,
            published: date.flatMap(DateParsing.civilDate))
        return article(metadata: metadata, content: content, raw: serialize(entry))
    }

    /// Item content, HTML or plain text, to clean paragraphs (the caller sets format and origin).
    static func article(metadata: DocumentMetadata, content: String, raw: String) -> IngestedArticle {
        let paragraphs: [String]
        if HTMLArticleExtractor.looksLikeHTMLFragment(content) || content.contains("&lt;") || content.contains("</") {
            paragraphs = HTMLArticleExtractor().fragment(html: content).paragraphs
        } else {
            paragraphs = PlainTextExtractor().extract(content).paragraphs
        }
        var clean = paragraphs
        if let title = metadata.title, clean.first == title { clean.removeFirst() }
        return IngestedArticle(metadata: metadata, rawText: raw, cleanText: clean.joined(separator: "\n\n"), format: .rss, origin: "")
    }

    static func localName(_ node: XMLNodes.Node) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    static func channel(_ root: XMLNodes.Node) -> XMLNodes.Node? { firstChild(root, "channel") }

    static func firstChild(_ node: XMLNodes.Node, _ name: String) -> XMLNodes.Node? {
        var child = node.pointee.children
        while let current = child {
            if XMLNodes.isElement(current), localName(current) == name { return current }
            child = current.pointee.next
        }
        return nil
    }

    /// The trimmed text of the first child element named `name`; `nil` when absent or empty.
    static func childText(_ node: XMLNodes.Node, _ name: String) -> String? {
        guard let child = firstChild(node, name) else { return nil }
        var text = ""
        var part = child.pointee.children
        while let current = part {
            if XMLNodes.isText(current), let content = current.pointee.content {
                text += String(cString: content)
            } else if XMLNodes.isElement(current) {
                text += serialize(current)  // Atom type="xhtml" content: keep the markup
            }
            part = current.pointee.next
        }
        let trimmed = text.trimming(" \t\r\n")
        return trimmed.isEmpty ? nil : trimmed
    }

    static func collectItems(_ node: XMLNodes.Node, name: String, into items: inout [XMLNodes.Node]) {
        var child = node.pointee.children
        while let current = child {
            if XMLNodes.isElement(current) {
                if localName(current) == name { items.append(current) } else { collectItems(current, name: name, into: &items) }
            }
            child = current.pointee.next
        }
    }

    /// The XML of one element, for `rawText`.
    static func serialize(_ node: XMLNodes.Node) -> String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        _ = xmlNodeDump(buffer, node.pointee.doc, node, 0, 0)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    static func lastParserError() -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return "parse error" }
        let text = String(cString: message).trimming(" \n")
        return "line \(error.pointee.line): \(text)"
    }
}
