import ArgumentParser
import FaultlineActors
import FaultlineCore
import FaultlineEvents
import FaultlinePipeline
import Foundation

/// `faultline eval events`: the whole chain, raw text to coded events, against PLOVER,
/// PETRARCH or quad-class gold data.
struct EvalEventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Measure event coding: PLOVER type/actor accuracy, PETRARCH triples or quad classes.",
        discussion: """
            Give one of --plover (PLOVER gold JSON, e.g. ../shared/data/events/plover-gsr-dev.json), \
            --petrarch (PETRARCH validation XML), --quad (sentence TAB quad class) or --spans \
            (token-per-line source/target spans, e.g. conflibert/cameo_ner_train.txt). Each text runs \
            through the whole chain (sentences, syntax, entities, time, actors, events).
            """
    )

    @Option(help: "PLOVER gold records (JSON array; the first record documents the file).")
    var plover: String?

    @Option(help: "PETRARCH validation records (XML with <Sentence>, <Text> and <EventCoding>).")
    var petrarch: String?

    @Option(help: "Sentences with quad classes, one per line: sentence TAB label (0-4).")
    var quad: String?

    @Option(help: "Sentences with gold source and target spans, one token and BIO label (S, T, R) per line; the tokens are rejoined as running text.")
    var spans: String?

    @Option(help: "Explain how a text is coded: its parse, actors and events (no scoring).")
    var text: String?

    @Option(help: "The report date of --text (YYYY-MM-DD); time expressions resolve against it.")
    var date: String?

    @Option(help: "A directory of lexicon files merged into the bundled event lexicon.")
    var lexicon: String?

    @Flag(help: "Print one JSON object.")
    var json = false

    @Flag(help: "Also print each record coded wrongly (to standard error).")
    var errors = false

    func validate() throws {
        let given = [plover, petrarch, quad, spans, text].compactMap { $0 }
        guard given.count == 1 else {
            throw ValidationError("give exactly one of --plover FILE, --petrarch FILE, --quad FILE, --spans FILE or --text TEXT")
        }
    }

    func run() async throws {
        // PETRARCH's validation actors are fictional: its own dictionaries code them.
        let overlay = petrarch.flatMap(PetrarchDictionary.beside(xmlPath:)).map(PetrarchActorOverlay.init(dictionary:))
        let analyze = try EventEvalChain.make(lexicon: lexicon, before: overlay)
        let mistake: ((String) -> Void)? = errors ? { line in FileHandle.standardError.write(Data((line + "\n").utf8)) } : nil
        if let text {
            let day = try date.map { value in
                guard let day = CivilDate(iso: value) else { throw ValidationError("--date \(value): expected YYYY-MM-DD") }
                return day
            }
            explain(try analyze(text, day))
        } else if let plover {
            let records = try PloverGoldRecord.read(path: plover)
            let events = try EventEvaluation.plover(records, analyze: analyze, mistake: mistake)
            // The actors stage alone: each gold actor's text coded given its sentence.
            guard let data = FileManager.default.contents(atPath: plover) else {
                throw ValidationError("\(plover): cannot read the file")
            }
            let actors = try ActorEvaluation(annotator: ActorAnnotator(knowledgeBase: KnowledgeBase.bundled())).scorePlover(data)
            let scores = PloverReport(events: events, actors: actors)
            try emit(scores, lines: [
                ("records", "\(events.records)"),
                ("event type accuracy", percent(events.eventTypeAccuracy)),
                ("source country accuracy", percent(events.sourceCountryAccuracy)),
                ("target country accuracy", percent(events.targetCountryAccuracy)),
                ("both countries right", percent(events.countryAccuracy)),
                ("source sector accuracy", percent(events.sourceSectorAccuracy)),
                ("target sector accuracy", percent(events.targetSectorAccuracy)),
                ("fully right", percent(events.fullyRight)),
                ("sentences per second", "\(Int(events.sentencesPerSecond))"),
                ("actor country, given the actor text", percent(actors.countryAccuracy)),
                ("actor sector, given the actor text", percent(actors.sectorAccuracy)),
            ])
        } else if let petrarch {
            let records = try PetrarchRecord.read(path: petrarch)
            let scores = try EventEvaluation.petrarch(records, analyze: analyze, mistake: mistake)
            try emit(scores, lines: [
                ("records", "\(scores.records)"),
                ("triple precision", percent(scores.precision)),
                ("triple recall", percent(scores.recall)),
                ("triple F1", percent(scores.f1)),
                ("exact records", percent(scores.exactRecordRate)),
                ("sentences per second", "\(Int(scores.sentencesPerSecond))"),
            ])
        } else if let spans {
            let sentences = try SpanSentence.read(path: spans)
            let scores = try EventEvaluation.spans(sentences, analyze: analyze, mistake: mistake)
            try emit(scores, lines: [
                ("sentences", "\(scores.sentences)"),
                ("with a gold source", "\(scores.withSource)"),
                ("source span agreement", percent(scores.sourceAgreement)),
                ("no source", percent(scores.sourceMissing)),
                ("with a gold target", "\(scores.withTarget)"),
                ("target span agreement", percent(scores.targetAgreement)),
                ("no target", percent(scores.targetMissing)),
                ("sentences per second", "\(Int(scores.sentencesPerSecond))"),
            ])
        } else if let quad {
            let sentences = try QuadSentence.read(path: quad)
            let scores = try EventEvaluation.quad(sentences, analyze: analyze, mistake: mistake)
            try emit(scores, lines: [
                ("sentences", "\(scores.sentences)"),
                ("quad accuracy", String(format: "%.3f", scores.accuracy)),
                ("quad macro-F1", String(format: "%.3f", scores.macroF1)),
                ("per-class F1 (0-4)", scores.perClassF1.map { String(format: "%.3f", $0) }.joined(separator: " ")),
                ("without an event", "\(scores.withoutEvent)"),
                ("sentences per second", "\(Int(scores.sentencesPerSecond))"),
            ])
        }
    }

    /// Prints each sentence's tree, actors and events.
    private func explain(_ document: AnalyzedDocument) {
        for (index, sentence) in document.sentences.enumerated() {
            print("sentence \(index): \(sentence.text)")
            for (position, token) in sentence.tokens.enumerated() {
                print("  \(position) \(token.text) \(token.lemma) \(token.upos)/\(token.xpos) \(token.head) \(token.deprel)")
            }
            for actor in document.actors {
                guard let mention = actor.mention, document.entities.indices.contains(mention),
                      document.entities[mention].sentence == index else { continue }
                let entity = document.entities[mention]
                print("  actor \(entity.tokens) \(entity.type.rawValue) \"\(actor.name)\" \(actor.code)")
            }
            // Mentions that name no actor (times, amounts, places the base does not know).
            let withActor = Set(document.actors.compactMap(\.mention))
            for (position, entity) in document.entities.enumerated() where entity.sentence == index && !withActor.contains(position) {
                print("  entity \(entity.tokens) \(entity.type.rawValue) \"\(entity.text)\"")
            }
            for event in document.events where event.sentence == index {
                print("  event \(event.cameo) \(event.plover.event)/\(event.plover.mode ?? "-") [\(event.trigger)] "
                    + "\(event.sources.map { "\($0.name)=\($0.code)" }) -> \(event.targets.map { "\($0.name)=\($0.code)" }) "
                    + "\(event.modality.rawValue) \(event.attribution.map { "\($0.name)/\($0.kind.rawValue)" } ?? "-") "
                    + "\(event.date?.iso ?? "-")/\(event.datePrecision.rawValue) \(event.confidence)")
            }
        }
    }

    private func emit(_ scores: some Encodable, lines: [(String, String)]) throws {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(scores), as: UTF8.self))
        } else {
            let width = lines.map(\.0.count).max() ?? 0
            for (label, value) in lines {
                print(label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value)
            }
        }
    }

    private func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}

/// What `eval events --plover` reports: the event scores, and the actors stage alone (gold
/// actor texts coded given their sentence), as one flat JSON object.
private struct PloverReport: Encodable {
    var events: PloverScores
    var actors: ActorEvaluation.Score

    private enum Keys: String, CodingKey {
        case actorCountryAccuracy = "actor_country_accuracy"
        case actorSectorAccuracy = "actor_sector_accuracy"
    }

    func encode(to encoder: any Encoder) throws {
        try events.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(actors.countryAccuracy, forKey: .actorCountryAccuracy)
        try container.encode(actors.sectorAccuracy, forKey: .actorSectorAccuracy)
    }
}
