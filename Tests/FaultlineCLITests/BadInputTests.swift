import FaultlineCore
import FaultlineStore
import Foundation
import Testing

/// Every kind of bad input gets one line naming it and the reason, the run goes on, the exit
/// code is non-zero, and the database is left as it was and sound.
@Suite(.enabled(if: CLIHarness.available, "the faultline binary is built"))
struct BadInputTests {
    /// A database holding one good document, and the harness around it.
    private func seeded() throws -> CLIHarness {
        let cli = try CLIHarness()
        let good = try cli.write("seed.txt", "The foreign minister met his counterpart in Ankara on Tuesday.\n")
        let result = try cli.run(["ingest", good])
        #expect(result.status == 0, "\(result.stderr)")
        return cli
    }

    /// Ingests `path`, expects it refused with `reason` on one line naming it, and the store untouched.
    private func expectRefused(_ path: String, reason: String, in cli: CLIHarness, extra: [String] = []) throws {
        let result = try cli.run(["ingest", path] + extra)
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n").filter { $0.contains(path) }
        #expect(lines.count == 1, "stderr: \(result.stderr)")
        #expect(lines.first?.lowercased().contains(reason.lowercased()) == true, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("added 0,"), "stdout: \(result.stdout)")
        #expect(result.stdout.contains("failed 1 in"), "stdout: \(result.stdout)")
        let store = try cli.store()
        #expect(try store.documentCount() == 1)
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func binaryFile() throws {
        let cli = try seeded()
        defer { cli.cleanUp() }
        let bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3] + Array(repeating: 0, count: 200)
        try expectRefused(try cli.write("program.bin", bytes: bytes), reason: "binary", in: cli)
    }

    @Test func invalidUTF8() throws {
        let cli = try seeded()
        defer { cli.cleanUp() }
        let bytes = Array("Le ministre a d".utf8) + [0xE9] + Array("clar\u{E9} hier que la r".utf8) + [0xE9, 0x75] + Array("nion a eu lieu.\n".utf8)
        try expectRefused(try cli.write("latin1.txt", bytes: bytes), reason: "UTF-8", in: cli)
    }

    @Test func emptyFile() throws {
        let cli = try seeded()
        defer { cli.cleanUp() }
        try expectRefused(try cli.write("empty.txt", ""), reason: "empty", in: cli)
        try expectRefused(try cli.write("blank.txt", "  \n\n\t \n"), reason: "empty", in: cli)
    }

    @Test func fileOverTheLimit() throws {
        let cli = try seeded()
        defer { cli.cleanUp() }
        let text = String(repeating: "The talks in Baghdad went on for a week. ", count: 30)
        try expectRefused(try cli.write("long.txt", text), reason: "too large", in: cli, extra: ["--max-bytes", "500"])
    }

    @Test func hundredMegabyteFileIsRefusedWithoutReadingIt() throws {
        let cli = try seeded()
        defer { cli.cleanUp() }
        // A sparse file: 100 MB long, written in no time. Past its first bytes it is all NUL
        // bytes, so a reader that looked at the content would call it binary: "too large" shows
        // that the size was checked before anything was read.
        let path = cli.path("huge.txt")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("News. ".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100_000_000)
        try handle.close()
        try expectRefused(path, reason: "too large", in: cli)
    }

    @Test func malformedJSON() throws {
        let cli = try seeded()
        defer { cli.cleanUp() }
        let path = try cli.write("article.json", #"{"url": "https://example.org/a", "title": "Talks", "text": "The talks "#)
        try expectRefused(path, reason: "malformed", in: cli)
    }

    @Test func malformedXMLFeed() throws {
        let cli = try seeded()
        defer { cli.cleanUp() }
        let path = try cli.write("feed.rss", """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>Talks</title><description>The talks went on.</item>
            """)
        try expectRefused(path, reason: "malformed", in: cli)
    }

    @Test func malformedHTML() throws {
        let cli = try seeded()
        defer { cli.cleanUp() }
        // A page with no article in it: only navigation and a script.
        let path = try cli.write("page.html", """
            <!DOCTYPE html><html><head><title>Home</title><script>var x = "<p>";</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="share">Share
            """)
        let result = try cli.run(["ingest", path])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").filter { $0.contains(path) }.count == 1, "\(result.stderr)")
        let store = try cli.store()
        #expect(try store.documentCount() == 1)
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func unreadablePaths() throws {
        let cli = try seeded()
        defer { cli.cleanUp() }
        // A named pipe is not a regular file; reading it would block forever.
        let fifo = cli.path("pipe.txt")
        #expect(mkfifo(fifo, 0o644) == 0)
        try expectRefused(fifo, reason: "unreadable", in: cli)
        if getuid() != 0 {  // root reads files whatever their mode
            let locked = try cli.write("locked.txt", "Secret talks were held in Doha.\n")
            #expect(chmod(locked, 0) == 0)
            try expectRefused(locked, reason: "unreadable", in: cli)
        }
    }

    @Test func missingPath() throws {
        let cli = try seeded()
        defer { cli.cleanUp() }
        try expectRefused(cli.path("no-such-report.txt"), reason: "no such file", in: cli)
    }

    @Test func goodFilesAreStoredAndEachBadOneNamedOnce() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        try cli.write("batch/a.txt", "Iraq's prime minister received the Iranian envoy on Sunday.\n")
        try cli.write("batch/b.bin", bytes: [0, 1, 2, 0, 0, 0, 9, 0])
        try cli.write("batch/c.txt", "")
        try cli.write("batch/sub/d.txt", "Hezbollah denied any role in the attack, its spokesman said.\n")
        try cli.write("batch/.hidden.txt", "Not read: hidden files are skipped.\n")
        let result = try cli.run(["ingest", cli.path("batch"), cli.path("missing.txt")])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("read 2, added 2, duplicates 0, near-duplicates 0, failed 3 in "), "\(result.stdout)")
        let errorLines = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("\r") }
        #expect(errorLines.count == 3, "\(result.stderr)")
        for name in ["b.bin", "c.txt", "missing.txt"] {
            #expect(errorLines.filter { $0.contains(name) }.count == 1, "\(name): \(result.stderr)")
        }
        let store = try cli.store()
        #expect(try store.documents(limit: nil, offset: 0).map { URL(fileURLWithPath: $0.origin).lastPathComponent } == ["a.txt", "d.txt"])
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func standardInputIsRead() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        let result = try cli.run(["ingest", "-", "--published", "2025-11-01"], stdin: "Turkey and Iraq signed a water deal in Baghdad.\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("read 1, added 1,"))
        let document = try #require(try cli.store().document(id: 1))
        #expect(document.metadata.published?.iso == "2025-11-01")
    }
}
