import ArgumentParser
import FaultlineActors
import FaultlineCore
import Foundation

/// `faultline actor learn FILE`: roles and ties a report states, proposed as sourced facts.
struct ActorLearnCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Propose dated, sourced roles and ties stated in a report (kept apart from the curated base).")

    @Argument(help: "A report: plain text, or article JSON with text and published.")
    var file: String

    @Option(help: "The report date, YYYY-MM-DD (default: the JSON's published date, else today).")
    var date: String?

    @Flag(help: "Print one JSON array.")
    var json = false

    @OptionGroup var kb: KnowledgeBaseOptions

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("\(file): cannot read the file") }
        var text = String(decoding: data, as: UTF8.self)
        var published: CivilDate?
        var source = file
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let body = object["text"] as? String {
            text = body
            published = (object["published"] as? String).flatMap { CivilDate(iso: $0) }
            source = (object["url"] as? String) ?? (object["outlet"] as? String) ?? file
        }
        let day = try parseDate(date) ?? published ?? today()
        let learner = FactLearner(knowledgeBase: try kb.load())
        let facts = learner.learn(text: text, date: day, source: source)
        if json { return try printJSON(facts) }
        if facts.isEmpty { print("no roles or ties stated in \(file)") }
        for fact in facts { print(fact.summary) }
    }
}
