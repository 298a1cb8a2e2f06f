import FaultlineCore
import Foundation

/// Figures of `faultline eval events --plover`.
public struct PloverScores: Sendable, Codable, Hashable {
    /// Records scored.
    public var records: Int
    /// Share whose main event has the gold PLOVER event type.
    public var eventTypeAccuracy: Double
    /// Share whose source countries equal the gold ones (as sets).
    public var sourceCountryAccuracy: Double
    /// Share whose target countries equal the gold ones (none when the gold has none).
    public var targetCountryAccuracy: Double
    /// Share with both source and target countries right.
    public var countryAccuracy: Double
    /// Share whose source sectors equal the gold ones.
    public var sourceSectorAccuracy: Double
    /// Share whose target sectors equal the gold ones.
    public var targetSectorAccuracy: Double
    /// Share with event type, countries and sectors all right.
    public var fullyRight: Double
    /// Sentences analysed per second, whole chain.
    public var sentencesPerSecond: Double

    enum CodingKeys: String, CodingKey {
        case records
        case eventTypeAccuracy = "event_type_accuracy"
        case sourceCountryAccuracy = "source_country_accuracy"
        case targetCountryAccuracy = "target_country_accuracy"
        case countryAccuracy = "country_accuracy"
        case sourceSectorAccuracy = "source_sector_accuracy"
        case targetSectorAccuracy = "target_sector_accuracy"
        case fullyRight = "fully_right"
        case sentencesPerSecond = "sentences_per_second"
    }
}

/// Figures of `faultline eval events --petrarch`.
public struct PetrarchScores: Sendable, Codable, Hashable {
    /// Records scored.
    public var records: Int
    /// Triple (source, target, event) precision.
    public var precision: Double
    /// Triple recall.
    public var recall: Double
    /// Triple F1.
    public var f1: Double
    /// Share of records whose set of triples is exactly the expected one.
    public var exactRecordRate: Double
    /// Sentences analysed per second, whole chain.
    public var sentencesPerSecond: Double

    enum CodingKeys: String, CodingKey {
        case records, precision, recall, f1
        case exactRecordRate = "exact_record_rate"
        case sentencesPerSecond = "sentences_per_second"
    }
}

/// Figures of `faultline eval events --quad`.
public struct QuadScores: Sendable, Codable, Hashable {
    /// Sentences scored.
    public var sentences: Int
    /// Share whose main event has the gold quad class.
    public var accuracy: Double
    /// Macro-averaged F1 over the five classes.
    public var macroF1: Double
    /// F1 per class, 0 to 4.
    public var perClassF1: [Double]
    /// Sentences without any coded event (scored as class 0).
    public var withoutEvent: Int
    /// Sentences analysed per second, whole chain.
    public var sentencesPerSecond: Double

    enum CodingKeys: String, CodingKey {
        case sentences, accuracy
        case macroF1 = "macro_f1"
        case perClassF1 = "per_class_f1"
        case withoutEvent = "without_event"
        case sentencesPerSecond = "sentences_per_second"
    }
}

/// Scores the event coder, through a whole analysis chain, against gold files.
public enum EventEvaluation {
    /// Analyses a text as a one-report document and returns it.
    public typealias Analyze = (String, CivilDate?) throws -> AnalyzedDocument

    /// The main event of a document: the first sentence's main event that has one.
    public static func mainEvent(of document: AnalyzedDocument) -> CodedEvent? {
        for sentence in document.sentences.indices {
            if let event = EventAnnotator.mainEvent(of: sentence, in: document.events), !isBareStatement(event) {
                return event
            }
        }
        return document.events.first
    }

    /// A statement that says nothing more than that something was said (CAMEO 010 and the
    /// like), as opposed to a denial, an appeal or an acknowledgement, which are events of
    /// their own.
    static func isBareStatement(_ event: CodedEvent) -> Bool {
        event.cameoRoot == "01" && !["012", "013", "014", "015", "016", "017", "018", "019"].contains(String(event.cameo.prefix(3)))
    }

    /// PLOVER event type, country and sector accuracy of each record's main event.
    public static func plover(
        _ records: [PloverGoldRecord], analyze: Analyze, mistake: ((String) -> Void)? = nil
    ) throws -> PloverScores {
        var event = 0, sourceCountry = 0, targetCountry = 0, sourceSector = 0, targetSector = 0, countries = 0, full = 0
        var timed = TimedAnalysis()
        for record in records {
            let document = try timed.analyze(record.text, nil, with: analyze)
            let main = mainEvent(of: document)
            let eventRight = main?.plover.event == record.event
            let sourceCountryRight = countrySet(record.sources) == countrySet(main?.sources ?? [])
            let targetCountryRight = countrySet(record.targets) == countrySet(main?.targets ?? [])
            let sourceSectorRight = sectorSet(record.sources) == sectorSet(main?.sources ?? [])
            let targetSectorRight = sectorSet(record.targets) == sectorSet(main?.targets ?? [])
            event += eventRight ? 1 : 0
            sourceCountry += sourceCountryRight ? 1 : 0
            targetCountry += targetCountryRight ? 1 : 0
            sourceSector += sourceSectorRight ? 1 : 0
            targetSector += targetSectorRight ? 1 : 0
            countries += sourceCountryRight && targetCountryRight ? 1 : 0
            full += eventRight && sourceCountryRight && targetCountryRight && sourceSectorRight && targetSectorRight ? 1 : 0
            if let mistake, !(eventRight && sourceCountryRight && targetCountryRight) {
                func show(_ actors: [GoldActor]) -> String {
                    actors.map { "\($0.text ?? "?")=\($0.country ?? "")\($0.sector ?? "")" }.joined(separator: ", ")
                }
                func show(_ actors: [CodedActor]) -> String { actors.map { "\($0.name)=\($0.code)" }.joined(separator: ", ") }
                let flags = (eventRight ? "" : "E") + (sourceCountryRight ? "" : "S") + (targetCountryRight ? "" : "T")
                mistake("[\(flags)] \(record.id) | \(record.text)\n    gold \(record.event): \(show(record.sources)) -> \(show(record.targets))\n    ours "
                    + (main.map { "\($0.plover.event) \($0.cameo) [\($0.trigger)]: \(show($0.sources)) -> \(show($0.targets))" } ?? "none"))
            }
        }
        let total = Double(max(1, records.count))
        return PloverScores(
            records: records.count, eventTypeAccuracy: Double(event) / total,
            sourceCountryAccuracy: Double(sourceCountry) / total, targetCountryAccuracy: Double(targetCountry) / total,
            countryAccuracy: Double(countries) / total,
            sourceSectorAccuracy: Double(sourceSector) / total, targetSectorAccuracy: Double(targetSector) / total,
            fullyRight: Double(full) / total, sentencesPerSecond: timed.sentencesPerSecond)
    }

