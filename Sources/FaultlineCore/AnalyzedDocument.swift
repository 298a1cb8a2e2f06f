/// One report and everything the pipeline stages have found in it.
///
/// Like spaCy's `Doc`, it is the single document model: each stage (an ``Annotator``) reads the
/// fields the stages before it filled and fills its own.
public struct AnalyzedDocument: Sendable, Hashable, Codable {
    /// Where the report came from.
    public var metadata: DocumentMetadata
    /// The clean article text: boilerplate removed, paragraphs separated by blank lines.
    public var text: String
    /// Sentences with their tokens (text stage), tags and trees (syntax stage).
    public var sentences: [Sentence]
    /// Named entities with titles and coreference clusters (entities stage).
    public var entities: [EntityMention]
    /// Resolved time expressions (entities stage).
    public var timeExpressions: [TimeExpression]
    /// Entity mentions coded as actors (actors stage).
    public var actors: [CodedActor]
    /// Coded events (events stage).
    public var events: [CodedEvent]

    /// A document before any stage has run.
    public init(text: String, metadata: DocumentMetadata = DocumentMetadata()) {
        self.metadata = metadata
        self.text = text
        self.sentences = []
        self.entities = []
        self.timeExpressions = []
        self.actors = []
        self.events = []
    }

    /// The text of a UTF-8 byte range of ``text``.
    public func substring(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(text[start..<end])
    }
}

/// A pipeline stage: reads what earlier stages found in a document and adds its own findings.
///
/// Annotators hold only read-only data (models, lexicons), so one instance serves many
/// documents at once.
public protocol Annotator: Sendable {
    /// Adds this stage's annotations to the document.
    func annotate(_ document: inout AnalyzedDocument) throws
}
