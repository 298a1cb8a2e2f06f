import FaultlineCore
import FaultlineStore
import Foundation
import Testing

/// The founding article end to end: one document, boilerplate gone, headline as title, and a
/// second ingest adds nothing. Reads ../shared/seed, skipped with a note when it is absent.
@Suite(.enabled(if: CLIHarness.available, "the faultline binary is built"))
struct FoundingArticleTests {
    static let article: String = {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return package.deletingLastPathComponent().appendingPathComponent("shared/seed/qaani-baghdad.txt").path
    }()

    static var articlePresent: Bool {
        let present = FileManager.default.fileExists(atPath: article)
        if !present { print("note: FoundingArticleTests skipped: \(article) is absent") }
        return present
    }

    @Test(.enabled(if: articlePresent, "the founding article is present"))
    func ingestsTheFoundingArticleOnce() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let first = try cli.run(["ingest", Self.article, "--published", "2025-10-30"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("read 1, added 1, duplicates 0, near-duplicates 0, failed 0 in "))
        let again = try cli.run(["ingest", Self.article])
        #expect(again.stdout.hasPrefix("read 1, added 0, duplicates 1,"))

        let store = try cli.store()
        #expect(try store.documentCount() == 1)
        let document = try #require(try store.document(id: 1))
        let lines = try String(contentsOfFile: Self.article, encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        // The headline is the first line of the input that is not site chrome.
        let title = try #require(document.metadata.title)
        #expect(lines.prefix(3).contains(title))
        #expect(!document.cleanText.hasPrefix(title))
        for chrome in ["Skip to main content", "Photo: Wikimedia"] {
            #expect(!document.cleanText.contains(chrome))
        }
        #expect(document.metadata.published?.iso == "2025-10-30")
        #expect(try store.integrityCheck() == ["ok"])
    }
}
