import FaultlineCore
import FaultlineIngest
import Foundation
import Testing

/// Checks on the project's shared reference data; skipped with a note when it is absent.
@Suite("Shared data")
struct SharedDataTests {
    static let seedPath: String = {
        let here = URL(fileURLWithPath: #filePath)
        let repo = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared/seed/qaani-baghdad.txt").path
    }()

    @Test("The founding article: headline as title, no chrome lines, ten paragraphs")
    func foundingArticle() throws {
        guard FileManager.default.fileExists(atPath: Self.seedPath) else {
            print("note: \(Self.seedPath) not found; founding-article check skipped")
            return
        }
        let articles = try ArticleReader().read(contentsOf: Self.seedPath, defaultPublished: nil)
        let article = try #require(articles.first)
        #expect(articles.count == 1)
        #expect(article.format == .text)
        #expect(article.metadata.title == "Tehran Moves to Mend Fractured Shiite Bloc as Regional Influence Falters")
        #expect(!article.cleanText.contains("Skip to main content"))
        #expect(!article.cleanText.contains("Photo: Wikimedia"))
        #expect(!article.cleanText.contains("Tehran Moves to Mend"))
        #expect(article.cleanText.hasPrefix("In a stark sign of Iran's deteriorating regional position"))
        #expect(article.cleanText.components(separatedBy: "\n\n").count == 10)
        #expect(!article.cleanText.hasSuffix(" "))
    }
}
