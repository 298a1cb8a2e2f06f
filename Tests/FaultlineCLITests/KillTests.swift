import FaultlineCore
import FaultlineStore
import Foundation
import GRDB
import Testing

/// `kill -9` in the middle of an ingest run loses at most the document in flight: the database
/// stays sound, holds only whole documents, and a re-run adds exactly the rest.
@Suite(.enabled(if: CLIHarness.available, "the faultline binary is built"))
struct KillTests {
    static let fileCount = 2_000
    static let words = [
        "envoy", "minister", "militia", "talks", "border", "visit", "statement", "council", "army", "cleric",
        "election", "boycott", "ceasefire", "aid", "sanctions", "pipeline", "delegation", "summit", "treaty", "rally",
        "Baghdad", "Tehran", "Beirut", "Damascus", "Ankara", "Doha", "Riyadh", "Amman", "Erbil", "Basra",
        "met", "urged", "warned", "praised", "denied", "signed", "rejected", "hosted", "visited", "called",
    ]

    /// One short sentence per file: its number and five words picked by it, so no two files
    /// are duplicates or near-copies, and analysis (once stages run) stays cheap in debug builds.
    static func report(_ number: Int) -> String {
        let picked = (0..<5).map { index in words[Int(mix(UInt64(number) << 8 | UInt64(index)) % UInt64(words.count))] }
        return "Report \(number) notes " + picked.joined(separator: " ") + ".\n"
    }

    /// splitmix64's finaliser: spreads consecutive numbers over the vocabulary.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    // Synchronous on purpose: the watcher polls with a blocking sleep, so it keeps its thread
    // even when other tests saturate the cooperative pool (an `await Task.sleep` could then
    // resume only after the child has finished).
    @Test func killedRunLeavesWholeDocumentsAndReRunAddsTheRest() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        for number in 0..<Self.fileCount {
            try cli.write("inbox/\(String(format: "%05d", number)).txt", Self.report(number))
        }
        // Create the database first, so the watcher can read it while the child writes.
        _ = try cli.store()
        let child = try cli.launch(["ingest", cli.path("inbox")], discardOutput: true)
        let watcher = try cli.store()
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(60)
        var seen = 0
        while child.isRunning, clock.now < deadline {
            seen = try watcher.documentCount()
            if seen >= 50 { break }
            usleep(5_000)
        }
        #expect(child.isRunning, "the run finished before it could be killed (\(seen) documents seen)")
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)

        let store = try cli.store()
        #expect(try store.integrityCheck() == ["ok"])
        let stored = try store.documentCount()
        #expect(stored >= seen && stored < Self.fileCount, "stored \(stored)")
        // Every stored document is whole: its text, and every row its transaction wrote after
        // the document row (band keys last but one, sentences when a text stage runs).
        for document in try store.documents(limit: nil, offset: 0) {
            let number = try #require(Int(URL(fileURLWithPath: document.origin).deletingPathExtension().lastPathComponent))
            #expect(document.cleanText.trimmingCharacters(in: .whitespacesAndNewlines)
                == Self.report(number).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let database = try DatabaseQueue(path: cli.database)
        let withoutKeys = try database.read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM documents d
                WHERE NOT EXISTS (SELECT 1 FROM document_bands b WHERE b.document_id = d.id)
                """) ?? -1
        }
        #expect(withoutKeys == 0)
        let sentenceCounts = Set(try store.documents(limit: nil, offset: 0).map(\.sentenceCount))
        #expect(sentenceCounts.count == 1, "documents with differing sentence counts: \(sentenceCounts)")

        let rerun = try cli.run(["ingest", cli.path("inbox")])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.hasPrefix(
            "read \(Self.fileCount), added \(Self.fileCount - stored), duplicates \(stored), near-duplicates 0, failed 0 in "),
            "\(rerun.stdout)")
        #expect(try store.documentCount() == Self.fileCount)
        #expect(try store.integrityCheck() == ["ok"])
    }
}
