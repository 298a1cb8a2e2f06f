import FaultlineActors
import FaultlineCore
import FaultlineEntities
import FaultlineEvents
import FaultlineIngest
import FaultlineSyntax
import FaultlineText
import Foundation

/// The analysis chain: each annotator reads what the ones before it found and adds its own.
///
/// Annotators hold only read-only models and lexicons, so one pipeline analyses many documents
/// at once from concurrent tasks.
public struct Pipeline: Sendable {
    /// The stages, in order.
    public var annotators: [any Annotator] {
        didSet { stageNames = Self.names(of: annotators) }
    }
    /// The stages' type names, as timings report them (worked out once, not per document).
    private var stageNames: [String]

    /// A pipeline running `annotators` in order.
    public init(annotators: [any Annotator]) {
        self.annotators = annotators
        self.stageNames = Self.names(of: annotators)
    }

    private static func names(of annotators: [any Annotator]) -> [String] {
        annotators.map { String(describing: type(of: $0)) }
    }

    /// Analyses a read article: clean text and metadata in, every stage's annotations out.
    public func analyze(_ article: IngestedArticle) throws -> AnalyzedDocument {
        try analyze(text: article.cleanText, metadata: article.metadata)
    }

    /// Analyses clean text with its metadata.
    public func analyze(text: String, metadata: DocumentMetadata) throws -> AnalyzedDocument {
        var document = AnalyzedDocument(text: text, metadata: metadata)
        for annotator in annotators {
            try annotator.annotate(&document)
        }
        return document
    }

    /// Analyses a read article and adds each stage's time to `timings`.
    public func analyze(_ article: IngestedArticle, timings: inout StageTimings) throws -> AnalyzedDocument {
        var document = AnalyzedDocument(text: article.cleanText, metadata: article.metadata)
        for (annotator, name) in zip(annotators, stageNames) {
            let start = StageTimings.threadProcessorTime()
            try annotator.annotate(&document)
            timings.add(StageTimings.threadProcessorTime() - start, to: name)
        }
        return document
    }

    /// The full chain with the bundled models, lexicons and knowledge base.
    ///
    /// The stages, in order: text, syntax, entities, time, actors, events.
    public static func standard(options: PipelineOptions = PipelineOptions()) throws -> Pipeline {
        let knowledgeBase = try options.knowledgeBase.map { directory in
            try KnowledgeBase.load(directories: [URL(fileURLWithPath: directory)])
        } ?? KnowledgeBase.bundled()
        let actors = ActorAnnotator(knowledgeBase: knowledgeBase)
        let events = try EventAnnotator.bundled(
            extendedWith: options.lexicon.map { URL(fileURLWithPath: $0) }, phraseCoder: actors)
        return Pipeline(annotators: [
            TextAnnotator(),
            try SyntaxAnnotator.bundled(),
            try EntityAnnotator.bundled(),
            TimeAnnotator(),
            actors,
            events,
        ])
    }
}

/// Choices for building the standard pipeline.
public struct PipelineOptions: Sendable, Hashable {
    /// A directory of knowledge-base YAML files read on top of the bundled base.
    public var knowledgeBase: String?

    /// A directory of event-lexicon YAML files merged into the bundled lexicon.
    public var lexicon: String?

    /// Options; every field defaults to the bundled data.
    public init(knowledgeBase: String? = nil, lexicon: String? = nil) {
        self.knowledgeBase = knowledgeBase
        self.lexicon = lexicon
    }
}
