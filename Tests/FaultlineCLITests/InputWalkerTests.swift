import Foundation
import Testing

@testable import FaultlinePipeline

/// The files a walk leaves out: the database and its WAL files, by any path that resolves to them.
@Suite struct InputWalkerTests {
    @Test func skippedFilesAreLeftOutByNameAndThroughSymbolicLinks() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("walker-\(UUID().uuidString)").path
        defer { try? manager.removeItem(atPath: root) }
        try manager.createDirectory(atPath: root + "/news", withIntermediateDirectories: true)
        for name in ["a.txt", "b.txt", "store.sqlite", "store.sqlite-wal"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/news/" + name))
        }
        // A link with another name to the database, and one to an ordinary file.
        try manager.createSymbolicLink(atPath: root + "/news/c-link.db", withDestinationPath: root + "/news/store.sqlite")
        try manager.createSymbolicLink(atPath: root + "/news/d-link.txt", withDestinationPath: root + "/news/a.txt")
        // The database named through "..": the same file.
        let database = root + "/news/../news/store.sqlite"
        let inputs = InputWalker.inputs(
            for: [root + "/news"], skipping: [database, database + "-wal", database + "-shm"])
        let names = inputs.compactMap { input -> String? in
            guard case .file(let path) = input else { return nil }
            return URL(fileURLWithPath: path).lastPathComponent
        }
        #expect(names == ["a.txt", "b.txt", "d-link.txt"])
        // Without files to skip, everything is read.
        #expect(InputWalker.inputs(for: [root + "/news"]).count == 6)
    }
}
