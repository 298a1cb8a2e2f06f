import ArgumentParser
import FaultlineCore
import FaultlineEntities
import Foundation

/// `faultline eval timex --timeml DIR`: time expressions against TimeML TIMEX3 annotations.
struct EvalTimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Score time expressions against TimeML (.tml) files: extent strict/relaxed F1, value and type accuracy.",
        discussion: """
            Reads every .tml file under DIR (a file name seen twice is read once), strips the tags from \
            <TEXT>, tags the text against the document creation time and compares with the gold TIMEX3s \
            (the creation time excluded). Value and type accuracy are over relaxed (overlapping) matches, \
            as TempEval-3 reports attribute scores. documents_per_second times tagging only.
            """
    )

    @Option(name: .customLong("timeml"), help: "A directory of TimeML .tml files (searched recursively), or one file.")
    var directory: String

    @Flag(name: .customLong("json"), help: "Print one JSON object.")
    var json = false

    @Flag(name: .customLong("errors"), help: "Also list missed, spurious and wrongly valued expressions.")
    var errors = false

    func run() throws {
        let files = try Self.timeMLFiles(under: directory)
        var documents: [TimeMLDocument] = []
        for file in files {
            let contents: String
            do {
                contents = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw TextEval.InputError("\(file): cannot read it as UTF-8 text (\(error.localizedDescription))")
            }
            do {
                documents.append(try TimeMLDocument(parsing: contents, name: file))
            } catch {
                throw TextEval.InputError(error.description)
            }
        }
        let tagger = TimeExpressionTagger()
        var found: [[TimeExpression]] = []
        found.reserveCapacity(documents.count)
        let clock = ContinuousClock()
        let started = clock.now
        for document in documents {
            found.append(tagger.find(in: document.text, documentDate: document.creationDate))
        }
        let seconds = TextEval.seconds(clock.now - started)
        var score = TimexScore()
        for (document, predicted) in zip(documents, found) {
            score.add(found: predicted, gold: document.timeExpressions)
            if errors { Self.printErrors(document: document, found: predicted) }
        }
        let perSecond = seconds > 0 ? Double(documents.count) / seconds : 0
        let textBytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let megabytesPerSecond = seconds > 0 ? Double(textBytes) / seconds / 1_000_000 : 0
        if json {
            let object: [String: Any] = [
                "documents": documents.count, "gold": score.gold, "found": score.found,
                "extent_strict_precision": score.strict.precision, "extent_strict_recall": score.strict.recall,
                "extent_strict_f1": score.strict.f1,
                "extent_relaxed_precision": score.relaxed.precision, "extent_relaxed_recall": score.relaxed.recall,
                "extent_relaxed_f1": score.relaxed.f1,
                "value_accuracy": score.valueAccuracy, "value_f1": score.valueAccuracy * score.relaxed.f1,
                "type_accuracy": score.typeAccuracy, "documents_per_second": perSecond,
                "text_megabytes_per_second": megabytesPerSecond,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            func f(_ value: Double) -> String { String(format: "%.3f", value) }
            print("documents: \(documents.count)  gold TIMEX3: \(score.gold)  found: \(score.found)")
            print("extent strict:  P \(f(score.strict.precision))  R \(f(score.strict.recall))  F1 \(f(score.strict.f1))")
            print("extent relaxed: P \(f(score.relaxed.precision))  R \(f(score.relaxed.recall))  F1 \(f(score.relaxed.f1))")
            print("value accuracy (of relaxed matches): \(f(score.valueAccuracy))  (value F1 \(f(score.valueAccuracy * score.relaxed.f1)))")
            print("type accuracy (of relaxed matches):  \(f(score.typeAccuracy))")
            print("documents/s (tagging only): \(String(format: "%.0f", perSecond))  (\(String(format: "%.1f", megabytesPerSecond)) MB of text/s)")
        }
    }

    /// The .tml files under `path`, sorted, each file name once.
    static func timeMLFiles(under path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TextEval.InputError("\(path): no such file or directory; pass --timeml DIR with TimeML .tml files")
        }
        guard isDirectory.boolValue else { return [path] }
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            throw TextEval.InputError("\(path): cannot list the directory")
        }
        var seen = Set<String>()
        var files: [String] = []
        for case let relative as String in walker where relative.hasSuffix(".tml") {
            let name = (relative as NSString).lastPathComponent
            if seen.insert(name).inserted { files.append((path as NSString).appendingPathComponent(relative)) }
        }
        guard !files.isEmpty else { throw TextEval.InputError("\(path): no .tml files found") }
        return files.sorted()
    }

    private static func printErrors(document: TimeMLDocument, found: [TimeExpression]) {
        let dct = document.creationDate?.iso ?? "none"
        for gold in document.timeExpressions {
            if let match = found.first(where: { $0.range.overlaps(gold.range) }) {
                if match.range != gold.range {
                    print("EXTENT\t\(document.id)\t\(dct)\tgold '\(gold.text)'\tfound '\(match.text)'\t\(context(document, gold.range))")
                }
                if !TimexScore.sameValue(match.value, gold.value) {
                    print("VALUE\t\(document.id)\t\(dct)\t'\(gold.text)'\tgold \(gold.kind.rawValue) \(gold.value)\tfound \(match.kind.rawValue) \(match.value)\t\(context(document, gold.range))")
                }
            } else {
                print("MISSED\t\(document.id)\t\(dct)\t'\(gold.text)'\t\(gold.kind.rawValue) \(gold.value)\t\(context(document, gold.range))")
            }
        }
        for expression in found where !document.timeExpressions.contains(where: { $0.range.overlaps(expression.range) }) {
            print("SPURIOUS\t\(document.id)\t\(dct)\t'\(expression.text)'\t\(expression.kind.rawValue) \(expression.value)\t\(context(document, expression.range))")
        }
    }

    private static func context(_ document: TimeMLDocument, _ range: Range<Int>) -> String {
        let bytes = Array(document.text.utf8)
        let start = max(0, range.lowerBound - 50)
        let end = min(bytes.count, range.upperBound + 40)
        let text = String(decoding: bytes[start..<range.lowerBound], as: UTF8.self) + "[" +
            String(decoding: bytes[range], as: UTF8.self) + "]" + String(decoding: bytes[range.upperBound..<end], as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
