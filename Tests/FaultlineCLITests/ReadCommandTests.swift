import FaultlineCore
import FaultlineStore
import Foundation
import Testing

/// The read commands over a database filled through the store: field names, formats, filters.
@Suite(.enabled(if: CLIHarness.available, "the faultline binary is built"))
struct ReadCommandTests {
    /// The keys of the event record, as docs/FORMATS.md lists them.
    static let eventKeys: Set<String> = [
        "id", "document", "sentence", "source", "target", "sources", "targets", "trigger", "cameo", "cameo_root", "goldstein",
        "quad_class", "plover", "date", "date_precision", "location", "attribution", "modality",
        "confidence", "mentions",
    ]

    private func filled() throws -> CLIHarness {
        let cli = try CLIHarness()
        let store = try cli.store()
        let text = "Quds Force commander Esmail Qaani visited Baghdad this week.\n\nThe cleric called for a boycott, \"an act of protest\", aides said."
        var document = AnalyzedDocument(
            text: text,
            metadata: DocumentMetadata(url: "https://example.org/r", outlet: "Example Wire", title: "Envoy in Baghdad", published: CivilDate(iso: "2025-10-30")))
        let bytes = Array(text.utf8)
        let firstEnd = bytes.firstIndex(of: UInt8(ascii: "\n"))!
        document.sentences = [
            Sentence(range: 0..<firstEnd, text: String(decoding: bytes[0..<firstEnd], as: UTF8.self)),
            Sentence(range: (firstEnd + 2)..<bytes.count, text: String(decoding: bytes[(firstEnd + 2)...], as: UTF8.self)),
        ]
        let qaani = CodedActor(name: "Esmail Qaani", actor: "irn.quds-force.qaani", code: ActorCode(country: "IRN", sector: "MIL"))
        let cleric = CodedActor(name: "The cleric", code: ActorCode(country: "IRQ", sector: "REL"))
        document.actors = [qaani, cleric]
        document.events = [
            CodedEvent(
                sentence: 0, trigger: "visited", sources: [qaani],
                targets: [CodedActor(name: "Baghdad", actor: "irq.government", code: ActorCode(country: "IRQ", sector: "GOV"))],
                cameo: "042", goldstein: 1.9, quadClass: 1, plover: PloverCoding(event: "CONSULT", mode: "visit", context: ["election"]),
                date: CivilDate(iso: "2025-10-27"), datePrecision: .week, location: Place(name: "Baghdad", country: "IRQ"),
                attribution: nil, modality: .asserted, confidence: 0.82),
            CodedEvent(
                sentence: 1, trigger: "called for", sources: [cleric], targets: [], cameo: "1041", goldstein: -4,
                quadClass: 3, plover: PloverCoding(event: "DEMAND"), date: nil, datePrecision: .unknown, location: nil,
                attribution: Attribution(name: "aides", kind: .person), modality: .reported, confidence: 0.6),
        ]
        _ = try store.save(DocumentSubmission(document: document, contentHash: "abc123", rawText: text, format: "text", origin: "fixture.txt"))
        return cli
    }

    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func eventsAsJSONHaveTheDocumentedFields() throws {
        let cli = try filled()
        defer { cli.cleanUp() }
        let result = try cli.run(["events", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let records = try #require(try json(result.stdout) as? [[String: Any]])
        #expect(records.count == 2)
        for record in records { #expect(Set(record.keys) == Self.eventKeys) }
        let visit = try #require(records.first)
        #expect(visit["cameo_root"] as? String == "04")
        #expect((visit["source"] as? [String: Any])?["code"] as? String == "IRNMIL")
        #expect((visit["document"] as? [String: Any])?["published"] as? String == "2025-10-30")
        #expect((visit["plover"] as? [String: Any])?["context"] as? [String] == ["election"])
        #expect(visit["attribution"] is NSNull)
        #expect(records[1]["target"] is NSNull)
    }

    @Test func eventFiltersAndOtherFormats() throws {
        let cli = try filled()
        defer { cli.cleanUp() }
        let lines = try cli.run(["events", "--format", "jsonl", "--actor", "qaani"]).stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(try json(String(lines[0])) is [String: Any])
        #expect(try cli.run(["events", "--format", "jsonl", "--cameo", "10"]).stdout.split(separator: "\n").count == 1)
        #expect(try cli.run(["events", "--format", "jsonl", "--modality", "reported", "--country", "IRQ"]).stdout.split(separator: "\n").count == 1)
        #expect(try cli.run(["events", "--format", "jsonl", "--from", "2025-10-28"]).stdout.isEmpty)
        let csv = try cli.run(["events", "--format", "csv"]).stdout
        #expect(csv.hasPrefix("id,date,source,cameo,plover,target,"))
        #expect(csv.split(separator: "\r\n").count == 3)
        let table = try cli.run(["events"]).stdout
        #expect(table.contains("Esmail Qaani (IRNMIL)"))
        let bad = try cli.run(["events", "--modality", "rumoured"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("rumoured"))
    }

    @Test func documentsShowAndActors() throws {
        let cli = try filled()
        defer { cli.cleanUp() }
        let documents = try #require(try json(try cli.run(["documents", "--format", "json"]).stdout) as? [[String: Any]])
        #expect(documents.count == 1)
        #expect(Set(documents[0].keys) == [
            "id", "content_hash", "url", "outlet", "title", "author", "published", "ingested_at", "format",
            "origin", "duplicate_of", "sentences", "events",
        ])
        #expect(documents[0]["events"] as? Int == 2)
        let shown = try cli.run(["show", "1"]).stdout
        #expect(shown.contains("Document 1: Envoy in Baghdad"))
        #expect(shown.contains("[1] Quds Force commander Esmail Qaani visited Baghdad this week.\n\n[2] The cleric"))
        let missing = try cli.run(["show", "7"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no document 7"))
        let actors = try #require(try json(try cli.run(["actors", "--format", "json"]).stdout) as? [[String: Any]])
        #expect(actors.map { $0["name"] as? String } == ["Esmail Qaani", "The cleric", "Baghdad"])
        #expect(actors.map { $0["mentions"] as? Int } == [1, 1, 0])
        #expect(actors[1]["kb_id"] is NSNull)
    }

    @Test func briefTellsWhatTheReportSays() throws {
        let cli = try filled()
        defer { cli.cleanUp() }
        let brief = try cli.run(["brief", "1"])
        #expect(brief.status == 0, "\(brief.stderr)")
        #expect(brief.stdout.contains("2 sentences, 2 events reported."))
        #expect(brief.stdout.contains("Sentence 1: \"Quds Force commander Esmail Qaani visited Baghdad this week.\"\n  1. Esmail Qaani (IRNMIL) → Baghdad (IRQGOV)\n"))
        #expect(brief.stdout.contains("Sentence 2: \"The cleric called for"))
        #expect(brief.stdout.contains("Date 2025-10-27 (week) · in Baghdad (IRQ)"))
        #expect(brief.stdout.contains("According to aides (person) · reported"))
        #expect(brief.stdout.contains("Actors named: Esmail Qaani (IRNMIL); The cleric (IRQREL)"))
        let json = try #require(try json(try cli.run(["brief", "1", "--format", "json"]).stdout) as? [String: Any])
        #expect((json["events"] as? [[String: Any]])?.count == 2)
    }

    @Test func readCommandsRefuseAMissingDatabase() throws {
        let cli = try CLIHarness()
        defer { cli.cleanUp() }
        for command in [["documents"], ["events"], ["actors"], ["show", "1"], ["brief", "1"]] {
            let result = try cli.run(command)
            #expect(result.status != 0)
            #expect(result.stderr.contains("no database at"), "\(command): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.database))
    }
}
