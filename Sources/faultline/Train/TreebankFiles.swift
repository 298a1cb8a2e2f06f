import ArgumentParser
import FaultlineCore
import FaultlineLearning
import Foundation

/// Reading CoNLL-U treebanks named on the command line, and writing a model's provenance.
enum TreebankFiles {
    /// The `.conllu` files a path names: the file itself, or every `.conllu` file in a directory
    /// (sorted, so that runs repeat).
    static func expand(_ path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ValidationError("\(path): no such file or directory; pass a CoNLL-U file or a directory of them")
        }
        guard isDirectory.boolValue else { return [path] }
        let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".conllu") }.sorted()
        guard !names.isEmpty else { throw ValidationError("\(path): the directory holds no .conllu files") }
        return names.map { (path as NSString).appendingPathComponent($0) }
    }

    /// All sentences of the files the paths name.
    static func load(_ paths: [String]) throws -> (sentences: [TreebankSentence], files: [String]) {
        var sentences: [TreebankSentence] = []
        var files: [String] = []
        for path in paths {
            for file in try expand(path) {
                let content: String
                do { content = try String(contentsOfFile: file, encoding: .utf8) } catch {
                    throw ValidationError("\(file): cannot be read as UTF-8 text (\(error.localizedDescription))")
                }
                do { sentences += try CoNLLU.parse(content) } catch {
                    throw ValidationError("\(file): not valid CoNLL-U, \(error)")
                }
                files.append(file)
            }
        }
        guard !sentences.isEmpty else { throw ValidationError("\(paths.joined(separator: ", ")): no sentences found") }
        return (sentences, files)
    }

    /// Sentences of a `word<TAB>XPOS[<TAB>...]` file (blank line between sentences, `#` lines
    /// skipped), with empty UPOS: text with gold Penn Treebank tags only.
    static func loadTagged(_ path: String) throws -> [TreebankSentence] {
        let content: String
        do { content = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ValidationError("\(path): cannot be read as UTF-8 text (\(error.localizedDescription))")
        }
        var sentences: [TreebankSentence] = []
        var tokens: [Token] = []
        for (number, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty {
                if !tokens.isEmpty { sentences.append(TreebankSentence(text: nil, startsDocument: false, startsParagraph: false, tokens: tokens)) }
                tokens = []
                continue
            }
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw ValidationError("\(path): line \(number + 1) is not `word<TAB>XPOS`")
            }
            tokens.append(Token(range: 0..<0, text: String(fields[0]), xpos: String(fields[1])))
        }
        if !tokens.isEmpty { sentences.append(TreebankSentence(text: nil, startsDocument: false, startsParagraph: false, tokens: tokens)) }
        return sentences
    }

    /// Writes `bytes` to `path` and the provenance file `path.provenance.md` beside it.
    static func writeModel(
        _ bytes: [UInt8], to path: String, what: String, trainFiles: [String], devFiles: [String],
        seed: UInt64, epochs: Int, log: [String]
    ) throws {
        let url = URL(fileURLWithPath: path)
        try Data(bytes).write(to: url)
        let formatter = ISO8601DateFormatter()
        let lines = [
            "# \(url.lastPathComponent): \(what)",
            "",
            "- Written by: `faultline \(CommandLine.arguments.dropFirst().joined(separator: " "))`",
            "- Date: \(formatter.string(from: Date()))",
            "- Training data: " + trainFiles.map { "`\($0)`" }.joined(separator: ", "),
            "- Dev data (epoch selection): " + devFiles.map { "`\($0)`" }.joined(separator: ", "),
            "- Seed: \(seed); epochs: \(epochs)",
            "- Size: \(bytes.count) bytes",
            "",
            "## Training log (dev scores per epoch)",
            "",
        ] + log.map { "    " + $0 }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path + ".provenance.md", atomically: true, encoding: .utf8)
    }
}
