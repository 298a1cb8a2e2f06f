import ArgumentParser
import FaultlineActors
import FaultlineCore
import Foundation

/// `faultline actor ...`: code a phrase, show an actor, learn facts from a report.
struct ActorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor",
        abstract: "Code an actor phrase, show an actor's roles and ties, or learn facts from a report.",
        subcommands: [ActorCodeCommand.self, ActorShowCommand.self, ActorLearnCommand.self],
        defaultSubcommand: ActorCodeCommand.self
    )
}

/// Options shared by the actor commands.
struct KnowledgeBaseOptions: ParsableArguments {
    @Option(name: .customLong("kb"), help: "Extra knowledge-base directories (override the bundled base).")
    var directories: [String] = []

    func load() throws -> KnowledgeBase {
        try KnowledgeBase.load(directories: directories.map { URL(fileURLWithPath: $0) })
    }
}

/// Parses a `--date` value.
func parseDate(_ text: String?) throws -> CivilDate? {
    guard let text else { return nil }
    guard let date = CivilDate(iso: text) else { throw ValidationError("--date \(text): not a YYYY-MM-DD date") }
    return date
}

/// Prints an Encodable as one line of JSON.
func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

/// The current UTC day, the report date when none is given.
func today() -> CivilDate {
    let seconds = Int(Date().timeIntervalSince1970)
    return CivilDate(dayNumber: seconds / 86_400)
}
