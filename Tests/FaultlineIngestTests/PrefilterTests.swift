@testable import FaultlineIngest
import Testing

@Suite("HTML prefilter")
struct PrefilterTests {
    func strip(_ html: String) -> String {
        String(decoding: Array(html.utf8).withUnsafeBytes { HTMLPrefilter.strip($0) }, as: UTF8.self)
    }

    @Test("Scripts, styles, svg and comments are emptied; JSON-LD is kept untouched")
    func rawText() {
        let html = "<head><script>if (a < b) { x = '</div>'; }</script><style>p > a { color: red }</style>"
            + "<script type=\"application/ld+json\">{\"articleBody\": \"<p>Kept</p>\"}</script></head>"
            + "<body><!-- a <p>comment</p> --><svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/></svg><p>Text</p></body>"
        #expect(strip(html) == "<head><script></script><style></style>"
            + "<script type=\"application/ld+json\">{\"articleBody\": \"<p>Kept</p>\"}</script></head>"
            + "<body><svg></svg><p>Text</p></body>")
    }

    @Test("Only the attributes the extractor reads are kept, quoted values may hold > and quotes")
    func attributes() {
        let html = "<a href=\"/x?a>b\" data-x='{\"y\":1}' class=\"link\">Go</a><link rel=canonical href=\"https://e.example/a\"><DIV ID=main Hidden>T</DIV>"
        #expect(strip(html) == "<a class=\"link\">Go</a><link rel=canonical href=\"https://e.example/a\"><DIV ID=main Hidden>T</DIV>")
    }

    @Test("Navigation, footers and asides are emptied with their nested elements; self-closing tags hold nothing")
    func emptiedElements() {
        #expect(strip("<nav><ul><li><nav>x</nav></li></ul>Menu</nav><p>Text</p>") == "<nav></nav><p>Text</p>")
        #expect(strip("<svg class=\"i\"/><p>Keep</p><svg><path d=\"M0\"/></svg>") == "<svg class=\"i\"/><p>Keep</p><svg></svg>")
        #expect(strip("<footer>About us</footer><aside>Ads</aside>") == "<footer></footer><aside></aside>")
    }

    @Test("An unterminated tag or quote passes through as it is")
    func unterminated() {
        #expect(strip("<p>One</p><a href=\"broken>Two") == "<p>One</p><a href=\"broken>Two")
        #expect(strip("<p>One</p><div class") == "<p>One</p><div class")
        #expect(strip("Fish & chips < 5 pounds") == "Fish & chips < 5 pounds")
    }
}
