import ArgumentParser
import FaultlineCore
import FaultlineEntities
import Foundation

/// `faultline eval coref`: pairwise scores of the clusters of named mentions.
struct EvalCorefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coref",
        abstract: "Pairwise precision, recall and F1 of coreference clusters of named mentions.",
        discussion: """
            Reads CoNLL coreference files (a file or every *.conll file of a directory; GUM \
            format: index<TAB>word<TAB>(entity-N...)). Each document's words are split into \
            sentences at . ! ? and run through the entities stage without POS tags (NER, titles, \
            coreference). The named mentions counted are the gold mentions that a mention found \
            by our NER matches (same last word, a gold trailing 's aside, overlapping); nominal \
            and pronoun mentions and names the NER misses are outside the measure. Over those \
            mentions, every pair is linked or not in gold and in ours: precision = correct linked \
            pairs / pairs we link, recall = correct linked pairs / pairs gold links.
            """
    )

    @Option(help: "A CoNLL coreference file or a directory of *.conll files.") var conll: String
    @Option(help: "NER model file (default: the bundled model).") var model: String?
    @Flag(help: "Print one JSON object.") var json = false
    @Flag(help: "Print our clusters next to the gold entities.") var verbose = false

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: conll, isDirectory: &isDirectory) else {
            throw ValidationError("\(conll): no such file or directory")
        }
        let paths: [String]
        if isDirectory.boolValue {
            paths = try FileManager.default.contentsOfDirectory(atPath: conll)
                .filter { $0.hasSuffix(".conll") }.sorted().map { conll + "/" + $0 }
            guard !paths.isEmpty else { throw ValidationError("\(conll): no *.conll files in the directory") }
        } else {
            paths = [conll]
        }
        let recognizer: EntityRecognizer
        if let model {
            guard let data = FileManager.default.contents(atPath: model) else {
                throw ValidationError("\(model): cannot read the model file")
            }
            recognizer = try EntityRecognizer(bytes: [UInt8](data))
        } else {
            recognizer = try EntityAnnotator.bundledRecognizer()
        }
        let annotator = EntityAnnotator(recognizer: recognizer)
        var scores = PairwiseCoreferenceScores()
        var documentCount = 0
        for path in paths {
            let content: String
            do { content = try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw ValidationError("\(path): cannot read the file as UTF-8 text")
            }
            let documents: [CoreferenceDocument]
            do { documents = try CoNLLCoreference.parse(content) } catch { throw ValidationError("\(path): \(error)") }
            guard documents.contains(where: { !$0.mentions.isEmpty }) else {
                throw ValidationError("\(path): no coreference mentions found; expected CoNLL coreference columns like (person-1 ... person-1)")
            }
            for gold in documents {
                documentCount += 1
                var document = Self.document(words: gold.words)
                try annotator.annotate(&document)
                // Mentions back to document word positions.
                var offsets: [Int] = []
                var total = 0
                for sentence in document.sentences {
                    offsets.append(total)
                    total += sentence.tokens.count
                }
                let ours = document.entities.compactMap { mention -> (range: Range<Int>, cluster: Int)? in
                    guard !mention.isNominal, let cluster = mention.cluster else { return nil }
                    let base = offsets[mention.sentence]
                    return ((base + mention.tokens.lowerBound)..<(base + mention.tokens.upperBound), cluster)
                }
                let matched = PairwiseCoreferenceScores.match(ours: ours, gold: gold.mentions, words: gold.words)
                scores.add(ours: matched.ours, gold: matched.gold)
                if verbose {
                    print("# \(gold.name)")
                    for (position, index) in matched.matched.enumerated() {
                        let range = ours[index].range
                        print("  ours \(matched.ours[position])\tgold \(matched.gold[position])\t\(gold.words[range].joined(separator: " "))")
                    }
                }
            }
        }
        if json {
            let object: [String: Any] = [
                "precision": scores.precision, "recall": scores.recall, "f1": scores.f1,
                "documents": documentCount, "mentions": scores.mentions,
                "gold_pairs": scores.goldPairs, "predicted_pairs": scores.predictedPairs, "correct_pairs": scores.correctPairs,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print("\(documentCount) documents, \(scores.mentions) matched named mentions")
        print(String(format: "pairwise precision %.4f  recall %.4f  F1 %.4f  (%d correct of %d predicted, %d gold pairs)",
                     scores.precision, scores.recall, scores.f1, scores.correctPairs, scores.predictedPairs, scores.goldPairs))
    }

    /// A document of the given words, separated by spaces, cut into sentences after . ! ?
    /// (and a closing quote right after them).
    static func document(words: [String]) -> AnalyzedDocument {
        var text = ""
        var tokens: [Token] = []
        for word in words {
            if !text.isEmpty { text += " " }
            let start = text.utf8.count
            text += word
            tokens.append(Token(range: start..<text.utf8.count, text: word))
        }
        var document = AnalyzedDocument(text: text)
        var start = 0
        func close(_ end: Int) {
            guard end > start else { return }
            let range = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
            document.sentences.append(Sentence(range: range, text: document.substring(range), tokens: Array(tokens[start..<end])))
            start = end
        }
        var index = 0
        while index < tokens.count {
            let word = tokens[index].text
            if word == "." || word == "!" || word == "?" {
                var end = index + 1
                while end < tokens.count, ["\"", "'", "”", "’", "''", ")"].contains(tokens[end].text) { end += 1 }
                close(end)
                index = end
                continue
            }
            index += 1
        }
        close(tokens.count)
        return document
    }
}
