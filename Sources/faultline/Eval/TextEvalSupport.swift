import Foundation

/// Shared pieces of the text-stage eval commands (`eval sentences`, `tokens`, `timex`,
/// `boilerplate`), kept in one namespace so other eval commands can have their own.
enum TextEval {
    /// Precision, recall and F1 of predicted against gold items (sentence boundaries, tokens).
    struct Score: Sendable {
        /// Items both predicted and gold.
        var truePositives = 0
        /// Items predicted.
        var predicted = 0
        /// Items in the gold data.
        var gold = 0

        /// Adds the comparison of one unit (a paragraph, a sentence) to the totals.
        mutating func add<T: Hashable>(predicted: Set<T>, gold: Set<T>) {
            truePositives += predicted.intersection(gold).count
            self.predicted += predicted.count
            self.gold += gold.count
        }

        /// Correct predictions over all predictions (1 when nothing was predicted).
        var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
        /// Correct predictions over all gold items (1 when there are none).
        var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
        /// The harmonic mean of precision and recall.
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Reads CoNLL-U from a file or every `.conllu` file of a directory (sorted by name).
    enum CoNLLUFiles {
        /// The contents of the files at `path`, with their names.
        static func read(_ path: String) throws -> [(name: String, content: String)] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError(
                    "\(path): no such file or directory; pass a .conllu file or a directory of them")
            }
            var paths = [path]
            if isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path)
                paths = names.filter { $0.hasSuffix(".conllu") }.sorted().map {
                    (path as NSString).appendingPathComponent($0)
                }
                guard !paths.isEmpty else {
                    throw InputError("\(path): the directory holds no .conllu files")
                }
            }
            return try paths.map { file in
                guard let content = try? String(contentsOfFile: file, encoding: .utf8) else {
                    throw InputError("\(file): cannot be read as UTF-8 text")
                }
                return (file, content)
            }
        }
    }

    /// Unusable evaluation input; the message names the input and what to do.
    struct InputError: Error, CustomStringConvertible {
        /// The one-line message.
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// Formats a figure for the human-readable output.
    static func format(_ value: Double, digits: Int = 4) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// Prints one JSON object with sorted keys.
    static func printJSON(_ object: [String: Any]) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    /// The seconds in a duration.
    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
