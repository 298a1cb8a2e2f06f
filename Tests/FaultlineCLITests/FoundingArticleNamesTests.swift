import FaultlineCore
import FaultlineIngest
import FaultlinePipeline
import Testing

/// Names in the founding article come out whole through the standard chain, hyphenated
/// particle names included. Skipped with a note when ../shared is absent.
@Suite struct FoundingArticleNamesTests {
    @Test(.enabled(if: FoundingArticleTests.articlePresent, "the founding article is present"))
    func hyphenatedNamesComeOutWhole() throws {
        let article = try #require(try ArticleReader().read(
            contentsOf: FoundingArticleTests.article, defaultPublished: CivilDate(iso: "2025-10-30")
        ).first)
        let entities = try Pipeline.standard().analyze(article).entities.map(\.text)
        #expect(entities.contains("Mohammed Shia al-Sudani"))
        #expect(entities.contains("Muqtada al-Sadr"))
        #expect(entities.contains { $0.hasSuffix("al-Assad") })
        #expect(!entities.contains { $0.hasPrefix("-") || $0.hasSuffix("-") })
    }
}
