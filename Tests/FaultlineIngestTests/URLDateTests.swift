import FaultlineCore
import FaultlineIngest
import Testing

@Suite struct URLDateTests {
    @Test(arguments: [
        ("https://news.example.org/2018/03/15/strikes-in-the-north/amp", "2018-03-15"),
        ("https://example.com/world/2024-04-01-drone-attack", "2024-04-01"),
        ("https://example.com/en/202509231345", "2025-09-23"),
        ("https://example.com/a/20231102/talks", "2023-11-02"),
        ("http://example.com/2021/7/5/story", "2021-07-05"),
    ])
    func readsTheDayInThePath(url: String, day: String) {
        #expect(URLDate.day(in: url)?.iso == day)
    }

    @Test(arguments: [
        "https://example.com/news/1515814/prime-minister-accepts-invitation",
        "https://example.com/2018/13/40/not-a-day",
        "https://example.com/2023/02/30/no-such-day",
        "https://example.com/story?date=2024/04/01",
        "https://example.com/1850/01/01/too-early",
        "https://example.com/item/e4IKG8SoJGx",
        "not a url",
    ])
    func findsNoDayWhereNoneIsWritten(url: String) {
        #expect(URLDate.day(in: url) == nil)
    }

    @Test func theURLDayComesBeforeTheRunsDefaultButAfterTheRecordsOwn() throws {
        let reader = ArticleReader()
        let fallback = CivilDate(iso: "2000-01-01")
        let fromURL = try reader.read(
            bytes: Array(#"{"url":"https://example.com/2024/10/28/talks","text":"Envoys met in Sanaa."}"#.utf8),
            origin: "a.json", defaultPublished: fallback)
        #expect(fromURL.first?.metadata.published?.iso == "2024-10-28")
        let stated = try reader.read(
            bytes: Array(#"{"url":"https://example.com/2024/10/28/talks","published":"2024-10-29","text":"Envoys met in Sanaa."}"#.utf8),
            origin: "b.json", defaultPublished: fallback)
        #expect(stated.first?.metadata.published?.iso == "2024-10-29")
        let none = try reader.read(
            bytes: Array(#"{"url":"https://example.com/news/talks","text":"Envoys met in Sanaa."}"#.utf8),
            origin: "c.json", defaultPublished: fallback)
        #expect(none.first?.metadata.published?.iso == "2000-01-01")
    }
}
