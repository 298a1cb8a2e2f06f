import FaultlineCore
import Foundation

/// The events stage: codes each parsed, actor-coded sentence into CAMEO/PLOVER events with
/// sources, targets, date, location, attribution, modality and confidence.
///
/// ```swift
/// let coder = try EventAnnotator.bundled()
/// try coder.annotate(&document)   // fills document.events
/// ```
public struct EventAnnotator: Annotator {
    /// The lexicon and code tables.
    public let lexicon: EventLexicon
    /// Codes noun phrases the entity stage missed; usually the actors stage.
    public let phraseCoder: (any PhraseCoding)?

    /// A coder over a lexicon.
    public init(lexicon: EventLexicon, phraseCoder: (any PhraseCoding)? = nil) {
        self.lexicon = lexicon
        self.phraseCoder = phraseCoder
    }

    /// The coder with the bundled lexicon.
    public static func bundled() throws -> EventAnnotator {
        EventAnnotator(lexicon: try EventLexicon.bundled())
    }

    /// The coder with the bundled lexicon merged with the files of `directory` (`--lexicon DIR`).
    public static func bundled(extendedWith directory: URL?, phraseCoder: (any PhraseCoding)? = nil) throws -> EventAnnotator {
        var lexicon = try EventLexicon.bundled()
        if let directory { try lexicon.merge(directory: directory) }
        return EventAnnotator(lexicon: lexicon, phraseCoder: phraseCoder)
    }

    /// The same coder with another phrase coder.
    public func with(phraseCoder: (any PhraseCoding)?) -> EventAnnotator {
        EventAnnotator(lexicon: lexicon, phraseCoder: phraseCoder)
    }

    /// Codes the events of every sentence into `document.events`.
    public func annotate(_ document: inout AnalyzedDocument) throws {
        let index = DocumentIndex(document)
        var events: [CodedEvent] = []
        for sentence in document.sentences.indices {
            let coder = SentenceCoder(
                lexicon: lexicon, document: document, index: index, sentence: sentence, phraseCoder: phraseCoder)
            events += coder.code()
        }
        document.events = GenericAgentCountries.fill(events, in: document)
    }

    /// The main event of a sentence among coded events: the first (highest in the tree) that
    /// is not a bare statement and that the sentence does not deny or negate, else the first.
    /// "The army denied accusations that it shelled the village" is a denial, not an attack.
    public static func mainEvent(of sentence: Int, in events: [CodedEvent]) -> CodedEvent? {
        let own = events.filter { $0.sentence == sentence }
        let happened = own.filter { $0.modality != .denied && $0.modality != .negated }
        return happened.first { $0.cameoRoot != "01" } ?? happened.first ?? own.first
    }
}
