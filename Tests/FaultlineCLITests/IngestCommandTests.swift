import FaultlineCore
import FaultlineStore
import Foundation
import Testing

@Suite(.enabled(if: CLIHarness.available, "the faultline binary is built"))
struct IngestCommandTests {
    @Test func ingestsOnceAndSkipsTheSameContentAgain() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let article = try cli.write("report.txt", "Iran sent its top commander to Baghdad this week.\n\nThe visit came before elections.\n")
        let first = try cli.run(["ingest", article, "--published", "2025-10-30"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("read 1, added 1, duplicates 0, near-duplicates 0, failed 0 in "))
        let again = try cli.run(["ingest", article])
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("read 1, added 0, duplicates 1, near-duplicates 0, failed 0 in "))
        let store = try cli.store()
        #expect(try store.documentCount() == 1)
        let document = try #require(try store.document(id: 1))
        #expect(document.metadata.published?.iso == "2025-10-30")
        #expect(document.cleanText.contains("top commander"))
    }
}
