import ArgumentParser
import FaultlineCore
import FaultlineLearning
import FaultlineSyntax
import Foundation

/// `faultline eval tagging`: tagging, lemma and attachment scores on gold tokens, and speed.
struct EvalTaggingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagging",
        abstract: "Score the tagger, lemmatizer and parser on a CoNLL-U file (gold tokenization).",
        discussion: """
            UPOS, XPOS and lemma accuracy, and UAS/LAS over every word, punctuation included (as \
            the CoNLL 2018 shared task counts them; labels compared in full, subtypes included). \
            tokens_per_second times tagging and parsing together, after the models are loaded.
            """
    )

    @Option(name: .long, help: "Gold CoNLL-U file.")
    var conllu: String
    @Option(name: .long, help: "Tagger model (default: the bundled one).")
    var tagger: String?
    @Option(name: .long, help: "Parser model (default: the bundled one).")
    var parser: String?
    @Option(name: .long, help: "Prune the tagger's weights at or below this magnitude before scoring (to choose a threshold).")
    var pruneTagger: Float?
    @Option(name: .long, help: "Prune the parser's weights at or below this magnitude before scoring.")
    var pruneParser: Float?
    @Option(name: .long, help: "Decode with this beam width instead of the parser model's own.")
    var beam: Int?
    @Option(name: .long, help: "Decode dropping beam items that score more than this below the step's best.")
    var beamMargin: Float?
    @Flag(name: .long, help: "Print one JSON object.")
    var json = false

    func run() async throws {
        let gold = try TreebankFiles.load([conllu]).sentences
        let annotator = try loadAnnotator()
        let inputs = gold.map { sentence in
            sentence.tokens.map { Token(range: $0.range, text: $0.text, spaceAfter: $0.spaceAfter) }
        }
        let timed = Self.annotateAll(inputs, with: annotator)
        let outputs = timed.outputs
        let seconds = timed.seconds
        let cpuSeconds = timed.cpuSeconds
        var counts = (upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0, total: 0)
        for (sentence, output) in zip(gold, outputs) {
            for (expected, found) in zip(sentence.tokens, output) {
                counts.total += 1
                if expected.upos == found.upos { counts.upos += 1 }
                if expected.xpos == found.xpos { counts.xpos += 1 }
                if expected.lemma == found.lemma { counts.lemma += 1 }
                if expected.head == found.head {
                    counts.uas += 1
                    if expected.deprel == found.deprel { counts.las += 1 }
                }
            }
        }
        func score(_ part: Int) -> Double { (10_000 * Double(part) / Double(max(1, counts.total))).rounded() / 100 }
        let speed = (Double(counts.total) / max(seconds, 1e-9)).rounded()
        // On a shared machine wall time includes waiting for the core; CPU time does not.
        let cpuSpeed = (Double(counts.total) / max(cpuSeconds, 1e-9)).rounded()
        if json {
            let fields: [(String, String)] = [
                ("upos", "\(score(counts.upos))"), ("xpos", "\(score(counts.xpos))"),
                ("lemma", "\(score(counts.lemma))"), ("uas", "\(score(counts.uas))"),
                ("las", "\(score(counts.las))"), ("punctuation_included", "true"),
                ("sentences", "\(gold.count)"), ("tokens", "\(counts.total)"),
                ("seconds", String(format: "%.3f", seconds)), ("tokens_per_second", "\(Int(speed))"),
                ("cpu_seconds", String(format: "%.3f", cpuSeconds)), ("tokens_per_cpu_second", "\(Int(cpuSpeed))"),
            ]
            print("{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}")
        } else {
            print("""
                \(conllu): \(gold.count) sentences, \(counts.total) tokens (gold tokenization)
                upos   \(score(counts.upos))
                xpos   \(score(counts.xpos))
                lemma  \(score(counts.lemma))
                uas    \(score(counts.uas))   (all tokens, punctuation included, as CoNLL 2018)
                las    \(score(counts.las))
                speed  \(Int(speed)) tokens/s for tagging + parsing (\(String(format: "%.2f", seconds)) s wall; \(Int(cpuSpeed)) tokens per CPU second)
                """)
        }
    }

    /// CPU time this thread has used, in seconds.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The annotator from --tagger/--parser (or the bundled models), pruned when asked.
    private func loadAnnotator() throws -> SyntaxAnnotator {
        var annotator: SyntaxAnnotator
        if tagger != nil || parser != nil {
            guard let tagger, let parser else { throw ValidationError("pass both --tagger and --parser, or neither") }
            annotator = try SyntaxAnnotator(taggerFile: tagger, parserFile: parser)
        } else {
            annotator = try SyntaxAnnotator.bundled()
        }
        if pruneTagger != nil || pruneParser != nil {
            annotator = SyntaxAnnotator(
                tagger: pruneTagger.map { annotator.tagger.pruned(minimumWeight: $0) } ?? annotator.tagger,
                parser: pruneParser.map { annotator.parser.pruned(minimumWeight: $0) } ?? annotator.parser)
            print("pruned sizes: tagger \(annotator.tagger.serialized().count) bytes, parser \(annotator.parser.serialized().count) bytes")
        }
        if beam != nil || beamMargin != nil {
            annotator = SyntaxAnnotator(
                tagger: annotator.tagger,
                parser: annotator.parser.withBeamWidth(beam ?? annotator.parser.beamWidth, margin: beamMargin))
        }
        return annotator
    }

    /// Tags and parses every sentence, timing it (wall and CPU).
    private static func annotateAll(
        _ inputs: [[Token]], with annotator: SyntaxAnnotator
    ) -> (outputs: [[Token]], seconds: Double, cpuSeconds: Double) {
        var outputs: [[Token]] = []
        outputs.reserveCapacity(inputs.count)
        let clock = ContinuousClock()
        let cpuStart = threadCPUSeconds()
        let start = clock.now
        for tokens in inputs { outputs.append(annotator.parse(annotator.tag(tokens))) }
        let elapsed = clock.now - start
        let cpuSeconds = threadCPUSeconds() - cpuStart
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (outputs, seconds, cpuSeconds)
    }
}
