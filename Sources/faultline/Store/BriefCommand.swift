import ArgumentParser
import FaultlineCore
import FaultlineStore

/// `faultline brief DOC`: what a report says, event by event, as readable text.
struct BriefCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Summarise what a document reports: each event with its sentence, date, attribution and modality.")

    @Argument(help: ArgumentHelp("The document id (see `faultline documents`).", valueName: "doc"))
    var document: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let store = try storeOptions.open(mustExist: true)
        let stored = try await DocumentArgument.resolve(document, in: store)
        let reports = try store.eventReports(inDocument: stored.id)
        switch output.format {
        case .table:
            let analysed = try store.analyzedDocument(id: stored.id)
            print(Brief.text(stored, reports: reports, analysed: analysed), terminator: "")
        case .json:
            try RecordWriter.writeJSON(BriefRecord(document: DocumentRecord(stored), events: reports))
        case .jsonl, .csv:
            try RecordWriter.write(reports, format: output.format)
        }
    }
}

/// `brief --format json`: the document record and the events it reports.
struct BriefRecord: Encodable {
    var document: DocumentRecord
    var events: [EventRecord]
}

/// The readable brief.
enum Brief {
    static func text(_ document: StoredDocument, reports: [EventRecord], analysed: AnalyzedDocument?) -> String {
        var out = DocumentText.header(document)
        let count = reports.count == 1 ? "1 event" : "\(reports.count) events"
        out += "\(document.sentenceCount) sentences, \(count) reported.\n"
        if reports.isEmpty {
            if let original = document.duplicateOf {
                out += "\nSee `faultline brief \(original)` for the events of the original.\n"
            } else {
                out += "\nNo events were coded in this document.\n"
            }
        }
        out += events(reports)
        if let analysed { out += context(analysed) }
        return out
    }

    /// Who is named and which times are stated: the setting the events sit in.
    private static func context(_ document: AnalyzedDocument) -> String {
        var out = ""
        var seen = Set<String>()
        let actors = document.actors.compactMap { actor -> String? in
            let label = actor.code.description.isEmpty ? actor.name : "\(actor.name) (\(actor.code))"
            return seen.insert(label).inserted ? label : nil
        }
        if !actors.isEmpty {
            out += "\nActors named: " + actors.joined(separator: "; ") + "\n"
        }
        let times = document.timeExpressions.map { "\($0.text) = \($0.value)" }
        if !times.isEmpty {
            out += "\nTimes stated: " + times.joined(separator: "; ") + "\n"
        }
        return out
    }

    /// Events grouped under the sentence that states them, in text order.
    private static func events(_ reports: [EventRecord]) -> String {
        var out = ""
        var currentSentence: Int?
        for (number, report) in reports.enumerated() {
            if report.sentence.index != currentSentence {
                currentSentence = report.sentence.index
                out += "\nSentence \(report.sentence.index + 1): \"\(report.sentence.text)\"\n"
            }
            out += "  \(number + 1). " + who(report) + "\n"
            var coding = "     CAMEO \(report.cameo) · PLOVER \(report.plover.event)"
            if let mode = report.plover.mode { coding += " (\(mode))" }
            coding += " · trigger \"\(report.trigger)\" · Goldstein \(EventRecord.decimal(report.goldstein))"
            out += coding + "\n"
            var setting = "     "
            setting += report.date.map { "Date \($0) (\(report.datePrecision))" } ?? "Date not stated"
            if let location = report.location {
                setting += " · in \(location.name)" + (location.country.map { " (\($0))" } ?? "")
            }
            if !report.plover.context.isEmpty { setting += " · context \(report.plover.context.joined(separator: ", "))" }
            out += setting + "\n"
            var how = "     "
            how += report.attribution.map { "According to \($0.name) (\($0.kind))" } ?? "No attribution"
            how += " · \(report.modality) · confidence \(EventRecord.decimal(report.confidence))"
            out += how + "\n"
            if report.mentions > 1 {
                let others = report.mentions - 1
                out += "     Also reported by \(others) other document\(others == 1 ? "" : "s") (event \(report.id)).\n"
            }
        }
        return out
    }

    private static func who(_ report: EventRecord) -> String {
        let source = report.sources.isEmpty ? "(unknown actor)" : EventRecord.label(report.sources)
        guard !report.targets.isEmpty else { return source }
        return "\(source) → \(EventRecord.label(report.targets))"
    }
}