    /// Triple precision, recall and F1, and the exact-record rate.
    public static func petrarch(
        _ records: [PetrarchRecord], analyze: Analyze, mistake: ((String) -> Void)? = nil
    ) throws -> PetrarchScores {
        var truePositives = 0, predicted = 0, expected = 0, exact = 0
        var timed = TimedAnalysis()
        for record in records {
            let document = try timed.analyze(record.text, CivilDate(iso: isoDate(record.date)), with: analyze)
            let gold = Set(record.codings.map { Triple(source: $0.source.uppercased(), target: $0.target.uppercased(), event: $0.event) })
            var ours = Set<Triple>()
            for event in document.events where event.cameoRoot != "01" {
                for source in event.sources {
                    for target in event.targets.isEmpty ? [CodedActor(name: "", code: ActorCode())] : event.targets {
                        ours.insert(Triple(source: source.code.description, target: target.code.description, event: event.cameo))
                    }
                }
            }
            truePositives += gold.intersection(ours).count
            predicted += ours.count
            expected += gold.count
            exact += gold == ours ? 1 : 0
            if let mistake, gold != ours {
                func show(_ triples: Set<Triple>) -> String {
                    triples.map { "\($0.source)-\($0.event)->\($0.target)" }.sorted().joined(separator: " ")
                }
                mistake("\(record.id) gold \(show(gold)) | ours \(show(ours)) | \(record.text)")
            }
        }
        let precision = predicted == 0 ? 0 : Double(truePositives) / Double(predicted)
        let recall = expected == 0 ? 0 : Double(truePositives) / Double(expected)
        return PetrarchScores(
            records: records.count, precision: precision, recall: recall,
            f1: precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
            exactRecordRate: Double(exact) / Double(max(1, records.count)), sentencesPerSecond: timed.sentencesPerSecond)
    }

    /// Quad-class accuracy and macro-F1 of each sentence's main event.
    public static func quad(
        _ sentences: [QuadSentence], analyze: Analyze, mistake: ((String) -> Void)? = nil
    ) throws -> QuadScores {
        var confusion = Array(repeating: Array(repeating: 0, count: 5), count: 5)
        var withoutEvent = 0
        var timed = TimedAnalysis()
        for sentence in sentences {
            let document = try timed.analyze(sentence.text, nil, with: analyze)
            let predicted: Int
            if let main = mainEvent(of: document) {
                predicted = main.quadClass
            } else {
                withoutEvent += 1
                predicted = 0
            }
            confusion[sentence.label][predicted] += 1
            if let mistake, predicted != sentence.label {
                let main = mainEvent(of: document)
                mistake("gold \(sentence.label) ours \(predicted) \(main.map { "\($0.cameo) [\($0.trigger)]" } ?? "none") | \(sentence.text)")
            }
        }
        var f1s: [Double] = []
        var correct = 0
        for label in 0..<5 {
            let truePositive = confusion[label][label]
            correct += truePositive
            let predictedCount = (0..<5).reduce(0) { $0 + confusion[$1][label] }
            let goldCount = confusion[label].reduce(0, +)
            let precision = predictedCount == 0 ? 0 : Double(truePositive) / Double(predictedCount)
            let recall = goldCount == 0 ? 0 : Double(truePositive) / Double(goldCount)
            f1s.append(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall))
        }
        return QuadScores(
            sentences: sentences.count, accuracy: Double(correct) / Double(max(1, sentences.count)),
            macroF1: f1s.reduce(0, +) / 5, perClassF1: f1s, withoutEvent: withoutEvent,
            sentencesPerSecond: timed.sentencesPerSecond)
    }

    struct Triple: Hashable {
        var source: String
        var target: String
        var event: String
    }

    static func countrySet(_ actors: [GoldActor]) -> Set<String> { Set(actors.compactMap(\.country)) }
    static func countrySet(_ actors: [CodedActor]) -> Set<String> { Set(actors.compactMap(\.code.country)) }
    static func sectorSet(_ actors: [GoldActor]) -> Set<String> { Set(actors.compactMap(\.sector)) }
    static func sectorSet(_ actors: [CodedActor]) -> Set<String> { Set(actors.compactMap(\.code.sector)) }

    /// "19950101" -> "1995-01-01".
    static func isoDate(_ compact: String) -> String {
        guard compact.count == 8 else { return compact }
        let characters = Array(compact)
        return String(characters[0..<4]) + "-" + String(characters[4..<6]) + "-" + String(characters[6..<8])
    }
}
