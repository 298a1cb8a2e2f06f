import ArgumentParser
import FaultlineCore
import FaultlineLearning
import FaultlineText
import Foundation

/// `faultline eval tokens`: tokenizer precision, recall and F1 against treebank words.
struct EvalTokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Measure the tokenizer against the words of a CoNLL-U treebank.",
        discussion: """
            Each sentence's `# text` is tokenized on its own (gold sentence boundaries). A token \
            is correct when its byte range equals a gold word's range (words of multi-word \
            tokens such as "do" + "n't" count separately). Sentences whose words do not spell \
            their text in order (typo corrections in the treebank) are skipped and counted. \
            tokens_per_second times the tokenizer alone.
            """
    )

    @Option(name: .long, help: "A CoNLL-U file or a directory of .conllu files.")
    var conllu: String

    @Flag(name: .long, help: "Print one JSON object.")
    var json = false

    @Option(name: .long, help: "Also print up to this many sentences with their wrong tokens.")
    var errors = 0

    func run() throws {
        var sentences: [TreebankSentence] = []
        for file in try TextEval.CoNLLUFiles.read(conllu) {
            do {
                sentences += try CoNLLU.parse(file.content)
            } catch {
                throw TextEval.InputError("\(file.name): not valid CoNLL-U (\(error))")
            }
        }
        let aligned = sentences.filter { sentence in
            sentence.text != nil && sentence.tokens.allSatisfy { !$0.range.isEmpty }
        }
        let tokenizer = Tokenizer()
        let clock = ContinuousClock()
        let started = clock.now
        let predicted = aligned.map { sentence in
            tokenizer.tokenize(sentence.text!, in: 0..<sentence.text!.utf8.count)
        }
        let seconds = TextEval.seconds(clock.now - started)
        var score = TextEval.Score()
        var shown = 0
        for (sentence, tokens) in zip(aligned, predicted) {
            let got = Set(tokens.map(\.range))
            let gold = Set(sentence.tokens.map(\.range))
            score.add(predicted: got, gold: gold)
            if got != gold, shown < errors, !json {
                shown += 1
                print("  TEXT  \(sentence.text!)")
                print("  GOLD  \(sentence.tokens.filter { !got.contains($0.range) }.map(\.text))")
                print("  GOT   \(tokens.filter { !gold.contains($0.range) }.map(\.text))")
            }
        }
        let tokenCount = predicted.reduce(0) { $0 + $1.count }
        let tokensPerSecond = Double(tokenCount) / max(seconds, 1e-9)
        if json {
            try TextEval.printJSON([
                "precision": score.precision, "recall": score.recall, "f1": score.f1,
                "gold_tokens": score.gold, "predicted_tokens": score.predicted,
                "sentences": aligned.count, "skipped_sentences": sentences.count - aligned.count,
                "tokens_per_second": tokensPerSecond,
            ])
        } else {
            print("tokens: \(conllu)")
            print("  sentences \(aligned.count) (skipped \(sentences.count - aligned.count) whose words do not spell the text)")
            print("  gold tokens \(score.gold), predicted \(score.predicted)")
            print("  precision \(TextEval.format(score.precision))  recall \(TextEval.format(score.recall))  f1 \(TextEval.format(score.f1))")
            print("  speed \(Int(tokensPerSecond)) tokens/s")
        }
    }
}
