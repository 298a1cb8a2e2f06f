import FaultlineCore
import FaultlineLearning
import Foundation

/// The entities stage: named entities (18 OntoNotes types), the titles that qualify people,
/// and in-document coreference clusters, written to ``AnalyzedDocument/entities``.
///
/// ```swift
/// let annotator = try EntityAnnotator.bundled()
/// try annotator.annotate(&document)   // after the text and syntax stages
/// ```
public struct EntityAnnotator: Annotator {
    /// What can go wrong when loading the bundled model.
    public enum LoadError: Error, CustomStringConvertible {
        /// The model file is not in the module's resources.
        case missingModel
        public var description: String {
            "the bundled NER model Models/ner.bin is missing; train it with `faultline train ner` and copy it to Sources/FaultlineEntities/Models/"
        }
    }

    /// The recognizer.
    public let recognizer: EntityRecognizer

    /// An annotator over a given recognizer.
    public init(recognizer: EntityRecognizer) {
        self.recognizer = recognizer
    }

    private static let loaded: Result<EntityRecognizer, any Error> = Result {
        guard let url = Bundle.module.url(forResource: "ner", withExtension: "bin", subdirectory: "Models"),
              let data = FileManager.default.contents(atPath: url.path)
        else { throw LoadError.missingModel }
        return try EntityRecognizer(bytes: [UInt8](data))
    }

    /// The recognizer of the model shipped in Models/ner.bin, read once per process.
    public static func bundledRecognizer() throws -> EntityRecognizer {
        try loaded.get()
    }

    /// The annotator with the shipped model.
    public static func bundled() throws -> EntityAnnotator {
        EntityAnnotator(recognizer: try bundledRecognizer())
    }

    /// Finds entities, attaches titles and links mentions of the same entity.
    public func annotate(_ document: inout AnalyzedDocument) throws {
        let input = document.sentences.map { sentence in
            (words: sentence.tokens.map(\.text), tags: sentence.tokens.map(\.xpos))
        }
        let spans = recognizer.recognize(document: input)
        var mentions: [EntityMention] = []
        for (sentenceIndex, sentenceSpans) in spans.enumerated() {
            let tokens = document.sentences[sentenceIndex].tokens
            for span in sentenceSpans {
                let range = tokens[span.start].range.lowerBound..<tokens[span.end - 1].range.upperBound
                mentions.append(EntityMention(
                    sentence: sentenceIndex, tokens: span.start..<span.end, range: range,
                    text: document.substring(range), type: span.type))
            }
        }
        document.entities = mentions
    }
}
