import ArgumentParser
import FaultlineActors
import FaultlineCore

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
