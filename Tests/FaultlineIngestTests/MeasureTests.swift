import FaultlineCore
@testable import FaultlineIngest
import Testing

@Suite("Helpers")
struct HelperTests {
    @Test("Token overlap counts repeated tokens once per occurrence")
    func tokenOverlap() {
        let score = TokenOverlap(extracted: "a a b c", gold: "a b b d e")
        #expect(score.precision == 2.0 / 4.0)  // a, b shared
        #expect(score.recall == 2.0 / 5.0)
        #expect(abs(score.f1 - 2 * 0.5 * 0.4 / 0.9) < 1e-12)
        #expect(TokenOverlap(extracted: "", gold: "x").precision == 0)
        // Unicode white space separates tokens, as in Python's str.split().
        let spaced = TokenOverlap(extracted: "a\u{00A0}b\u{2009}c\u{3000}d", gold: "a b c d")
        #expect(spaced.precision == 1 && spaced.recall == 1)
    }

    @Test("Dates in ISO, RFC 822 and written forms")
    func dates() {
        #expect(DateParsing.civilDate("2025-10-30T08:00:00Z") == CivilDate(year: 2025, month: 10, day: 30))
        #expect(DateParsing.civilDate("Thu, 30 Oct 2025 08:00:00 GMT") == CivilDate(year: 2025, month: 10, day: 30))
        #expect(DateParsing.civilDate("October 30, 2025") == CivilDate(year: 2025, month: 10, day: 30))
        #expect(DateParsing.civilDate("2025/10/30") == CivilDate(year: 2025, month: 10, day: 30))
        #expect(DateParsing.civilDate("yesterday") == nil)
    }

    @Test("Chrome lines versus article lines")
    func chromeLines() {
        for chrome in ["Skip to main content", "Photo: Wikimedia", "Image credit: Reuters", "(Photo by Ann Lee/AFP via Getty Images)",
                       "Share on Facebook", "Facebook Twitter Email", "Advertisement", "Related Articles", "Read more",
                       "Subscribe to our newsletter", "© 2024 Some Outlet", "12 comments", "Accept all cookies",
                       "Sign up for our daily briefing", "| IHA Photo", "Accept all", "Share:", "Updated 5 hours ago", "Advert", "This slideshow requires JavaScript.",
                       "Read more: Quds Force commander visits Baghdad as Iraq's ruling bloc struggles to agree on a candidate for prime minister"] {
            #expect(BoilerplateLine.isBoilerplate(chrome), "\(chrome)")
        }
        for text in ["Iran's Influence in Iraq", "The photo shows the minister arriving.", "Shares fell 3% in early trading.",
                     "Related talks are expected next week.", "Officials refused to accept the offer.", "By the numbers", "Shared interests", "Accept the deal or leave"] {
            #expect(!BoilerplateLine.isBoilerplate(text), "\(text)")
        }
    }

    @Test("Closing promotions are trimmed from the end only")
    func closingPromos() {
        let paragraphs = [
            "Follow us on Twitter for the latest news from the region, and tell us what you think.",
            "The minister said the talks would resume next week.",
            "Sign up for our morning newsletter to get the day's top stories in your inbox, every weekday.",
            "Follow the Courier on Facebook and Instagram.",
        ]
        #expect(BoilerplateLine.trimmingClosingPromos(paragraphs) == Array(paragraphs.prefix(2)))
    }

    @Test("Site suffixes are removed from page titles")
    func siteSuffix() {
        #expect(HTMLMetadataReader.removingSiteSuffix("Bridge Opens on Time | Daily Example", outlet: "Daily Example") == "Bridge Opens on Time")
        #expect(HTMLMetadataReader.removingSiteSuffix("Bridge Opens on Time - News - Daily", outlet: nil) == "Bridge Opens on Time")
        #expect(HTMLMetadataReader.removingSiteSuffix("Left - Right", outlet: nil) == "Left - Right")
        #expect(HTMLMetadataReader.removingSiteSuffix("Talks Resume in Doha - Gulf Wire: News from the Gulf and the World", outlet: "Gulf Wire") == "Talks Resume in Doha")
    }
}
