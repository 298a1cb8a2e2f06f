import ArgumentParser
import FaultlineLearning
import FaultlineSyntax
import Foundation

/// `faultline train prune`: drops small weights from a trained tagger or parser model.
struct TrainPruneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Drop small weights from a trained tagger or parser model, keeping its provenance.",
        discussion: """
            Writes OUT and OUT.provenance.md: the provenance of MODEL followed by the pruning step \
            (threshold, command, sizes), so the model's history stays complete.
            """
    )

    @Option(name: .long, help: "The trained model (tagger or parser).")
    var model: String
    @Option(name: .long, help: "Where to write the pruned model.")
    var out: String
    @Option(name: .long, help: "Drop averaged weights at or below this magnitude.")
    var minimumWeight: Float

    func run() async throws {
        let bytes: [UInt8]
        do { bytes = Array(try Data(contentsOf: URL(fileURLWithPath: model))) } catch {
            throw ValidationError("\(model): cannot read the model file (\(error.localizedDescription))")
        }
        let kind = try BinaryReader(bytes: bytes).kind
        let pruned: [UInt8]
        switch kind {
        case "faultline-tagger", "faultline-tagger-2": pruned = try Tagger(bytes: bytes).pruned(minimumWeight: minimumWeight).serialized()
        case "faultline-parser", "faultline-parser-2", "faultline-parser-3": pruned = try Parser(bytes: bytes).pruned(minimumWeight: minimumWeight).serialized()
        default: throw ValidationError("\(model): holds a \(kind) model; only taggers and parsers can be pruned")
        }
        try Data(pruned).write(to: URL(fileURLWithPath: out))
        let earlier = (try? String(contentsOfFile: model + ".provenance.md", encoding: .utf8)) ?? "(no provenance found beside \(model))\n"
        let step = """

            ## Pruned

            - Written by: `faultline \(CommandLine.arguments.dropFirst().joined(separator: " "))`
            - Date: \(ISO8601DateFormatter().string(from: Date()))
            - Weights at or below \(minimumWeight) in magnitude dropped: \(bytes.count) → \(pruned.count) bytes\(
                kind == "faultline-parser" || kind == "faultline-parser-2"
                    ? " (also rewritten as a faultline-parser-3 file, whose feature keys take 40 bits)" : "")

            """
        try (earlier + step).write(toFile: out + ".provenance.md", atomically: true, encoding: .utf8)
        print("wrote \(out) (\(bytes.count) → \(pruned.count) bytes)")
    }
}
