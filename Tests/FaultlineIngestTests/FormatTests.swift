import FaultlineCore
@testable import FaultlineIngest
import Foundation
import Testing

@Suite("Formats")
struct FormatTests {
    let reader = ArticleReader()

    func read(_ text: String, _ origin: String, published: CivilDate? = nil) throws -> [IngestedArticle] {
        try reader.read(bytes: Array(text.utf8), origin: origin, defaultPublished: published)
    }

    @Test("Plain text: headline is the title, chrome lines dropped, paragraphs kept")
    func plainText() throws {
        let articles = try read(Fixtures.scrapedText, "harbour.txt")
        #expect(articles.count == 1)
        let article = try #require(articles.first)
        #expect(article.format == .text)
        #expect(article.origin == "harbour.txt")
        #expect(article.metadata.title == "Harbour Council Approves New Ferry Route")
        #expect(article.metadata.author == "Dana Whitfield")
        let paragraphs = article.cleanText.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 3)
        #expect(paragraphs.first?.hasPrefix("The harbour council voted") == true)
        for chrome in ["Skip to main content", "Share this article", "cookies", "Photo: Port Authority", "©", "Harbour Council Approves"] {
            #expect(!article.cleanText.contains(chrome), "\(chrome) should be gone")
        }
        // A sentence that mentions a photo is article text.
        #expect(article.cleanText.contains("The photo exhibition at the terminal will stay open."))
    }

    @Test("Plain text: hard-wrapped lines are joined into one paragraph")
    func hardWrapped() throws {
        let text = "Storm Reaches the Coast\n\nThe storm reached the coast early on Sunday and\nknocked out power to several villages, officials\nsaid in a statement.\n\nRepairs began at noon."
        let article = try #require(try read(text, "storm.txt").first)
        #expect(article.metadata.title == "Storm Reaches the Coast")
        #expect(article.cleanText == "The storm reached the coast early on Sunday and knocked out power to several villages, officials said in a statement.\n\nRepairs began at noon.")
    }

    @Test("A first line that is a sentence is not taken as the headline")
    func noHeadline() throws {
        let text = "The council met on Monday.\n\nIt approved the budget."
        let article = try #require(try read(text, "plain.txt").first)
        #expect(article.metadata.title == nil)
        #expect(article.cleanText == text)
    }

    @Test("HTML: main text without navigation, share bar, caption, cookie banner, related links, comments")
    func html() throws {
        let article = try #require(try read(Fixtures.htmlPage, "floods.html").first)
        #expect(article.format == .html)
        let paragraphs = article.cleanText.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 3)
        #expect(paragraphs[0].hasPrefix("The rivers agency warned on Friday"))
        #expect(paragraphs[2].hasSuffix("in the county town."))
        for chrome in ["Skip to", "Home", "Facebook", "Lowford last week", "cookies", "Dam repairs", "This happens every year", "Privacy", "©", "Rivers Agency Warns"] {
            #expect(!article.cleanText.contains(chrome), "\(chrome) should be gone")
        }
    }

    @Test("HTML metadata from Open Graph, JSON-LD and the canonical link")
    func htmlMetadata() throws {
        let article = try #require(try read(Fixtures.htmlPage, "floods.html").first)
        #expect(article.metadata.title == "Rivers Agency Warns of Spring Floods")
        #expect(article.metadata.author == "Mara Quell")
        #expect(article.metadata.outlet == "The Valley Courier")
        #expect(article.metadata.url == "https://courier.example/news/spring-floods")
        #expect(article.metadata.published == CivilDate(year: 2025, month: 3, day: 14))
    }

    @Test("HTML metadata without meta tags: <title> minus site suffix, <time datetime>, byline")
    func htmlFallbackMetadata() throws {
        let page = """
            <html><head><title>Mill Reopens in Sarn - Sarn Gazette</title><meta name="author" content="By Tobi Renn"></head>
            <body><div class="story"><h1>Mill Reopens in Sarn</h1><time datetime="2024-11-05">5 November</time>
            <p>The old mill in Sarn reopened on Tuesday as a bakery, with twelve new jobs for the town.</p>
            <p>Its owners, two brothers from the valley, said they had spent four years restoring it.</p></div></body></html>
            """
        let article = try #require(try read(page, "mill.html").first)
        #expect(article.metadata.title == "Mill Reopens in Sarn")
        #expect(article.metadata.author == "Tobi Renn")
        #expect(article.metadata.published == CivilDate(year: 2024, month: 11, day: 5))
        #expect(article.cleanText.hasPrefix("The old mill in Sarn reopened"))
        #expect(!article.cleanText.contains("5 November"))
    }

    @Test("An <h1> that differs from the meta title is still headline, not body")
    func headingNotBody() throws {
        let page = """
            <html><head><meta property="og:title" content="Port strike ends"></head><body><article>
            <h1>Port strike ends after nine days</h1>
            <p>Dock workers returned to work on Wednesday after the union accepted a pay offer of four percent.</p>
            <p>Shipping lines said it would take a week to clear the backlog of containers in the harbour.</p>
            </article></body></html>
            """
        let article = try #require(try read(page, "port.html").first)
        #expect(article.metadata.title == "Port strike ends")
        #expect(article.cleanText.hasPrefix("Dock workers returned"))
    }

    @Test("Byline element, placeholder dates and the outlet from the URL host")
    func bylineAndFallbacks() throws {
        let page = """
            <html><head><link rel="canonical" href="https://www.gulfwire.example/news/1">
            <meta property="article:published_time" content="0001-01-01T00:00:00"></head><body>
            <div class="article-byline">By Sami Nour | Gulf Wire Published 9:00 AM</div>
            <time datetime="2025-02-03T09:00:00Z">Feb 3</time>
            <div class="article-body"><p>The port authority said on Monday that a new terminal would open in the spring, doubling capacity.</p></div>
            </body></html>
            """
        let article = try #require(try read(page, "g.html").first)
        #expect(article.metadata.author == "Sami Nour")
        #expect(article.metadata.published == CivilDate(year: 2025, month: 2, day: 3))
        #expect(article.metadata.outlet == "gulfwire.example")
        #expect(article.cleanText == "The port authority said on Monday that a new terminal would open in the spring, doubling capacity.")
    }

    @Test("Article JSON: fields to metadata, text to paragraphs")
    func articleJSON() throws {
        let article = try #require(try read(Fixtures.articleJSON, "bridge.json").first)
        #expect(article.format == .articleJSON)
        #expect(article.metadata == DocumentMetadata(
            url: "https://daily.example/bridge", outlet: "Daily Example", title: "Bridge Opens",
            published: CivilDate(year: 2025, month: 6, day: 2)))
        #expect(article.cleanText == "The new bridge opened to traffic on Monday.\n\nIt cost less than planned.")
    }

    @Test("JSON Lines: one article per line, origin #N, default date where none is given")
    func jsonLines() throws {
        let lines = """
            {"url":"https://a.example/1","outlet":"A","title":"One","published":"2025-01-02","text":"First report text here."}
            {"url":"https://a.example/2","outlet":"A","title":"Two","text":"Second report text here."}
            """
        let fallback = CivilDate(year: 2025, month: 1, day: 9)
        let articles = try read(lines, "batch.jsonl", published: fallback)
        #expect(articles.map(\.format) == [.jsonLines, .jsonLines])
        #expect(articles.map(\.origin) == ["batch.jsonl#1", "batch.jsonl#2"])
        #expect(articles[0].metadata.published == CivilDate(year: 2025, month: 1, day: 2))
        #expect(articles[1].metadata.published == fallback)
        #expect(articles[1].cleanText == "Second report text here.")
    }

    @Test("RSS 2.0: items with HTML content, dates, authors, feed title as outlet")
    func rss() throws {
        let articles = try read(Fixtures.rssFeed, "wire.xml")
        #expect(articles.count == 2)
        #expect(articles.map(\.format) == [.rss, .rss])
        #expect(articles.map(\.origin) == ["wire.xml#1", "wire.xml#2"])
        #expect(articles[0].metadata.title == "Lighthouse Reopens After Repairs")
        #expect(articles[0].metadata.author == "Ole Varga")
        #expect(articles[0].metadata.outlet == "Coastal Wire")
        #expect(articles[0].metadata.url == "https://wire.example/lighthouse")
        #expect(articles[0].metadata.published == CivilDate(year: 2025, month: 3, day: 4))
        #expect(articles[0].cleanText == "The lighthouse at Skerry Point reopened on Monday after two years of repairs to its lamp and tower.\n\nVisitors can climb the tower again from April, the trust that runs it said.")
        #expect(articles[1].cleanText == "Regulators cut cod quotas by a tenth for the coming season, citing falling stocks.")
    }

    @Test("Atom: entries with HTML content")
    func atom() throws {
        let articles = try read(Fixtures.atomFeed, "post.atom")
        let article = try #require(articles.first)
        #expect(articles.count == 1)
        #expect(article.format == .atom)
        #expect(article.origin == "post.atom#1")
        #expect(article.metadata.title == "Pass Closed by Snow")
        #expect(article.metadata.author == "Rhea Tomsk")
        #expect(article.metadata.outlet == "Mountain Post")
        #expect(article.metadata.url == "https://post.example/pass")
        #expect(article.metadata.published == CivilDate(year: 2025, month: 1, day: 30))
        #expect(article.cleanText == "The high pass was closed on Thursday after heavy snow blocked the road near the summit.")
    }

    @Test("Formats are detected by content; the extension decides only when content does not")
    func detection() {
        func detect(_ text: String, _ origin: String) -> InputFormat {
            FormatDetector.detect(Array(text.utf8)[...], origin: origin)
        }
        #expect(detect(Fixtures.htmlPage, "page.txt") == .html)
        #expect(detect(Fixtures.rssFeed, "feed") == .rss)
        #expect(detect(Fixtures.atomFeed, "feed.xml") == .atom)
        #expect(detect(Fixtures.articleJSON, "a") == .articleJSON)
        #expect(detect("{\"text\":\"a\"}\n{\"text\":\"b\"}\n", "x.json") == .jsonLines)
        #expect(detect("Just some words.", "notes.md") == .text)
        #expect(detect("<p>Hello there, a fragment.</p>", "frag") == .html)
        // Text that opens with a bracket is text, not broken JSON.
        #expect(detect("[Reuters] The talks resumed in Doha.", "wire.txt") == .text)
        #expect(detect("[ The envoy left Baghdad. ]", "note") == .text)
        #expect(detect("{Editor's note} The envoy left.", "note.txt") == .text)
        #expect(detect("[{\"text\":\"a\"}]", "list") == .articleJSON)
        #expect(detect("{ \"text\": \"a\" }", "record.txt") == .articleJSON)
        #expect(detect("[Reuters] broken", "feed.json") == .articleJSON)
    }

    @Test("Gzip-compressed input is read as what it holds")
    func gzip() throws {
        // gzip of "Quiet Day\n\nNothing happened in the town today.\n" (Python gzip, mtime 0).
        let compressed: [UInt8] = Fixtures.gzippedText
        let articles = try reader.read(bytes: compressed, origin: "day.txt.gz", defaultPublished: nil)
        #expect(articles.first?.metadata.title == "Quiet Day")
        #expect(articles.first?.cleanText == "Nothing happened in the town today.")
        #expect(articles.first?.origin == "day.txt.gz")
    }
}

