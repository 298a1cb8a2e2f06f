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
    func extract(bytes: ArraySlice<UInt8>) -> Result? {
        let filtered = bytes.withUnsafeBytes { HTMLPrefilter.strip($0) }
        return filtered.withUnsafeBytes { raw -> Result? in
            guard let document = HTMLDocument(bytes: raw), let root = document.root else { return nil }
            let pageMetadata = HTMLMetadataReader().read(root: root)
            var paragraphs = MainContentFinder().paragraphs(root: root)
            if let body = pageMetadata.articleBody, let fromJSONLD = Self.paragraphs(ofArticleBody: body, insteadOf: paragraphs) {
                paragraphs = fromJSONLD
            }
            // The headline is metadata, not body: the title anywhere, the page's <h1> at the top.
            if let title = pageMetadata.metadata.title {
                paragraphs.removeAll { $0 == title }
            }
            if let heading = pageMetadata.heading, let index = paragraphs.prefix(3).firstIndex(of: heading) {
                paragraphs.remove(at: index)
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
            return Result(metadata: DocumentMetadata(), paragraphs: MainContentFinder().allParagraphs(root: root))
        }
    }

    /// The JSON-LD `articleBody` as paragraphs when the text found in the markup covers less
    /// than half of it (pages that render the article with scripts, or where the wrong block
    /// won): the publisher's own statement of the body is then the better text. `nil` when the
    /// markup agrees with it well enough, or there is no substantial JSON-LD body.
    static func paragraphs(ofArticleBody body: String, insteadOf extracted: [String]) -> [String]? {
        guard body.utf8.count >= 500 else { return nil }
        let coverage = TokenOverlap(extracted: extracted.joined(separator: " "), gold: body).recall
        guard coverage < 0.5 else { return nil }
        if looksLikeHTMLFragment(body) { return HTMLArticleExtractor().fragment(html: body).paragraphs }
        return body.split(separator: "\n").map { String($0).trimming(" \t\r") }
            .filter { !$0.isEmpty && !BoilerplateLine.isBoilerplate($0) }
    }

    /// Whether a text field holds HTML markup rather than plain text.
    static func looksLikeHTMLFragment(_ text: String) -> Bool {
        let lower = text.prefix(2000).lowercased()
        return ["<p>", "<p ", "<br", "<div", "</a>", "<img", "<ul", "<h2", "<blockquote"].contains(where: lower.contains)
    }
}
