import ArgumentParser
import FaultlineCore
import FaultlineLearning
import FaultlineText
import Foundation

/// `faultline eval sentences`: sentence-boundary precision, recall and F1.
struct EvalSentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Measure the sentence splitter (boundary precision, recall, F1).",
        discussion: """
            --conllu FILE_OR_DIR: the raw text is rebuilt from the `# text` lines: the sentences \
            of a paragraph joined by one space, paragraphs (`# newpar`, `# newdoc`) separated by \
            a blank line. The whole text is split at once. A boundary is the end offset of a \
            sentence INSIDE a paragraph: paragraph ends are left out of both gold and prediction, \
            since a blank line always ends a sentence (the figures Punkt and pySBD are quoted \
            with measure the same thing). Precision = correct predicted boundaries / predicted; \
            recall = correct / gold.

            --golden FILE: a JSON array of {"text", "sentences"} cases (pySBD's golden rules). A \
            case passes when the split gives exactly the expected sentences; boundaries are \
            scored as above (the end of each text is left out).
            """
    )

    @Option(name: .long, help: "A CoNLL-U file or a directory of .conllu files.")
    var conllu: String?

    @Option(name: .long, help: "A golden-rules JSON file (text and expected sentences per case).")
    var golden: String?

    @Flag(name: .long, help: "Print one JSON object.")
    var json = false

    @Option(name: .long, help: "Also print up to this many missed and spurious boundaries with context (--conllu).")
    var errors = 0

    func run() throws {
        guard (conllu == nil) != (golden == nil) else {
            throw ValidationError("give exactly one of --conllu FILE_OR_DIR or --golden FILE")
        }
        if let conllu { try evaluateTreebank(conllu) }
        if let golden { try evaluateGolden(golden) }
    }

    private func evaluateTreebank(_ path: String) throws {
        var paragraphs: [[String]] = []
        for file in try TextEval.CoNLLUFiles.read(path) {
            let sentences: [TreebankSentence]
            do {
                sentences = try CoNLLU.parse(file.content)
            } catch {
                throw TextEval.InputError("\(file.name): not valid CoNLL-U (\(error))")
            }
            for sentence in sentences {
                guard let text = sentence.text else {
                    throw TextEval.InputError("\(file.name): a sentence has no `# text = ...` line to rebuild the text from")
                }
                if sentence.startsParagraph || paragraphs.isEmpty { paragraphs.append([]) }
                paragraphs[paragraphs.count - 1].append(text)
            }
        }
        // Rebuild the text and the gold boundaries inside paragraphs.
        var text = ""
        var gold = Set<Int>()
        var paragraphEnds = Set<Int>()
        var offset = 0
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 {
                text += "\n\n"
                offset += 2
            }
            for (position, sentence) in paragraph.enumerated() {
                if position > 0 {
                    text += " "
                    offset += 1
                }
                text += sentence
                offset += sentence.utf8.count
                if position < paragraph.count - 1 { gold.insert(offset) } else { paragraphEnds.insert(offset) }
            }
        }
        let clock = ContinuousClock()
        let started = clock.now
        let ranges = SentenceSplitter().split(text)
        let seconds = TextEval.seconds(clock.now - started)
        // The whole text stage (splitting, tokenizing, building the sentence values), for speed.
        var document = AnalyzedDocument(text: text)
        let annotateStarted = clock.now
        try TextAnnotator().annotate(&document)
        let annotateSeconds = TextEval.seconds(clock.now - annotateStarted)
        let annotatedTokens = document.sentences.reduce(0) { $0 + $1.tokens.count }
        let predicted = Set(ranges.map(\.upperBound)).subtracting(paragraphEnds)
        var score = TextEval.Score()
        score.add(predicted: predicted, gold: gold)
        let bytesPerSecond = Double(text.utf8.count) / max(seconds, 1e-9)
        if json {
            try TextEval.printJSON([
                "precision": score.precision, "recall": score.recall, "f1": score.f1,
                "gold_boundaries": score.gold, "predicted_boundaries": score.predicted,
                "paragraphs": paragraphs.count, "sentences": paragraphs.reduce(0) { $0 + $1.count },
                "bytes_per_second": bytesPerSecond,
                "annotator_sentences_per_second": Double(document.sentences.count) / max(annotateSeconds, 1e-9),
                "annotator_tokens_per_second": Double(annotatedTokens) / max(annotateSeconds, 1e-9),
            ])
        } else {
            print("sentence boundaries inside paragraphs: \(path)")
            print("  paragraphs \(paragraphs.count), gold boundaries \(score.gold), predicted \(score.predicted)")
            print("  precision \(TextEval.format(score.precision))  recall \(TextEval.format(score.recall))  f1 \(TextEval.format(score.f1))")
            print("  speed \(TextEval.format(bytesPerSecond / 1e6, digits: 1)) MB/s splitting; whole text stage \(Int(Double(document.sentences.count) / max(annotateSeconds, 1e-9))) sentences/s, \(Int(Double(annotatedTokens) / max(annotateSeconds, 1e-9))) tokens/s")
            printErrors(text, missed: gold.subtracting(predicted), spurious: predicted.subtracting(gold))
        }
    }

    /// Prints boundaries the splitter missed ("MISS") or invented ("FALSE") with 40 bytes around.
    private func printErrors(_ text: String, missed: Set<Int>, spurious: Set<Int>) {
        guard errors > 0 else { return }
        let bytes = Array(text.utf8)
        func context(_ offset: Int) -> String {
            let before = String(decoding: bytes[max(0, offset - 40)..<offset], as: UTF8.self)
            let after = String(decoding: bytes[offset..<min(bytes.count, offset + 40)], as: UTF8.self)
            return (before + " || " + after).replacingOccurrences(of: "\n", with: "\\n")
        }
        for offset in missed.sorted().prefix(errors) { print("  MISS  \(context(offset))") }
        for offset in spurious.sorted().prefix(errors) { print("  FALSE \(context(offset))") }
    }

    private struct GoldenCase: Decodable {
        var text: String
        var sentences: [String]
    }

    private func evaluateGolden(_ path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TextEval.InputError("\(path): cannot be read; pass the golden-rules JSON file")
        }
        let cases: [GoldenCase]
        do {
            cases = try JSONDecoder().decode([GoldenCase].self, from: data)
        } catch {
            throw TextEval.InputError("\(path): expected a JSON array of {\"text\", \"sentences\"} objects (\(error))")
        }
        let splitter = SentenceSplitter()
        var passed = 0
        var score = TextEval.Score()
        var failures: [[String: Any]] = []
        for item in cases {
            let ranges = splitter.split(item.text)
            let bytes = Array(item.text.utf8)
            let got = ranges.map { String(decoding: bytes[$0], as: UTF8.self) }
            if got == item.sentences { passed += 1 } else { failures.append(["text": item.text, "got": got]) }
            // Gold boundaries: where each expected sentence ends, found in order in the text.
            var gold = Set<Int>()
            var search = 0
            for sentence in item.sentences.dropLast() {
                let needle = Array(sentence.utf8)
                if let start = firstIndex(of: needle, in: bytes, from: search) {
                    search = start + needle.count
                    gold.insert(search)
                }
            }
            let predicted = Set(ranges.map(\.upperBound)).subtracting([trimmedEnd(bytes)])
            score.add(predicted: predicted, gold: gold)
        }
        if json {
            try TextEval.printJSON([
                "passed": passed, "total": cases.count, "precision": score.precision,
                "recall": score.recall, "f1": score.f1, "failures": failures,
            ])
        } else {
            print("golden rules: \(passed)/\(cases.count) passed")
            print("  precision \(TextEval.format(score.precision))  recall \(TextEval.format(score.recall))  f1 \(TextEval.format(score.f1))")
            for failure in failures {
                print("  FAIL \(failure["text"] ?? "")")
                for sentence in failure["got"] as? [String] ?? [] { print("       -> \(sentence)") }
            }
        }
    }

    private func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], Array(haystack[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }

    /// The end of a text without its trailing whitespace.
    private func trimmedEnd(_ bytes: [UInt8]) -> Int {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x09 { end -= 1 }
        return end
    }
}
