import FaultlineIngest
import Testing

@Suite("Hostile HTML")
struct HostileHTMLTests {
    @Test("Very deep nesting ends in text or a clear error, never a crash")
    func deepNesting() {
        let depth = 20_000
        let page = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>The mayor opened the new library on Saturday, and hundreds of residents came to see it.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        do {
            let articles = try ArticleReader().read(bytes: Array(page.utf8), origin: "deep.html", defaultPublished: nil)
            #expect(articles.first?.cleanText.contains("The mayor opened the new library") == true)
        } catch {
            // libxml2 stops at its nesting limit (256); the page is then reported as malformed.
            guard case .malformed(format: .html, detail: _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
        }
    }

    @Test("Unclosed tags and stray markup are recovered")
    func tagSoup() throws {
        let page = "<html><body><div class=content><p>The bridge reopened on Friday after repairs that took three months<p>Traffic was light, officials said, <b>but queues formed by evening.</div></span></td>"
        let article = try #require(try ArticleReader().read(bytes: Array(page.utf8), origin: "soup.html", defaultPublished: nil).first)
        #expect(article.cleanText == "The bridge reopened on Friday after repairs that took three months\n\nTraffic was light, officials said, but queues formed by evening.")
    }
}
