import FaultlineCore
import FaultlineIngest
import Foundation
import Testing

@Suite("Bad input")
struct BadInputTests {
    let reader = ArticleReader()

    func error(_ bytes: [UInt8], _ origin: String, reader: ArticleReader = ArticleReader()) -> IngestError? {
        do {
            _ = try reader.read(bytes: bytes, origin: origin, defaultPublished: nil)
            return nil
        } catch {
            return error
        }
    }

    @Test("Binary data: NUL bytes or many control bytes")
    func binary() {
        #expect(error([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "image.png") == .binary)
        let controls = (0..<200).map { UInt8($0 % 2 == 0 ? 0x41 : 0x03) }
        #expect(error(controls, "odd.txt") == .binary)
    }

    @Test("Invalid UTF-8")
    func invalidUTF8() {
        // Latin-1 "café" and a truncated sequence.
        #expect(error(Array("Le caf".utf8) + [0xE9, 0x20] + Array(" est ouvert.".utf8), "latin1.txt") == .invalidUTF8)
        #expect(error(Array("Cut ".utf8) + [0xE2, 0x80], "cut.txt") == .invalidUTF8)
    }

    @Test("Empty and whitespace-only input, and text with nothing but chrome")
    func empty() {
        #expect(error([], "empty.txt") == .empty)
        #expect(error(Array(" \n\t\r\n  ".utf8), "blank.txt") == .empty)
        #expect(error(Array("Skip to main content\n\nShare this article\n".utf8), "chrome.txt") == .empty)
    }

    @Test("Too large: refused by size before reading")
    func tooLarge() throws {
        let small = ArticleReader(maxBytes: 10)
        #expect(error(Array("Eleven byte".utf8), "x.txt", reader: small) == .tooLarge(bytes: 11, limit: 10))
        // A sparse 100 MB file: refused from its size alone (no 100 MB read in a unit test).
        let path = NSTemporaryDirectory() + "faultline-ingest-\(UUID().uuidString).txt"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100_000_000)
        try handle.close()
        #expect(throws: IngestError.tooLarge(bytes: 100_000_000, limit: 20_000_000)) {
            try reader.read(contentsOf: path, defaultPublished: nil)
        }
    }

    @Test("Malformed HTML: a page without body text")
    func malformedHTML() {
        let page = "<html><head><title>x</title><script>var a = 1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>"
        guard case .malformed(format: .html, detail: _)? = error(Array(page.utf8), "page.html") else {
            Issue.record("expected malformed HTML")
            return
        }
    }

    @Test("Malformed JSON, JSON without text, a bad JSON Lines line")
    func malformedJSON() {
        guard case .malformed(format: .articleJSON, detail: let detail)? = error(Array("{\"title\": \"x\", ".utf8), "a.json") else {
            Issue.record("expected malformed JSON")
            return
        }
        #expect(detail.contains("not valid JSON"))
        guard case .malformed(format: .articleJSON, detail: let missing)? = error(Array("{\"title\": \"x\"}".utf8), "b.json") else {
            Issue.record("expected a missing text field")
            return
        }
        #expect(missing.contains("\"text\""))
        let lines = "{\"text\": \"Good line of text.\"}\n{\"text\": broken}\n"
        guard case .malformed(format: .jsonLines, detail: let line)? = error(Array(lines.utf8), "c.jsonl") else {
            Issue.record("expected malformed JSON Lines")
            return
        }
        #expect(line.contains("line 2"))
    }

    @Test("Malformed XML feeds")
    func malformedFeed() {
        let broken = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>A</item></channel></rss>"
        guard case .malformed(format: .rss, detail: let detail)? = error(Array(broken.utf8), "feed.rss") else {
            Issue.record("expected malformed RSS")
            return
        }
        #expect(detail.contains("not well-formed XML"))
        let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>x</title>"
        guard case .malformed(format: .atom, detail: _)? = error(Array(atom.utf8), "feed.atom") else {
            Issue.record("expected malformed Atom")
            return
        }
    }

    @Test("Unreadable paths: missing file, directory")
    func unreadable() {
        #expect(throws: IngestError.unreadable(reason: "No such file or directory")) {
            try reader.read(contentsOf: "/nonexistent/faultline/report.txt", defaultPublished: nil)
        }
        #expect(throws: IngestError.unreadable(reason: "is a directory")) {
            try reader.read(contentsOf: NSTemporaryDirectory(), defaultPublished: nil)
        }
    }

    @Test("Corrupt gzip data")
    func corruptGzip() {
        guard case .unreadable(reason: let reason)? = error([0x1f, 0x8b, 0x08, 0x00, 0x12, 0x34, 0x56], "x.html.gz") else {
            Issue.record("expected unreadable")
            return
        }
        #expect(reason.contains("gzip"))
    }

    @Test("Every error describes itself in one line that says what to do")
    func descriptions() {
        let errors: [IngestError] = [
            .binary, .invalidUTF8, .empty, .tooLarge(bytes: 5, limit: 1),
            .malformed(format: .rss, detail: "line 3: tag mismatch"), .unreadable(reason: "permission denied"),
        ]
        for error in errors {
            #expect(!error.description.contains("\n"))
            #expect(error.description.contains(";"), "\(error.description) should say what to do")
        }
    }
}
