import ArgumentParser
import FaultlineActors
import Foundation

/// `faultline kb check`: validates the bundled base, or user files against it.
struct KBCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate knowledge-base YAML: syntax, unknown codes, overlapping terms, dangling references (file:line).")

    @Option(name: .customLong("kb"), help: "Directories to check (against the bundled base); default: the bundled base.")
    var directories: [String] = []

    @Flag(help: "Also list warnings (ambiguous names, missing sources).")
    var warnings = false

    func run() async throws {
        var contents = KnowledgeBaseContents()
        var errors: [String] = []
        var focus: Set<String>?
        let bundledFiles = try KnowledgeBase.yamlFiles(in: KnowledgeBase.bundledDirectory)
        var userFiles: [URL] = []
        for directory in directories { userFiles += try KnowledgeBase.yamlFiles(in: URL(fileURLWithPath: directory)) }
        if !directories.isEmpty { focus = Set(userFiles.map(\.path)) }
        for file in bundledFiles + userFiles {
            do {
                contents.merge(try KnowledgeBase.readFile(file))
            } catch let error as KnowledgeBaseError {
                errors.append(error.description)
            }
        }
        let issues = KnowledgeBaseChecker().check(contents, focus: focus)
        let found = issues.filter { $0.severity == .error }
        for line in errors { print(line) }
        for issue in found { print(issue) }
        let warned = issues.filter { $0.severity == .warning }
        if warnings { for issue in warned { print(issue) } }
        let checked = (focus == nil ? bundledFiles : userFiles).count
        print("\(checked) files, \(contents.actors.count) actors, \(contents.ties.count) ties: \(errors.count + found.count) errors, \(warned.count) warnings\(warnings ? "" : " (--warnings lists them)")")
        if !errors.isEmpty || !found.isEmpty { throw ExitCode(1) }
    }
}
