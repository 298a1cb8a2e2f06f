import ArgumentParser
import FaultlineActors
import Foundation

/// `faultline eval actors`: country and sector accuracy of actor coding.
struct EvalActorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Country and sector accuracy of actor coding (actor-resolution CSV and/or PLOVER records, given the sentence).")

    @Option(help: "Actor-resolution expectations (test,method,input_args,assertions).")
    var csv: String?

    @Option(help: "PLOVER gold records (JSON array; first record is documentation).")
    var plover: String?

    @OptionGroup var kb: KnowledgeBaseOptions

    @Flag(help: "List the wrong codings.")
    var errors = false

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() async throws {
        guard csv != nil || plover != nil else { throw ValidationError("pass --csv FILE and/or --plover FILE") }
        let evaluation = ActorEvaluation(annotator: ActorAnnotator(knowledgeBase: try kb.load()))
        var object: [String: Any] = [:]
        func report(_ name: String, _ score: ActorEvaluation.Score) {
            object[name] = [
                "country_accuracy": score.countryAccuracy, "sector_accuracy": score.sectorAccuracy,
                "countries": score.countryTotal, "sectors": score.sectorTotal,
                "none_correct": score.noneCorrect, "none_total": score.noneTotal,
            ]
            if !json {
                print(String(format: "%@: country %.1f%% (%d/%d), sector %.1f%% (%d/%d), no-actor %d/%d", name,
                             score.countryAccuracy * 100, score.countryCorrect, score.countryTotal,
                             score.sectorAccuracy * 100, score.sectorCorrect, score.sectorTotal, score.noneCorrect, score.noneTotal))
                if errors { for line in score.errors { print("  " + line) } }
            }
        }
        if let csv {
            guard let data = FileManager.default.contents(atPath: csv) else { throw ValidationError("\(csv): cannot read the file") }
            report("csv", evaluation.scoreResolutionCSV(String(decoding: data, as: UTF8.self)))
        }
        if let plover {
            guard let data = FileManager.default.contents(atPath: plover) else { throw ValidationError("\(plover): cannot read the file") }
            report("plover", try evaluation.scorePlover(data))
        }
        if json {
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
