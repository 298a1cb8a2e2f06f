import FaultlineActors
import FaultlineCore
import FaultlineEvents
import FaultlinePipeline
import Foundation

/// The chain `faultline eval events` measures: the standard pipeline, with the event coder
/// (extended by `--lexicon DIR`) as its last stage.
enum EventEvalChain {
    /// Why the chain cannot be measured.
    struct MissingStage: Error, CustomStringConvertible {
        var description: String {
            "the pipeline does not parse sentences yet (no syntax stage); event coding needs sentences, trees, entities and actors"
        }
    }

    /// A function analysing one text as a report of the given date.
    static func make(lexicon: String?, before: (any Annotator)? = nil) throws -> EventEvaluation.Analyze {
        var annotators = try Pipeline.standard().annotators
        // Phrases NER missed are coded by the chain's actors stage.
        let actors = annotators.first { $0 is ActorAnnotator } as? ActorAnnotator
        let events = try EventAnnotator.bundled(extendedWith: lexicon.map { URL(fileURLWithPath: $0) }, phraseCoder: actors)
        if let last = annotators.indices.last, annotators[last] is EventAnnotator {
            annotators[last] = events
        } else {
            annotators.append(events)
        }
        if let extra = before { annotators.insert(extra, at: annotators.count - 1) }
        let pipeline = Pipeline(annotators: annotators)
        let probe = try pipeline.analyze(text: "The minister met the envoy.", metadata: DocumentMetadata())
        guard probe.sentences.contains(where: { sentence in sentence.tokens.contains { $0.head >= 0 } }) else {
            throw MissingStage()
        }
        return { text, date in
            try pipeline.analyze(text: text, metadata: DocumentMetadata(published: date))
        }
    }
}
