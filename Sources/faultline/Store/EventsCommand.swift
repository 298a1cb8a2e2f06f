import ArgumentParser
import FaultlineCore
import FaultlineStore

/// `faultline events`: lists stored events, filtered.
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List stored events (one record per event, reports merged), with filters.",
        discussion: "The JSON record is described in docs/FORMATS.md.")

    @Option(help: "Source or target actor whose name or knowledge-base id contains this text.")
    var actor: String?

    @Option(help: "Source or target actor country (ISO alpha-3, e.g. IRQ).")
    var country: String?

    @Option(help: "CAMEO code or prefix: 04 for the whole root, 043 for one code.")
    var cameo: String?

    @Option(help: "PLOVER event, e.g. CONSULT.")
    var plover: String?

    @Option(help: "Events on or after this date (YYYY-MM-DD).", transform: Self.date)
    var from: CivilDate?

    @Option(help: "Events on or before this date (YYYY-MM-DD).", transform: Self.date)
    var until: CivilDate?

    @Option(help: "Attribution whose name contains this text, or its kind (media, official, ...).")
    var attribution: String?

    @Option(help: "Modality: \(Modality.allCases.map(\.rawValue).joined(separator: ", ")).", transform: Self.modality)
    var modality: Modality?

    @Option(help: "Only events reported by this document id.")
    var document: Int64?

    @Option(help: "At most this many events.")
    var limit: Int?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let store = try storeOptions.open(mustExist: true)
        let filter = EventFilter(
            actor: actor, country: country, cameo: cameo, plover: plover, from: from, until: until,
            attribution: attribution, modality: modality, document: document, limit: limit)
        try RecordWriter.write(try store.events(matching: filter), format: output.format)
    }

    static func date(_ text: String) throws -> CivilDate {
        guard text.count == 10, let date = CivilDate(iso: text) else {
            throw ValidationError("'\(text)' is not a YYYY-MM-DD date")
        }
        return date
    }

    static func modality(_ text: String) throws -> Modality {
        guard let modality = Modality(rawValue: text.lowercased()) else {
            throw ValidationError("'\(text)' is not a modality (one of \(Modality.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return modality
    }
}
