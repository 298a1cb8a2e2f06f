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

    @Test func syndicatedCopiesAreLinkedNotCountedTwice() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let story = """
            Iraq's prime minister received a delegation of Kurdish leaders in Baghdad on Sunday to discuss \
            the budget dispute that has delayed salaries in the region for three months. The talks, which \
            lasted four hours, ended without an agreement, but both sides said they would meet again next \
            week. A government spokesman said the federal finance ministry would release part of the funds \
            once the regional government hands over its oil revenues.
            """
        try cli.write("wire/1-agency.txt", story + "\n")
        try cli.write("wire/2-site.txt", "By our correspondent\n\n" + story + " Reporting by the agency.\n")
        try cli.write("wire/3-other.txt", "Turkey's president met the Iraqi foreign minister in Ankara to discuss water sharing on the Tigris.\n")
        try cli.write("wire/4-same-again.txt", story + "\n")
        let result = try cli.run(["ingest", cli.path("wire")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("read 4, added 2, duplicates 1, near-duplicates 1, failed 0 in "), "\(result.stdout)")
        let documents = try cli.store().documents(limit: nil, offset: 0)
        #expect(documents.map(\.duplicateOf) == [nil, 1, nil])
    }

    @Test func everyItemOfAJSONLinesFileIsADocument() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let lines = [
            #"{"url": "https://example.org/1", "outlet": "Example", "title": "Talks resume", "published": "2025-10-01", "text": "Negotiators from both sides met in Muscat on Tuesday."}"#,
            #"{"url": "https://example.org/2", "outlet": "Example", "title": "Border closed", "text": "The border crossing at Rabia was closed after clashes."}"#,
        ]
        let path = try cli.write("items.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try cli.run(["ingest", path, "--published", "2025-10-05"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("read 2, added 2,"), "\(result.stdout)")
        let documents = try cli.store().documents(limit: nil, offset: 0)
        #expect(documents.map(\.metadata.title) == ["Talks resume", "Border closed"])
        #expect(documents.map { $0.metadata.published?.iso } == ["2025-10-01", "2025-10-05"])
        #expect(documents.map(\.origin) == [path + "#1", path + "#2"])
        #expect(documents.allSatisfy { $0.format == "jsonLines" })
    }

    @Test func theDatabaseInAnIngestedFolderIsNotReadAsInput() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        try cli.write("first.txt", "Lebanon's parliament elected a new speaker on Thursday.\n")
        #expect(try cli.run(["ingest", cli.path("first.txt")]).status == 0)
        try cli.write("second.txt", "Jordan reopened its border crossing with Syria after two weeks.\n")
        let result = try cli.run(["ingest", cli.directory.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("read 2, added 1, duplicates 1, near-duplicates 0, failed 0 in "), "\(result.stdout)")
    }
}
