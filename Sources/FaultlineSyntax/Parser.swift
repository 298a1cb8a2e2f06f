import FaultlineCore
import FaultlineLearning

/// A greedy arc-eager dependency parser with an averaged-perceptron model over rich non-local
/// features; labels are chosen jointly with the transitions. Reads the tokens' UPOS and XPOS
/// tags, as one joint tag ("AUX VBZ" and "VERB VBZ" differ).
public struct Parser: Sendable {
    /// Dependency labels, by label index.
    public let labels: [String]
    /// The joint "UPOS\tXPOS" tags the model knows, by tag index.
    let tagNames: [String]
    let tagIndex: [String: Int]
    let model: SparseModel
    let transitions: Transitions

    /// The model file kind.
    static let kind = "faultline-parser"

    init(labels: [String], tagNames: [String], model: SparseModel) {
        self.labels = labels
        self.tagNames = tagNames
        self.tagIndex = Dictionary(uniqueKeysWithValues: tagNames.enumerated().map { ($1, $0) })
        self.model = model
        self.transitions = Transitions(labelCount: labels.count, rootLabel: labels.firstIndex(of: "root") ?? 0)
    }

    /// The parser's view of a sentence: word and tag atoms, with the root last.
    static func sentence(_ tokens: [Token], tagIndex: [String: Int]) -> ParserFeatures.Sentence {
        var words: [UInt64] = []
        var tags: [UInt64] = []
        words.reserveCapacity(tokens.count + 1)
        tags.reserveCapacity(tokens.count + 1)
        for token in tokens {
            words.append(WordAtoms.hash(Array(WordAtoms.lowercase(token.text).utf8)[...], template: 1))
            tags.append(UInt64((tagIndex[Parser.tagName(token)] ?? tagIndex.count) + 10))
        }
        words.append(3)
        tags.append(3)
        return ParserFeatures.Sentence(words: words, tags: tags)
    }

    /// The joint tag of a token, as the parser reads it.
    static func tagName(_ token: Token) -> String {
        token.upos + "\t" + token.xpos
    }

    /// Returns the tokens with `head` and `deprel` filled (their `upos` and `xpos` must be set).
    public func parse(_ tokens: [Token]) -> [Token] {
        guard !tokens.isEmpty else { return tokens }
        var state = ParseState()
        var features: [UInt64] = []
        features.reserveCapacity(96)
        var scores = [Float](repeating: 0, count: transitions.classCount)
        let sentence = Parser.sentence(tokens, tagIndex: tagIndex)
        state.reset(count: tokens.count)
        while !state.isTerminal {
            ParserFeatures.extract(state, sentence: sentence, into: &features)
            let next = features.withUnsafeBufferPointer { keys in
                scores.withUnsafeMutableBufferPointer { output in
                    for index in output.indices { output[index] = 0 }
                    model.addScores(of: keys, to: output)
                    return transitions.best(output, state: state)
                }
            }
            transitions.apply(next, to: &state)
        }
        var parsed = tokens
        for index in parsed.indices {
            let head = Int(state.heads[index])
            parsed[index].head = head >= tokens.count || head < 0 ? -1 : head
            parsed[index].deprel = labels[Int(max(0, state.labels[index]))]
        }
        return parsed
    }

    /// A copy whose model keeps only weights larger than `minimumWeight` in magnitude.
    public func pruned(minimumWeight: Float) -> Parser {
        Parser(labels: labels, tagNames: tagNames, model: model.pruned(minimumWeight: minimumWeight))
    }

    /// The bytes of a model file holding this parser.
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter(kind: Parser.kind)
        writer.write(labels)
        writer.write(tagNames)
        writer.write(model)
        return writer.bytes
    }

    /// Reads a parser written by ``serialized()``.
    public init(bytes: [UInt8]) throws(BinaryReader.Failure) {
        var reader = try BinaryReader(bytes: bytes, expectedKind: Parser.kind)
        let labels = try reader.readStrings()
        let tagNames = try reader.readStrings()
        self.init(labels: labels, tagNames: tagNames, model: try reader.readSparseModel())
    }
}
