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
                       "Sign up for our daily briefing"] {
            #expect(BoilerplateLine.isBoilerplate(chrome), "\(chrome)")
        }
        for text in ["Iran's Influence in Iraq", "The photo shows the minister arriving.", "Shares fell 3% in early trading.",
                     "Related talks are expected next week.", "Officials refused to accept the offer."] {
            #expect(!BoilerplateLine.isBoilerplate(text), "\(text)")
        }
    }

    @Test("Site suffixes are removed from page titles")
    func siteSuffix() {
        #expect(HTMLMetadataReader.removingSiteSuffix("Bridge Opens on Time | Daily Example", outlet: "Daily Example") == "Bridge Opens on Time")
        #expect(HTMLMetadataReader.removingSiteSuffix("Bridge Opens on Time - News - Daily", outlet: nil) == "Bridge Opens on Time")
        #expect(HTMLMetadataReader.removingSiteSuffix("Left - Right", outlet: nil) == "Left - Right")
    }
}
