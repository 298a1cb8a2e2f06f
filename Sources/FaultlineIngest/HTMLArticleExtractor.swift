import CLibXML2
import FaultlineCore

/// Extracts the article from an HTML page: metadata from meta tags, JSON-LD and the title, and
/// the main text with navigation, share bars, captions, cookie banners, related links and
/// comments removed (``MainContentFinder``).
struct HTMLArticleExtractor: Sendable {
    /// What the page yields.
    struct Result: Sendable {
        var metadata: DocumentMetadata
        var paragraphs: [String]
    }

    /// Extracts metadata and body paragraphs from UTF-8 HTML; `nil` when the bytes do not parse.
    func extract(bytes: some Collection<UInt8>) -> Result? {
        let buffer = Array(bytes)
        return buffer.withUnsafeBytes { raw -> Result? in
            guard let document = HTMLDocument(bytes: raw), let root = document.root else { return nil }
            let pageMetadata = HTMLMetadataReader().read(root: root)
            var paragraphs = MainContentFinder(articleBodyHint: pageMetadata.articleBody).paragraphs(root: root)
            // The headline is metadata, not body.
            if let title = pageMetadata.metadata.title {
                paragraphs.removeAll { $0 == title }
            }
            return Result(metadata: pageMetadata.metadata, paragraphs: paragraphs)
        }
    }

    /// An HTML input as an article.
    func article(bytes: ArraySlice<UInt8>, rawText: String, origin: String) throws(IngestError) -> IngestedArticle {
        guard let result = extract(bytes: bytes) else {
            throw .malformed(format: .html, detail: "the parser found no document")
        }
        return IngestedArticle(
            metadata: result.metadata, rawText: rawText, cleanText: result.paragraphs.joined(separator: "\n\n"),
            format: .html, origin: origin)
    }

    /// The paragraphs of an HTML fragment (a feed item's content, an HTML `text` field): all
    /// of it is taken as the article, with chrome blocks removed.
    func fragment(html: String) -> Result {
        let wrapped = "<html><body><div>" + html + "</div></body></html>"
        return Array(wrapped.utf8).withUnsafeBytes { raw -> Result in
            guard let document = HTMLDocument(bytes: raw), let root = document.root else {
                return Result(metadata: DocumentMetadata(), paragraphs: [])
            }
            return Result(metadata: DocumentMetadata(), paragraphs: MainContentFinder(articleBodyHint: nil).allParagraphs(root: root))
        }
    }

    /// Whether a text field holds HTML markup rather than plain text.
    static func looksLikeHTMLFragment(_ text: String) -> Bool {
        let lower = text.prefix(2000).lowercased()
        return ["<p>", "<p ", "<br", "<div", "</a>", "<img", "<ul", "<h2", "<blockquote"].contains(where: lower.contains)
    }
}
