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

@Suite("Encodings")
struct EncodingTests {
    @Test("A UTF-8 page that declares another charset is still read as UTF-8")
    func wrongDeclaration() throws {
        let page = "<html><head><meta charset=\"iso-8859-1\"><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>The café in Zürich reopened on Monday — with a new menu, the owner said.</p></body></html>"
        let article = try #require(try ArticleReader().read(bytes: Array(page.utf8), origin: "enc.html", defaultPublished: nil).first)
        #expect(article.cleanText == "The café in Zürich reopened on Monday — with a new menu, the owner said.")
    }

    @Test("A page in a declared legacy charset is converted; undeclared Latin-1 stays an error")
    func declaredLatin1() throws {
        let head = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>Le caf".utf8)
        let tail = Array(" de la gare a rouvert lundi, avec une nouvelle carte et de nouveaux horaires.</p></body></html>".utf8)
        let page = head + [0xE9] + tail
        let article = try #require(try ArticleReader().read(bytes: page, origin: "fr.html", defaultPublished: nil).first)
        #expect(article.cleanText.hasPrefix("Le café de la gare a rouvert lundi"))
        #expect(throws: IngestError.invalidUTF8) {
            try ArticleReader().read(bytes: Array("Le caf".utf8) + [0xE9] + Array(" a rouvert.".utf8), origin: "fr.txt", defaultPublished: nil)
        }
    }
}
