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

/// `faultline actor "TEXT"`: the coding of a phrase on a date.
struct ActorCodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "code", abstract: "Show how a phrase is coded (the default).")

    @Argument(help: "The phrase, e.g. \"Iraqi Prime Minister Mohammed Shia al-Sudani\".")
    var text: String

    @Option(help: "The report date, YYYY-MM-DD (default: today).")
    var date: String?

    @Flag(help: "Print one JSON object.")
    var json = false

    @OptionGroup var kb: KnowledgeBaseOptions

    func run() async throws {
        let knowledgeBase = try kb.load()
        let day = try parseDate(date) ?? today()
        let coder = ActorCoder(knowledgeBase: knowledgeBase)
        guard let match = coder.match(phrase: text, date: day) else {
            if json { print("null") } else { print("\(text): no actor") }
            return
        }
        if json { return try printJSON(match) }
        let code = match.coded.code
        print("\(text) [\(day.iso)]: \(code.description.isEmpty ? "-" : code.description) (country \(code.country ?? "-"), sector \(code.sector ?? "-"))")
        if let id = match.coded.actor, let actor = knowledgeBase.actors[id] {
            print("  actor \(id): \(actor.name) (\(actor.kind.rawValue))")
        } else {
            print("  provisional actor\(match.kind.map { " (\($0.rawValue))" } ?? "")")
        }
        if !match.backers.isEmpty { print("  backed by \(match.backers.joined(separator: ", "))") }
        print("  evidence: \(match.evidence.joined(separator: "; "))")
    }
}

func today() -> CivilDate {
    let seconds = Int(Date().timeIntervalSince1970)
    return CivilDate(dayNumber: seconds / 86_400)
}
