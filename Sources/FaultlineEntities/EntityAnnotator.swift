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
        /// What is missing and how to get it.
        public var description: String {
            "the bundled NER model Models/ner.bin is missing; train it with `faultline train ner` and copy it to Sources/FaultlineEntities/Models/"
        }
    }

    /// The recognizer.
    public let recognizer: EntityRecognizer
    /// Finds titles of people.
    public let titles: TitleFinder
    /// Links mentions of one entity.
    public let coreference: CoreferenceResolver

    /// An annotator over a given recognizer.
    public init(recognizer: EntityRecognizer) {
        self.recognizer = recognizer
        self.titles = TitleFinder()
        self.coreference = CoreferenceResolver()
    }

    private static let loaded: Result<EntityRecognizer, any Error> = Result {
        guard let url = Bundle.module.url(forResource: "ner", withExtension: "bin", subdirectory: "Models"),
              let contents = try? ModelFile.contents(atPath: url.path)
        else { throw LoadError.missingModel }
        return try EntityRecognizer(contents: contents)
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
        document.entities = link(recognizer.recognize(document: input), in: document)
    }

    /// Mentions with titles and clusters from the spans found in each sentence (public so that
    /// evaluation can start from gold or recognized spans alike).
    public func link(_ spans: [[NamedSpan]], in document: AnalyzedDocument) -> [EntityMention] {
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
        // Titles of people.
        var firstMention = 0
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            var mentionAt = [EntityType?](repeating: nil, count: sentence.tokens.count)
            var end = firstMention
            while end < mentions.count, mentions[end].sentence == sentenceIndex {
                for token in mentions[end].tokens { mentionAt[token] = mentions[end].type }
                end += 1
            }
            for index in firstMention..<end where mentions[index].type == .person {
                mentions[index].title = titles.title(
                    for: mentions[index].tokens, in: sentence, mentionAt: mentionAt, text: document.substring)
            }
            firstMention = end
        }
        mentions = Self.droppingOfficeWords(mentions)
        coreference.resolve(&mentions, sentences: document.sentences)
        for index in mentions.indices where mentions[index].isNominal {
            mentions[index].text = document.substring(mentions[index].range)
        }
        return mentions
    }

    /// Mentions without the words of an office that the recognizer took for names of their own:
    /// "State" in "US Secretary of State Marco Rubio", "Defense" in "Defense Minister Lloyd
    /// Austin". A mention goes when it lies inside a person's title and its words are words of
    /// the title's role or office words ("defense", "interior"); the country ("US") and an
    /// organization served ("Quds Force" in "Quds Force commander") stay.
    static func droppingOfficeWords(_ mentions: [EntityMention]) -> [EntityMention] {
        let titles = mentions.compactMap { mention in mention.title.map { (sentence: mention.sentence, title: $0) } }
        guard !titles.isEmpty else { return mentions }
        return mentions.filter { mention in
            guard mention.type != .person, mention.type != .gpe, mention.type != .norp else { return true }
            let words = mention.text.lowercased().split(separator: " ")
            return !titles.contains { entry in
                guard entry.sentence == mention.sentence, entry.title.range.contains(mention.range.lowerBound),
                      mention.range.upperBound <= entry.title.range.upperBound,
                      let role = entry.title.role?.lowercased()
                else { return false }
                let roleWords = Set(role.split(separator: " "))
                return words.allSatisfy { roleWords.contains($0) || RoleLexicon.officeWords.contains(String($0)) }
            }
        }
    }
}
