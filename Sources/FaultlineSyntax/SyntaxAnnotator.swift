import FaultlineCore
import FaultlineLearning
import Foundation

/// The syntax stage: tags, lemmatizes and parses every sentence of a document with the models
/// bundled in `Models/`.
///
/// ```swift
/// let syntax = try SyntaxAnnotator.bundled()
/// try syntax.annotate(&document)   // fills upos, xpos, lemma, head, deprel
/// ```
public struct SyntaxAnnotator: Annotator {
    /// The part-of-speech tagger and lemmatizer.
    public let tagger: Tagger
    /// The dependency parser.
    public let parser: Parser
    /// Word memos of the tagger, passed from one document to the next.
    let memos = MemoShelf<TaggerWordMemo>()

    /// A bundled model file that is missing or unreadable.
    public struct ModelError: Error, CustomStringConvertible {
        /// What went wrong, and what to do about it.
        public var description: String
    }

    /// An annotator from trained models.
    public init(tagger: Tagger, parser: Parser) {
        self.tagger = tagger
        self.parser = parser
    }

    /// Reads the models from files written by `faultline train tagger|parser`.
    public init(taggerFile: String, parserFile: String) throws(ModelError) {
        self.init(tagger: try SyntaxAnnotator.load(taggerFile, Tagger.init(contents:)),
                  parser: try SyntaxAnnotator.load(parserFile, Parser.init(contents:)))
    }

    private static let shared: Result<SyntaxAnnotator, ModelError> = {
        guard let tagger = Bundle.module.path(forResource: "tagger", ofType: "bin", inDirectory: "Models"),
              let parser = Bundle.module.path(forResource: "parser", ofType: "bin", inDirectory: "Models")
        else {
            return .failure(ModelError(description: "the bundled syntax models (Models/tagger.bin, Models/parser.bin) are missing; train them with `faultline train tagger|parser`"))
        }
        do throws(ModelError) { return .success(try SyntaxAnnotator(taggerFile: tagger, parserFile: parser)) } catch {
            return .failure(error)
        }
    }()

    /// The annotator with the models bundled in the module (loaded once, then shared).
    public static func bundled() throws -> SyntaxAnnotator {
        try shared.get()
    }

    private static func load<Model>(
        _ path: String, _ make: (ModelBytes) throws(BinaryReader.Failure) -> Model
    ) throws(ModelError) -> Model {
        let bytes: ModelBytes
        do { bytes = try ModelFile.contents(atPath: path) } catch {
            throw ModelError(description: "\(path): cannot read the model file (\(error.localizedDescription))")
        }
        do { return try make(bytes) } catch {
            throw ModelError(description: "\(path): \(error)")
        }
    }

    /// Tokens with `upos`, `xpos` and `lemma` filled.
    public func tag(_ tokens: [Token]) -> [Token] {
        tagger.tag(tokens)
    }

    /// Tokens with `head` and `deprel` filled; the tokens must be tagged.
    public func parse(_ tokens: [Token]) -> [Token] {
        parser.parse(tokens)
    }

    /// Tags and parses every sentence of the document (the sentences share one tagger memo).
    public func annotate(_ document: inout AnalyzedDocument) throws {
        var memo = memos.take() ?? TaggerWordMemo()
        for index in document.sentences.indices {
            document.sentences[index].tokens = parser.parse(tagger.tag(document.sentences[index].tokens, memo: &memo))
        }
        memos.putBack(memo, if: memo.wordCount < TaggerWordMemo.reuseLimit)
    }
}
