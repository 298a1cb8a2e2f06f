import ArgumentParser
import FaultlineCore
import FaultlineIngest
import FaultlinePipeline

/// `faultline analyze PATH`: runs the whole chain on a report and prints what every stage found,
/// without storing anything.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse a report without storing it and print every stage's annotations as CoNLL-U.",
        discussion: """
            PATH is a file in any format `ingest` reads, or - for standard input. Each sentence \
            is printed in CoNLL-U: tokens with lemma, UPOS, XPOS, head and relation; the MISC \
            column holds the entity tag (Entity=B-PERSON) and SpaceAfter=No. Comment lines \
            before a sentence's tokens list its entities (with title and coreference \
            cluster), coded actors with their knowledge-base ids, time expressions with their resolved values, coded actors and events. \
            Useful to see why an event was or was not coded.
            """)

    @Argument(help: ArgumentHelp("A file, or - for standard input.", valueName: "path"))
    var path: String

    @OptionGroup var date: PublishedOption

    func run() throws {
        let articles: [IngestedArticle]
        do {
            articles = try ArticleReader().read(contentsOf: path, defaultPublished: date.published)
        } catch {
            throw ValidationError("\(path == "-" ? "standard input" : path): \(error.description)")
        }
        let pipeline = try Pipeline.standard()
        for article in articles {
            let document = try pipeline.analyze(article)
            print(CoNLLUReport.text(of: document), terminator: "")
        }
    }
}

/// The CoNLL-U rendering of an analysed document.
enum CoNLLUReport {
    static func text(of document: AnalyzedDocument) -> String {
        var out = ""
        if let title = document.metadata.title { out += "# title = \(title)\n" }
        if let date = document.metadata.published { out += "# published = \(date.iso)\n" }
        for (index, sentence) in document.sentences.enumerated() {
            out += "# sent_id = \(index + 1)\n# text = \(sentence.text)\n"
            var entityTags = [String](repeating: "", count: sentence.tokens.count)
            for entity in document.entities where entity.sentence == index {
                out += "# entity = \(entity.text) | \(entity.type.rawValue)"
                if let cluster = entity.cluster { out += " | cluster \(cluster)" }
                if entity.isNominal { out += " | nominal" }
                if let title = entity.title { out += " | title \(title.text)" }
                out += "\n"
                for position in entity.tokens where position < entityTags.count && !entity.isNominal {
                    entityTags[position] = (position == entity.tokens.lowerBound ? "B-" : "I-") + entity.type.rawValue
                }
            }
            for actor in document.actors {
                guard let mention = actor.mention, document.entities.indices.contains(mention),
                      document.entities[mention].sentence == index
                else { continue }
                out += "# actor = \(describe(actor))\(actor.actor.map { " | \($0)" } ?? "")\n"
            }
            for time in document.timeExpressions where time.sentence == index {
                out += "# time = \(time.text) | \(time.kind.rawValue) | \(time.value)\n"
            }
            for event in document.events where event.sentence == index {
                let sources = event.sources.map(describe).joined(separator: " + ")
                let targets = event.targets.map(describe).joined(separator: " + ")
                out += "# event = \(sources.isEmpty ? "?" : sources) -> \(targets.isEmpty ? "-" : targets)"
                out += " | CAMEO \(event.cameo) | \(event.plover.event)"
                if let mode = event.plover.mode { out += " (\(mode))" }
                out += " | \"\(event.trigger)\" | \(event.modality.rawValue)"
                if let attribution = event.attribution { out += " | according to \(attribution.name)" }
                out += "\n"
            }
            for (position, token) in sentence.tokens.enumerated() {
                var misc: [String] = []
                if !entityTags[position].isEmpty { misc.append("Entity=" + entityTags[position]) }
                if !token.spaceAfter { misc.append("SpaceAfter=No") }
                let head = token.head < 0 ? 0 : token.head + 1
                let columns = [
                    String(position + 1), token.text, field(token.lemma), field(token.upos), field(token.xpos), "_",
                    String(head), field(token.deprel), "_", misc.isEmpty ? "_" : misc.joined(separator: "|"),
                ]
                out += columns.joined(separator: "\t") + "\n"
            }
            out += "\n"
        }
        return out
    }

    private static func field(_ value: String) -> String { value.isEmpty ? "_" : value }

    private static func describe(_ actor: CodedActor) -> String {
        let code = actor.code.description
        return code.isEmpty ? actor.name : "\(actor.name) (\(code))"
    }
}
