import ArgumentParser
import FaultlineEntities
import FaultlineLearning
import Foundation

/// `faultline train ner`: trains the entity recognizer from OntoNotes BIO files.
struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the named-entity recognizer (greedy averaged perceptron over BILOU tags).",
        discussion: """
            Reads `word<TAB>POS<TAB>BIO` files (`#doc` lines between documents), trains for \
            --epochs passes with a fixed --seed, logs train accuracy and dev F1 after every \
            epoch, keeps the best epoch, and writes MODEL plus MODEL.provenance.md beside it.
            """
    )

    @Option(help: "Training file (OntoNotes BIO).") var train: String
    @Option(help: "Development file (OntoNotes BIO), scored after every epoch.") var dev: String
    @Option(help: "Where to write the model.") var out: String
    @Option(help: "Passes over the training data.") var epochs = 10
    @Option(help: "Seed of shuffling and POS dropout.") var seed: UInt64 = 1
    @Option(help: "Drop averaged weights smaller than this.") var prune: Float = 0.01
    @Option(help: "Share of training sentences trained without POS tags.") var posDropout = 0.1
    @Option(help: "Reading direction: rtl (last word first) or ltr.") var direction = "rtl"
    @Option(help: "Extra raw text for the word clusters: CoNLL-style files (one word a line in the first column, or the second of 10-column CoNLL-U; blank lines between sentences).")
    var clusterText: [String] = []
    @Option(help: "Use only the first N training documents (0: all), for quick trials.") var limit = 0

    func run() throws {
        var trainDocuments = try readBIO(train)
        if limit > 0 { trainDocuments = Array(trainDocuments.prefix(limit)) }
        let devDocuments = try readBIO(dev)
        var options = NERTrainer.Options()
        options.epochs = epochs
        options.seed = seed
        options.minimumWeight = prune
        options.posDropout = posDropout
        guard direction == "rtl" || direction == "ltr" else { throw ValidationError("--direction must be rtl or ltr, not '\(direction)'") }
        options.rightToLeft = direction == "rtl"
        let started = Date()
        print("training on \(trainDocuments.count) documents, \(trainDocuments.reduce(0) { $0 + $1.count }) sentences; dev \(devDocuments.count) documents")
        var unlabeled: [[String]] = []
        for path in clusterText { unlabeled += try readWordColumn(path) }
        let (recognizer, reports) = NERTrainer(options: options).train(
            train: trainDocuments, dev: devDocuments, unlabeled: unlabeled
        ) { line in
            // Standard error is unbuffered, so a log file shows each epoch as it ends.
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        let bytes = recognizer.serialized()
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        let best = reports.max { $0.devF1 < $1.devF1 }!
        let minutes = Date().timeIntervalSince(started) / 60
        var provenance = """
            # \((out as NSString).lastPathComponent)

            Named-entity recognizer: greedy averaged perceptron over BILOU tags of the 18 OntoNotes
            types, features `\(NERFeatures.version)`, trained by Faultline's own code.

            - training data: `\(train)` (OntoNotes 5.0 English, LDC2013T19, research use)\(limit > 0 ? " (first \(limit) documents)" : "")
            - development data: `\(dev)`
            - raw text for the word clusters besides the training words: \(clusterText.isEmpty ? "none" : clusterText.map { "`\($0)`" }.joined(separator: ", ")) (\(unlabeled.count) sentences)
            - command: `faultline train ner --train \(train) --dev \(dev) --out \(out) --epochs \(epochs) --seed \(seed) --prune \(prune) --pos-dropout \(posDropout) --direction \(direction)\(clusterText.map { " --cluster-text \($0)" }.joined())\(limit > 0 ? " --limit \(limit)" : "")`
            - seed \(seed), \(epochs) epochs, weights below \(prune) pruned; the best epoch is kept: \(best.epoch)
            - dev F1 (entity exact match, gold POS): \(String(format: "%.2f", best.devF1 * 100))
            - size: \(bytes.count) bytes, \(recognizer.model.featureCount) features, \(recognizer.model.weightCount) weights
            - trained on \(ISO8601DateFormatter().string(from: Date())) in \(String(format: "%.1f", minutes)) minutes

            | epoch | train accuracy | dev F1 |
            |---|---|---|

            """
        for report in reports {
            provenance += "| \(report.epoch) | \(String(format: "%.4f", report.trainAccuracy)) | \(String(format: "%.4f", report.devF1)) |\n"
        }
        try provenance.write(toFile: out + ".provenance.md", atomically: true, encoding: .utf8)
        print("wrote \(out) (\(bytes.count) bytes), best epoch \(best.epoch) dev F1 \(String(format: "%.4f", best.devF1))")
    }
}

/// Reads the words of a CoNLL-style file as sentences: the first column (the second when the
/// line has 10 tab-separated fields, as CoNLL-U), blank lines between sentences, comment and
/// -DOCSTART- lines skipped.
func readWordColumn(_ path: String) throws -> [[String]] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw ValidationError("\(path): cannot read the file (does it exist?)")
    }
    var sentences: [[String]] = []
    var current: [String] = []
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
        if line.isEmpty || line.hasPrefix("-DOCSTART-") {
            if !current.isEmpty { sentences.append(current) }
            current = []
            continue
        }
        if line.hasPrefix("#") { continue }
        let tabs = line.split(separator: "\t", omittingEmptySubsequences: false)
        if tabs.count >= 10 {
            if !tabs[0].contains("-"), !tabs[0].contains(".") { current.append(String(tabs[1])) }
        } else if let word = line.split(separator: " ").first.map(String.init) ?? tabs.first.map(String.init) {
            current.append(tabs.count > 1 ? String(tabs[0]) : word)
        }
    }
    if !current.isEmpty { sentences.append(current) }
    return sentences
}

/// Reads an OntoNotes BIO file, with a one-line message naming the file on failure.
func readBIO(_ path: String) throws -> [LabeledDocument] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw ValidationError("\(path): cannot read the file (does it exist?)")
    }
    do {
        return try BIOCorpus.parse([UInt8](data))
    } catch {
        throw ValidationError("\(path): \(error)")
    }
}
