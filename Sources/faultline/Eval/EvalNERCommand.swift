import ArgumentParser
import FaultlineCore
import FaultlineEntities
import Foundation

/// `faultline eval ner`: entity-level exact-match scores of the bundled (or a given) model.
struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Entity-level exact-match precision, recall, F1 (overall and per type) and speed.",
        discussion: """
            Reads an OntoNotes BIO file (`word<TAB>POS<TAB>BIO`, `#doc` lines between documents), \
            tags it with the gold POS column as the syntax stage's tags, and counts a predicted \
            entity as correct only when its bounds and type equal a gold entity's. \
            tokens_per_second times recognition only (no file reading).
            """
    )

    @Option(help: "Gold file (OntoNotes BIO).") var bio: String
    @Option(help: "Model file (default: the bundled model).") var model: String?
    @Flag(help: "Print one JSON object.") var json = false
    @Option(help: "Also print the first N sentences whose entities differ from gold.") var errors = 0

    func run() throws {
        let documents = try readBIO(bio)
        let recognizer: EntityRecognizer
        if let model {
            guard let data = FileManager.default.contents(atPath: model) else {
                throw ValidationError("\(model): cannot read the model file")
            }
            recognizer = try EntityRecognizer(bytes: [UInt8](data))
        } else {
            recognizer = try EntityAnnotator.bundledRecognizer()
        }
        let inputs = documents.map { document in document.map { (words: $0.words, tags: $0.tags) } }
        let tokens = documents.reduce(0) { $0 + $1.reduce(0) { $0 + $1.words.count } }
        let clock = ContinuousClock()
        var predicted: [[[NamedSpan]]] = []
        predicted.reserveCapacity(inputs.count)
        let cpuStart = threadCPUSeconds()
        let elapsed = clock.measure {
            for input in inputs { predicted.append(recognizer.recognize(document: input)) }
        }
        // CPU time of this thread too: on a shared machine wall time also counts other jobs.
        let cpuSeconds = threadCPUSeconds() - cpuStart
        let cpuSpeed = Double(tokens) / max(cpuSeconds, 1e-9)
        var scores = NERScores()
        var shown = 0
        for (document, spans) in zip(documents, predicted) {
            for (sentence, found) in zip(document, spans) {
                scores.add(predicted: found, gold: sentence.spans)
                if shown < errors, Set(found) != Set(sentence.spans) {
                    shown += 1
                    func show(_ spans: [NamedSpan]) -> String {
                        spans.map { "[\(sentence.words[$0.start..<$0.end].joined(separator: " "))]\($0.type.rawValue)" }
                            .joined(separator: " ")
                    }
                    print(sentence.words.joined(separator: " "))
                    print("  gold:      " + show(sentence.spans))
                    print("  predicted: " + show(found))
                }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let speed = Double(tokens) / max(seconds, 1e-9)
        if json {
            var perType: [String: Any] = [:]
            for (type, counts) in scores.perType {
                perType[type.rawValue] = [
                    "precision": counts.precision, "recall": counts.recall, "f1": counts.f1, "gold": counts.gold,
                ]
            }
            let object: [String: Any] = [
                "precision": scores.overall.precision, "recall": scores.overall.recall, "f1": scores.overall.f1,
                "per_type": perType, "tokens": tokens, "tokens_per_second": speed.rounded(),
                "cpu_tokens_per_second": cpuSpeed.rounded(),
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print("\(bio): \(tokens) tokens, \(scores.overall.gold) gold entities")
        print(String(format: "precision %.2f  recall %.2f  F1 %.2f  (%.0f tokens/s wall, %.0f tokens per CPU second)",
                     scores.overall.precision * 100, scores.overall.recall * 100, scores.overall.f1 * 100, speed, cpuSpeed))
        for type in EntityType.allCases {
            guard let counts = scores.perType[type] else { continue }
            print(String(format: "  %-12@ P %6.2f  R %6.2f  F1 %6.2f  gold %5d", type.rawValue as NSString,
                         counts.precision * 100, counts.recall * 100, counts.f1 * 100, counts.gold))
        }
    }
}

/// CPU seconds used by the calling thread so far.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
