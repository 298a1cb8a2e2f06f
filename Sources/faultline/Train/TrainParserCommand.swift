import ArgumentParser
import FaultlineCore
import FaultlineEntities
import FaultlineLearning
import FaultlineSyntax
import Foundation

/// `faultline train parser`: trains the dependency parser on jackknifed predicted tags.
struct TrainParserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the arc-eager dependency parser from CoNLL-U files.",
        discussion: """
            The parser is trained on the tags a tagger predicts, not the gold tags: the training \
            data is split into --folds parts, and each part is tagged by a tagger trained on the \
            others (jackknifing). Dev sentences are tagged with --tagger.
            """
    )

    @Option(name: .long, help: "Training CoNLL-U file or directory (repeatable).")
    var train: [String]
    @Option(name: .long, help: "Dev CoNLL-U file used to pick the best epoch.")
    var dev: String
    @Option(name: .long, help: "Where to write the model.")
    var out: String
    @Option(name: .long, help: "The trained tagger model that tags the dev sentences.")
    var tagger: String
    @Option(name: .long, help: "Passes over the training data.")
    var epochs: Int = 15
    @Option(name: .long, help: "Seed of the shuffling and exploration.")
    var seed: UInt64 = 1
    @Option(name: .long, help: "Jackknife folds for the predicted training tags.")
    var folds: Int = 4
    @Option(name: .long, help: "Epochs of each jackknife tagger.")
    var taggerEpochs: Int = 5
    @Option(name: .long, help: "Drop averaged weights at or below this magnitude.")
    var minimumWeight: Float = 1.5
    @Option(name: .long, help: "Minimum weight of the jackknife taggers.")
    var taggerMinimumWeight: Float = 0.2
    @Option(name: .long, help: "Beam width: 1 trains a greedy parser with a dynamic oracle, more a beam-search parser with global max-violation updates.")
    var beam: Int = 1
    @Option(name: .long, help: "A model file whose word clusters the parser reads as features and stores (the NER model: k-means clusters of the OntoNotes words).")
    var clustersFrom: String?
    @Option(name: .long, help: "File that keeps the jackknifed training tags between runs (read when it exists; the jackknife taggers use the --clusters-from clusters too).")
    var taggedCache: String?

    func run() async throws {
        let training = try TreebankFiles.load(train)
        let development = try TreebankFiles.load([dev])
        var log: [String] = []
        let emit: (String) -> Void = { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
            log.append(line)
        }
        let taggerModel: Tagger
        do { taggerModel = try Tagger(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: tagger)))) } catch {
            throw ValidationError("\(tagger): cannot load the tagger model (\(error)); train one with `faultline train tagger`")
        }
        let clusters = try ClusterFile.load(clustersFrom)
        if let clustersFrom { emit("word clusters: \(clusters.entries.count) words from \(clustersFrom)") }
        var trainSentences = training.sentences
        let tags = try jackknifedTags(trainSentences, dev: development.sentences, clusters: clusters, log: emit)
        for index in trainSentences.indices {
            for position in trainSentences[index].tokens.indices {
                let parts = tags[index][position].split(separator: "\t", omittingEmptySubsequences: false)
                trainSentences[index].tokens[position].upos = String(parts[0])
                trainSentences[index].tokens[position].xpos = parts.count > 1 ? String(parts[1]) : ""
            }
        }
        var devSentences = development.sentences
        for index in devSentences.indices {
            let tagged = taggerModel.tag(devSentences[index].tokens)
            for position in tagged.indices {
                devSentences[index].tokens[position].upos = tagged[position].upos
                devSentences[index].tokens[position].xpos = tagged[position].xpos
            }
        }
        let options = TrainingOptions(epochs: epochs, seed: seed, folds: folds, minimumWeight: minimumWeight)
        guard beam >= 1 else { throw ValidationError("--beam must be at least 1, not \(beam)") }
        let parser = ParserTrainer.train(
            train: trainSentences, dev: devSentences, options: options, beamWidth: beam, clusters: clusters, log: emit)
        let bytes = parser.serialized()
        try TreebankFiles.writeModel(
            bytes, to: out,
            what: beam > 1
                ? "beam-search (width \(beam)) arc-eager averaged-perceptron dependency parser (global max-violation training, jackknifed tags\(clusters.isEmpty ? "" : ", word clusters"))"
                : "greedy arc-eager averaged-perceptron dependency parser (dynamic oracle, jackknifed tags\(clusters.isEmpty ? "" : ", word clusters"))",
            trainFiles: training.files, devFiles: development.files + [tagger], seed: seed, epochs: epochs, log: log)
        print("wrote \(out) (\(bytes.count) bytes)")
    }

    /// The UPOS and XPOS tags ("UPOS\tXPOS") of every training word as a tagger that never saw its sentence predicts them.
    private func jackknifedTags(
        _ sentences: [TreebankSentence], dev: [TreebankSentence], clusters: WordClusters,
        log: @escaping (String) -> Void
    ) throws -> [[String]] {
        if let taggedCache, FileManager.default.fileExists(atPath: taggedCache) {
            let lines = try String(contentsOfFile: taggedCache, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            var tags: [[String]] = []
            var current: [String] = []
            for line in lines {
                if line.isEmpty {
                    if !current.isEmpty { tags.append(current) }
                    current = []
                } else {
                    current.append(String(line))
                }
            }
            if tags.count == sentences.count, zip(tags, sentences).allSatisfy({ $0.count == $1.tokens.count }),
               tags.allSatisfy({ $0.allSatisfy { $0.contains("\t") } }) {
                log("jackknifed tags read from \(taggedCache)")
                return tags
            }
            log("\(taggedCache) does not match the training data; tagging again")
        }
        var tags = [[String]](repeating: [], count: sentences.count)
        let foldCount = max(2, folds)
        for fold in 0..<foldCount {
            let part = sentences.indices.filter { $0 % foldCount != fold }.map { sentences[$0] }
            let options = TrainingOptions(epochs: taggerEpochs, seed: seed, folds: 2, minimumWeight: taggerMinimumWeight)
            let foldTagger = TaggerTrainer.train(train: part, dev: dev, options: options, clusters: clusters) { log("jackknife \(fold + 1)/\(foldCount): " + $0) }
            for index in sentences.indices where index % foldCount == fold {
                tags[index] = foldTagger.tag(sentences[index].tokens).map { $0.upos + "\t" + $0.xpos }
            }
        }
        if let taggedCache {
            let text = tags.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\n")
            try text.write(toFile: taggedCache, atomically: true, encoding: .utf8)
        }
        return tags
    }
}
