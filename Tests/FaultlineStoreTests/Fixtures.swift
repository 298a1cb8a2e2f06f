import FaultlineCore
import FaultlineStore
import Foundation

/// Small hand-written documents and a throwaway database for store tests.
enum Fixtures {
    static let qaani = CodedActor(name: "Esmail Qaani", actor: "irn.quds-force.qaani", code: ActorCode(country: "IRN", sector: "MIL"), mention: 0)
    static let framework = CodedActor(name: "Coordination Framework", actor: "irq.coordination-framework", code: ActorCode(country: "IRQ", sector: "GOV"), mention: 1)
    static let militia = CodedActor(name: "Kataib Hezbollah", code: ActorCode(country: "IRQ", sector: "REB"))
    static let rubio = CodedActor(name: "Marco Rubio", actor: "usa.state.rubio", code: ActorCode(country: "USA", sector: "GOV"))

    /// A fresh database file in its own temporary directory.
    static func store() throws -> SQLiteStore {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("faultline-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try SQLiteStore(path: directory.appendingPathComponent("test.sqlite").path)
    }

    /// A document split at ". " into sentences and at spaces into tokens, offsets in UTF-8 bytes.
    static func document(_ text: String, published: String = "2025-10-30", outlet: String = "Test Wire") -> AnalyzedDocument {
        var document = AnalyzedDocument(
            text: text, metadata: DocumentMetadata(outlet: outlet, title: "Headline", published: CivilDate(iso: published)))
        let bytes = Array(text.utf8)
        var sentenceStart = 0
        var index = 0
        while index <= bytes.count {
            let atEnd = index == bytes.count
            if atEnd || (bytes[index] == UInt8(ascii: ".") && (index + 1 == bytes.count || bytes[index + 1] == UInt8(ascii: " "))) {
                let end = atEnd ? index : index + 1
                if end > sentenceStart {
                    document.sentences.append(sentence(bytes: bytes, range: sentenceStart..<end))
                }
                sentenceStart = end + 1
                index = end + 1
            } else {
                index += 1
            }
        }
        return document
    }

    private static func sentence(bytes: [UInt8], range: Range<Int>) -> Sentence {
        var tokens: [Token] = []
        var start = range.lowerBound
        for position in range.lowerBound...range.upperBound {
            if position == range.upperBound || bytes[position] == UInt8(ascii: " ") {
                if position > start {
                    let text = String(decoding: bytes[start..<position], as: UTF8.self)
                    tokens.append(Token(
                        range: start..<position, text: text, spaceAfter: position < range.upperBound,
                        upos: "X", xpos: "NN", lemma: text.lowercased(), head: tokens.isEmpty ? -1 : 0,
                        deprel: tokens.isEmpty ? "root" : "dep"))
                }
                start = position + 1
            }
        }
        return Sentence(
            range: range, text: String(decoding: bytes[range], as: UTF8.self), tokens: tokens)
    }

    /// An event with the given parts; everything else fixed.
    static func event(
        sentence: Int = 0, source: CodedActor = qaani, target: CodedActor? = framework, cameo: String = "043",
        date: String? = "2025-10-27", location: Place? = Place(name: "Baghdad", country: "IRQ"),
        attribution: Attribution? = Attribution(name: "Al Monitor", kind: .media), modality: Modality = .asserted,
        plover: String = "CONSULT", confidence: Double = 0.8
    ) -> CodedEvent {
        CodedEvent(
            sentence: sentence, trigger: "visited", sources: [source], targets: target.map { [$0] } ?? [],
            cameo: cameo, goldstein: 2.8, quadClass: 1,
            plover: PloverCoding(event: plover, mode: "visit", context: ["election"], score: 1.5),
            date: date.flatMap { CivilDate(iso: $0) }, datePrecision: .day, location: location,
            attribution: attribution, modality: modality, confidence: confidence)
    }

    /// A submission of `document` with a content hash derived from its text.
    static func submission(_ document: AnalyzedDocument, signature: [UInt32] = [], bandKeys: [UInt64] = [], nearDuplicateOf: Int64? = nil) -> DocumentSubmission {
        DocumentSubmission(
            document: document, contentHash: fnv(document.text),
            rawText: document.text, format: "text", origin: "test", signature: signature, bandKeys: bandKeys,
            nearDuplicateOf: nearDuplicateOf)
    }
}

/// A stable 64-bit FNV-1a hex digest, standing in for the SHA-256 that ingest computes.
func fnv(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    return String(hash, radix: 16)
}

extension SaveOutcome {
    /// The stored id, for outcomes that stored something.
    var storedID: Int64? {
        switch self {
        case .added(let id), .nearDuplicate(let id, _): return id
        case .duplicate: return nil
        }
    }
}
