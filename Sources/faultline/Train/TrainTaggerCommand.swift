import ArgumentParser
import FaultlineEntities
import FaultlineLearning
import FaultlineSyntax
import Foundation

/// `faultline train tagger`: trains the part-of-speech tagger and lemmatizer.
struct TrainTaggerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Train the UPOS+XPOS tagger and lemmatizer from CoNLL-U files."
    )

    @Option(name: .long, help: "Training CoNLL-U file or directory (repeatable).")
    var train: [String]
    @Option(name: .long, help: "Extra training text with gold Penn Treebank tags only, `word<TAB>XPOS...` per line, blank line between sentences, `#` lines skipped (repeatable).")
    var extraXpos: [String] = []
    @Option(name: .long, help: "Dev CoNLL-U file used to pick the best epoch.")
    var dev: String
    @Option(name: .long, help: "Where to write the model.")
    var out: String
    @Option(name: .long, help: "Passes over the training data.")
    var epochs: Int = 10
    @Option(name: .long, help: "Seed of the shuffling.")
    var seed: UInt64 = 1
    @Option(name: .long, help: "Jackknife folds for the second pass's right context.")
    var folds: Int = 4
    @Option(name: .long, help: "A model file whose word clusters the tagger reads as features and stores (the NER model: k-means clusters of the OntoNotes words).")
    var clustersFrom: String?
    @Option(name: .long, help: "Drop averaged weights at or below this magnitude.")
    var minimumWeight: Float = 0.05

    func run() async throws {
        let training = try TreebankFiles.load(train)
        let development = try TreebankFiles.load([dev])
        let extra = try extraXpos.flatMap { try TreebankFiles.loadTagged($0) }
        var log: [String] = []
        let options = TrainingOptions(epochs: epochs, seed: seed, folds: folds, minimumWeight: minimumWeight)
        let clusters = try ClusterFile.load(clustersFrom)
        if let clustersFrom { print("word clusters: \(clusters.entries.count) words from \(clustersFrom)") }
        let tagger = TaggerTrainer.train(
            train: training.sentences, extra: extra, dev: development.sentences, options: options, clusters: clusters
        ) { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
            log.append(line)
        }
        let bytes = tagger.serialized()
        try TreebankFiles.writeModel(
            bytes, to: out, what: "two-pass averaged-perceptron UPOS+XPOS tagger and lemmatizer\(clusters.isEmpty ? "" : " (word clusters from \(clustersFrom ?? ""))")",
            trainFiles: training.files + extraXpos.map { $0 + " (XPOS only)" }, devFiles: development.files, seed: seed, epochs: epochs, log: log)
        print("wrote \(out) (\(bytes.count) bytes)")
    }
}
