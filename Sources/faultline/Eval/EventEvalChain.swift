import FaultlineCore
import FaultlineEvents
import FaultlinePipeline

/// The chain `faultline eval events` measures: the standard pipeline (its event lexicon
/// extended by `--lexicon DIR`), optionally with one more stage just before the event coder.
enum EventEvalChain {
    /// A function analysing one text as a report of the given date.
    static func make(lexicon: String?, before extra: (any Annotator)? = nil) throws -> EventEvaluation.Analyze {
        var annotators = try Pipeline.standard(options: PipelineOptions(lexicon: lexicon)).annotators
        if let extra { annotators.insert(extra, at: annotators.count - 1) }
        let pipeline = Pipeline(annotators: annotators)
        return { text, date in
            try pipeline.analyze(text: text, metadata: DocumentMetadata(published: date))
        }
    }
}
