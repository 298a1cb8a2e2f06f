import FaultlineCore
import Foundation
import FaultlineStore

/// Runs the built `faultline` binary in a scratch directory.
struct CLIHarness {
    /// The scratch directory (inputs and the database live here).
    let directory: URL
    /// The database the commands use.
    var database: String { directory.appendingPathComponent("faultline.sqlite").path }

    /// What one run printed and returned.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary next to the test bundle (swift build puts products and tests in one folder).
    static let binary: URL? = {
        var candidates: [URL] = []
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("faultline"))
        if let argument = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("faultline"))
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("faultline"))
        }
        // <package>/Tests/FaultlineCLITests/CLIHarness.swift -> <package>/.build/debug/faultline
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(package.appendingPathComponent(".build/debug/faultline"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Whether the binary was found; tests are skipped (with a printed note) when it was not.
    static var available: Bool {
        if binary == nil { print("note: CLI tests skipped: the faultline binary was not found next to the tests (run `swift build --build-tests`)") }
        return binary != nil
    }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Writes an input file and returns its path.
    @discardableResult
    func write(_ name: String, _ content: String) throws -> String {
        try write(name, bytes: Array(content.utf8))
    }

    /// Writes an input file from bytes and returns its path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// A path inside the scratch directory.
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// Runs `faultline ARGUMENTS --db <database>` and waits for it.
    func run(_ arguments: [String], database: Bool = true, stdin: String? = nil) throws -> Result {
        let process = try launch(arguments, database: database, stdin: stdin)
        let (stdoutPipe, stderrPipe) = (process.standardOutput as! Pipe, process.standardError as! Pipe)
        // Read before waiting so a full pipe cannot block the child.
        let out = stdoutPipe.fileHandleForReading.readDataToEndOfFile()
        let err = stderrPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    /// Starts `faultline ARGUMENTS --db <database>` without waiting.
    func launch(_ arguments: [String], database: Bool = true, stdin: String? = nil, discardOutput: Bool = false) throws -> Process {
        guard let binary = Self.binary else { throw CLIHarnessError.noBinary }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments + (database ? ["--db", self.database] : [])
        process.currentDirectoryURL = directory
        if discardOutput {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        } else {
            process.standardOutput = Pipe()
            process.standardError = Pipe()
        }
        if let stdin {
            let pipe = Pipe()
            process.standardInput = pipe
            try process.run()
            pipe.fileHandleForWriting.write(Data(stdin.utf8))
            try pipe.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        return process
    }

    /// The database, opened directly to check what the commands left in it.
    func store() throws -> SQLiteStore { try SQLiteStore(path: database) }

    func cleanUp() { try? FileManager.default.removeItem(at: directory) }
}

enum CLIHarnessError: Error { case noBinary }
