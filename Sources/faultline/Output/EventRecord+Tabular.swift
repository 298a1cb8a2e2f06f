import FaultlineCore
import FaultlineStore

extension EventRecord: TabularRecord {
    static let columns = [
        "id", "date", "source", "cameo", "plover", "target", "location", "attribution", "modality",
        "confidence", "mentions", "document", "sentence",
    ]

    var cells: [String] {
        [
            id, date ?? "", Self.label(sources), cameo, plover.event, Self.label(targets),
            location?.name ?? "", attribution?.name ?? "", modality, Self.decimal(confidence),
            String(mentions), document.id, String(sentence.index + 1),
        ]
    }

    /// "Esmail Qaani (IRNMIL)".
    static func label(_ actor: ActorRef) -> String {
        actor.code.map { "\(actor.name) (\($0))" } ?? actor.name
    }

    /// Every actor of a compound source or target: "Iran (IRN) and Saudi Arabia (SAU)"; empty
    /// for none.
    static func label(_ actors: [ActorRef]) -> String {
        let labels = actors.map(label)
        guard labels.count > 1 else { return labels.first ?? "" }
        return labels.dropLast().joined(separator: ", ") + " and " + labels.last!
    }

    /// Two decimals.
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        return "\(sign)\(magnitude / 100).\(magnitude % 100 < 10 ? "0" : "")\(magnitude % 100)"
    }
}

extension ActorSummary: TabularRecord {
    static let columns = ["id", "name", "kb_id", "country", "sector", "mentions", "events"]

    var cells: [String] {
        [String(id), name, kbID ?? "(provisional)", country ?? "", sector ?? "", String(mentions), String(events)]
    }
}
