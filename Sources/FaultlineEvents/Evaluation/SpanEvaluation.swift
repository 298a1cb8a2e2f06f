import FaultlineCore
import Foundation

/// Figures of `faultline eval events --spans`: whether the main event's source and target are
/// the words the gold marks, independently of how they are coded.
public struct SpanScores: Sendable, Codable, Hashable {
    /// Sentences scored.
    public var sentences: Int
    /// Sentences with a gold source (or reciprocal) span.
    public var withSource: Int
    /// Share of those whose main event has a source overlapping a gold source span.
    public var sourceAgreement: Double
    /// Share of those whose main event has no source at all.
    public var sourceMissing: Double
    /// Sentences with a gold target (or reciprocal) span.
    public var withTarget: Int
    /// Share of those whose main event has a target overlapping a gold target span.
    public var targetAgreement: Double
    /// Share of those whose main event has no target at all.
    public var targetMissing: Double
    /// Sentences analysed per second, whole chain.
    public var sentencesPerSecond: Double

    enum CodingKeys: String, CodingKey {
        case sentences
        case withSource = "with_source"
        case sourceAgreement = "source_agreement"
        case sourceMissing = "source_missing"
        case withTarget = "with_target"
        case targetAgreement = "target_agreement"
        case targetMissing = "target_missing"
        case sentencesPerSecond = "sentences_per_second"
    }
}

extension EventEvaluation {
    /// Source and target span agreement of each sentence's main event.
    public static func spans(
        _ sentences: [SpanSentence], analyze: Analyze, mistake: ((String) -> Void)? = nil
    ) throws -> SpanScores {
        var withSource = 0, sourceRight = 0, sourceMissing = 0, withTarget = 0, targetRight = 0, targetMissing = 0
        var timed = TimedAnalysis()
        for sentence in sentences {
            let document = try timed.analyze(sentence.text, nil, with: analyze)
            let main = mainEvent(of: document)
            let ourSources = (main?.sources ?? []).compactMap { span(of: $0, in: document) }
            let ourTargets = (main?.targets ?? []).compactMap { span(of: $0, in: document) }
            let goldSources = sentence.sources + sentence.reciprocal
            let goldTargets = sentence.targets + sentence.reciprocal
            var sourceOK = true, targetOK = true
            if !goldSources.isEmpty {
                withSource += 1
                sourceOK = overlaps(ourSources, goldSources)
                sourceRight += sourceOK ? 1 : 0
                sourceMissing += main?.sources.isEmpty ?? true ? 1 : 0
            }
            if !goldTargets.isEmpty {
                withTarget += 1
                targetOK = overlaps(ourTargets, goldTargets)
                targetRight += targetOK ? 1 : 0
                targetMissing += main?.targets.isEmpty ?? true ? 1 : 0
            }
            if let mistake, !(sourceOK && targetOK) {
                let bytes = Array(sentence.text.utf8)
                func text(_ ranges: [Range<Int>]) -> String {
                    ranges.map { String(decoding: bytes[$0.clamped(to: 0..<bytes.count)], as: UTF8.self) }.joined(separator: ", ")
                }
                func show(_ actors: [CodedActor]) -> String { actors.map { "\($0.name)=\($0.code)" }.joined(separator: ", ") }
                mistake("[\(sourceOK ? "" : "S")\(targetOK ? "" : "T")] \(sentence.text)\n    gold \(text(goldSources)) -> \(text(goldTargets))\n    ours "
                    + (main.map { "\($0.cameo) [\($0.trigger)]: \(show($0.sources)) -> \(show($0.targets))" } ?? "none"))
            }
        }
        return SpanScores(
            sentences: sentences.count, withSource: withSource,
            sourceAgreement: Double(sourceRight) / Double(max(1, withSource)),
            sourceMissing: Double(sourceMissing) / Double(max(1, withSource)),
            withTarget: withTarget, targetAgreement: Double(targetRight) / Double(max(1, withTarget)),
            targetMissing: Double(targetMissing) / Double(max(1, withTarget)),
            sentencesPerSecond: timed.sentencesPerSecond)
    }

    /// The byte range an actor was found at: its mention, else its name's first occurrence.
    static func span(of actor: CodedActor, in document: AnalyzedDocument) -> Range<Int>? {
        if let mention = actor.mention, document.entities.indices.contains(mention) {
            return document.entities[mention].range
        }
        guard !actor.name.isEmpty, let found = document.text.range(of: actor.name) else { return nil }
        let start = document.text.utf8.distance(from: document.text.utf8.startIndex, to: found.lowerBound)
        return start..<(start + actor.name.utf8.count)
    }

    static func overlaps(_ ours: [Range<Int>], _ gold: [Range<Int>]) -> Bool {
        ours.contains { range in gold.contains { $0.overlaps(range) } }
    }
}
