import FaultlineCore

/// Runs the chain for an evaluation and keeps the sentences it analysed and the time it took,
/// for the sentences-per-second figure every `eval events` mode prints.
///
/// ```swift
/// var timed = TimedAnalysis()
/// let document = try timed.analyze(text, date, with: analyze)
/// timed.sentencesPerSecond
/// ```
struct TimedAnalysis {
    private let clock = ContinuousClock()
    private var elapsed = Duration.zero
    /// Sentences analysed so far (a text the splitter finds none in counts as one).
    private(set) var sentences = 0

    /// Analyses one text, timing only the chain.
    mutating func analyze(
        _ text: String, _ date: CivilDate?, with run: EventEvaluation.Analyze
    ) throws -> AnalyzedDocument {
        var document: AnalyzedDocument!
        elapsed += try clock.measure { document = try run(text, date) }
        sentences += max(1, document.sentences.count)
        return document
    }

    /// Sentences per second of chain time, rounded.
    var sentencesPerSecond: Double {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return seconds > 0 ? (Double(sentences) / seconds).rounded() : 0
    }
}