@Suite("HTML rendered by scripts")
struct ScriptRenderedPageTests {
    @Test("A page whose markup lacks the article falls back to JSON-LD articleBody")
    func jsonLDFallback() throws {
        let body = Array(repeating: "The harbour board met on Monday and agreed to dredge the channel before the summer season.", count: 8)
            .joined(separator: "\\n")
        let page = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Channel to Be Dredged",
            "articleBody":"\(body)"}</script></head><body><div id="app">Loading the article.</div></body></html>
            """
        let article = try #require(try ArticleReader().read(bytes: Array(page.utf8), origin: "app.html", defaultPublished: nil).first)
        #expect(article.metadata.title == "Channel to Be Dredged")
        #expect(article.cleanText.components(separatedBy: "\n\n").count == 8)
        #expect(!article.cleanText.contains("Loading"))
    }
}

@Suite("HTML layouts")
struct HTMLLayoutTests {
    func clean(_ page: String) throws -> String {
        try #require(try ArticleReader().read(bytes: Array(page.utf8), origin: "p.html", defaultPublished: nil).first).cleanText
    }

    @Test("Paragraphs separated by <br> instead of <p>, next to a link-heavy sidebar")
    func brParagraphs() throws {
        let page = """
            <html><body><div class="wrap"><div class="main">
            The ferry company said on Monday that it would add a night crossing from June, citing demand from freight firms.<br><br>
            The new service will leave the mainland at midnight and reach the island before dawn, the company said.<br><br>
            Unions welcomed the plan, but asked for more crew on the longer shifts.
            </div><div class="links"><a href="/1">Weather</a> <a href="/2">Sport</a> <a href="/3">Tides and timetables</a>
            <a href="/4">Letters to the editor</a> <a href="/5">Obituaries</a></div></div></body></html>
            """
        let text = try clean(page)
        #expect(text.components(separatedBy: "\n\n").count == 3)
        #expect(text.hasPrefix("The ferry company said on Monday"))
        #expect(!text.contains("Obituaries"))
    }

    @Test("An embedded post quoting an official stays; a share bar does not")
    func embeddedPost() throws {
        let page = """
            <html><body><article>
            <p>The governor defended the campaign on Tuesday, saying it had drawn attention to a serious problem in the state.</p>
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p>We are proud of this campaign and we will not stop until every county is safe.</p>
            &mdash; Governor (@governor) November 18, 2019</blockquote></div>
            <div class="social-share"><a href="#">Share on Facebook</a><a href="#">Share on Twitter</a></div>
            <p>Critics said the money could have been spent on treatment programmes instead, and asked for an audit.</p>
            </article></body></html>
            """
        let text = try clean(page)
        #expect(text.contains("We are proud of this campaign"))
        #expect(!text.contains("Share on"))
    }

    @Test("An article split into parts by an advert keeps all its parts, not the advert")
    func splitArticle() throws {
        let part = """
            <div class="story-part"><p>Part %d of the report: the committee heard from farmers, fishers and shop owners, who \
            described how the closure of the road had cut their trade by a third since the spring.</p>
            <p>Witnesses asked the committee, again and again, to reopen the road before the harvest season begins.</p></div>
            """
        let page = "<html><body><section>" + String(format: part, 1)
            + "</section><div class=\"advert-slot\"><a href=\"/ad\">Buy new tyres today</a></div><section>"
            + String(format: part, 2) + "</section></body></html>"
        let text = try clean(page)
        #expect(text.contains("Part 1 of the report"))
        #expect(text.contains("Part 2 of the report"))
        #expect(!text.contains("tyres"))
    }
}

@Suite("Plain text tops")
struct PlainTextTopTests {
    @Test("Section kickers, author names and UI remnants around the headline are dropped")
    func labels() throws {
        let text = """
            World

            Ministers Agree on Water Sharing Plan

            Lena Ortiz
            ·3 min read
            The ministers of three river states agreed on Tuesday to share the water of the upper basin, \
            ending a decade of quarrels over dams.

            The plan will be reviewed every five years.
            """
        let article = try #require(try ArticleReader().read(bytes: Array(text.utf8), origin: "w.txt", defaultPublished: nil).first)
        #expect(article.metadata.title == "Ministers Agree on Water Sharing Plan")
        #expect(article.cleanText.hasPrefix("The ministers of three river states"))
        #expect(article.cleanText.components(separatedBy: "\n\n").count == 2)
    }
}
