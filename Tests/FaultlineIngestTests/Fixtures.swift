/// Small inputs written for these tests (no third-party text).
enum Fixtures {
    /// A page saved as text, with the chrome a scraper keeps.
    static let scrapedText = """
        Skip to main content

        Harbour Council Approves New Ferry Route

        By Dana Whitfield

        The harbour council voted on Tuesday to open a ferry route between the old port and the \
        island of Vell, ending a dispute that had lasted three years.

        Share this article

        Council members said the route would run twice a day from May, and that fares would be \
        set after a public consultation. The photo exhibition at the terminal will stay open.

        We use cookies to improve your experience. By continuing you accept our cookie policy.

        Opponents had argued that the harbour could not handle more traffic, but a study found \
        capacity for four more crossings a day.

        Photo: Port Authority

        © 2025 Example Harbour News. All rights reserved.
        """

    /// A news page with navigation, share bar, caption, cookie banner, related links and comments.
    static let htmlPage = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Rivers Agency Warns of Spring Floods | The Valley Courier</title>
        <meta property="og:site_name" content="The Valley Courier">
        <meta property="og:title" content="Rivers Agency Warns of Spring Floods">
        <meta property="article:published_time" content="2025-03-14T09:30:00+01:00">
        <link rel="canonical" href="https://courier.example/news/spring-floods">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@type":"NewsArticle","headline":"Rivers Agency Warns of Spring Floods",
         "author":{"@type":"Person","name":"Mara Quell"},"datePublished":"2025-03-14",
         "publisher":{"@type":"Organization","name":"The Valley Courier"}}
        </script>
        <style>body { color: black; }</style>
        </head><body>
        <a class="skip-link" href="#main">Skip to main content</a>
        <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
        <li><a href="/sport">Sport</a></li></ul></nav></header>
        <div id="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
        <main>
        <article>
        <h1>Rivers Agency Warns of Spring Floods</h1>
        <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
        <figure><img src="river.jpg"><figcaption>The river at Lowford last week. Photo: Valley Courier</figcaption></figure>
        <p>The rivers agency warned on Friday that snowmelt in the northern hills could flood low-lying \
        farms along the Wend, and asked landowners to move livestock to higher ground.</p>
        <p>Engineers expect the river to peak late next week, when warmer weather arrives. The agency said \
        its barriers at Lowford and Marrow Bridge had been inspected, repaired and tested.</p>
        <p>"We are ready, but people living near the river should prepare as well," the agency's director, \
        Ilse Braun, told reporters at a briefing in the county town.</p>
        <div class="related-articles"><h3>Related</h3><ul>
        <li><a href="/a">Dam repairs finished ahead of schedule</a></li>
        <li><a href="/b">Farmers count cost of last year's floods</a></li></ul></div>
        </article>
        </main>
        <section id="comments"><h2>Comments</h2><div class="comment"><p>This happens every year and nobody \
        listens, the barriers were never enough for the farms on the east bank.</p></div></section>
        <footer><p>© 2025 The Valley Courier</p><a href="/privacy">Privacy policy</a></footer>
        </body></html>
        """

    static let rssFeed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Coastal Wire</title><link>https://wire.example</link><description>News</description>
        <item><title>Lighthouse Reopens After Repairs</title><link>https://wire.example/lighthouse</link>
        <pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate><dc:creator>Ole Varga</dc:creator>
        <content:encoded><![CDATA[<p>The lighthouse at Skerry Point reopened on Monday after two years of repairs to its lamp and tower.</p><p>Visitors can climb the tower again from April, the trust that runs it said.</p>]]></content:encoded>
        </item>
        <item><title>Fishing Quotas Cut</title><link>https://wire.example/quotas</link>
        <pubDate>Wed, 05 Mar 2025 10:15:00 GMT</pubDate>
        <description>&lt;p&gt;Regulators cut cod quotas by a tenth for the coming season, citing falling stocks.&lt;/p&gt;</description>
        </item>
        </channel></rss>
        """

    static let atomFeed = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Mountain Post</title><id>urn:example:feed</id><updated>2025-02-01T00:00:00Z</updated>
        <entry><title>Pass Closed by Snow</title><link rel="alternate" href="https://post.example/pass"/>
        <id>urn:example:1</id><published>2025-01-30T07:00:00Z</published><author><name>Rhea Tomsk</name></author>
        <content type="html">&lt;p&gt;The high pass was closed on Thursday after heavy snow blocked the road near the summit.&lt;/p&gt;</content>
        </entry>
        </feed>
        """

    static let articleJSON = """
        {"url": "https://daily.example/bridge", "outlet": "Daily Example", "title": "Bridge Opens",
         "published": "2025-06-02", "text": "The new bridge opened to traffic on Monday.\\n\\nIt cost less than planned."}
        """
}
