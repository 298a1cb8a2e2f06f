import FaultlineCore
import Foundation
import Testing
@testable import FaultlineEvents

@Suite struct EvaluationTests {
    private func temporaryFile(_ name: String, _ contents: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-\(UUID().uuidString)-\(name)")
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// A document whose single sentence carries the given event (the chain is not under test).
    private static func document(_ text: String, event: CodedEvent?) -> AnalyzedDocument {
        var document = AnalyzedDocument(text: text)
        document.sentences = [Sentence(range: 0..<text.utf8.count, text: text)]
        document.events = event.map { [$0] } ?? []
        return document
    }

    private static func event(_ cameo: String, plover: String, sources: [String], targets: [String]) -> CodedEvent {
        func actors(_ codes: [String]) -> [CodedActor] {
            codes.map { CodedActor(name: $0, code: ActorCode(country: String($0.prefix(3)), sector: $0.count > 3 ? String($0.dropFirst(3)) : nil)) }
        }
        return CodedEvent(
            sentence: 0, trigger: "x", sources: actors(sources), targets: actors(targets), cameo: cameo, goldstein: 0,
            quadClass: CameoCode.quadClass(of: cameo), plover: PloverCoding(event: plover), date: nil, datePrecision: .unknown,
            location: nil, attribution: nil, modality: .asserted, confidence: 1)
    }

    @Test func ploverRecordsAreReadWithOldNamesMappedAndScored() throws {
        let path = try temporaryFile("plover.json", """
            [{"id": "doc", "event": "DOCUMENT"},
             {"id": "a", "event": "DEMAND", "text": "Freedonia demanded that Sylvania withdraw.",
              "source": [{"actorText": "Freedonia", "code": "FRE"}], "target": [{"actorText": "Sylvania", "code": "SYL", "sector": "GOV"}]},
             {"id": "b", "event": "FIGHT", "text": "Sylvania shelled the border.",
              "source": [{"actorText": "Sylvania", "code": "SYL"}], "target": ""}]
            """)
        let records = try PloverGoldRecord.read(path: path)
        #expect(records.map(\.event) == ["REQUEST", "ASSAULT"])
        #expect(records[1].targets.isEmpty)
        let scores = try EventEvaluation.plover(records) { text, _ in
            text.hasPrefix("Freedonia")
                ? Self.document(text, event: Self.event("1056", plover: "REQUEST", sources: ["FRE"], targets: ["SYLGOV"]))
                : Self.document(text, event: Self.event("194", plover: "ASSAULT", sources: ["SYL"], targets: ["FRE"]))
        }
        #expect(scores.eventTypeAccuracy == 1)
        #expect(scores.sourceCountryAccuracy == 1)
        #expect(scores.targetCountryAccuracy == 0.5)
        #expect(scores.fullyRight == 0.5)
    }

    @Test func petrarchRecordsIgnoreCommentsAndScoreTriples() throws {
        let path = try temporaryFile("petr.xml", """
            <Validation><Sentences>
            <Sentence date="19950101" id="T-1" category="DEMO" sentence="true">
            <!-- <EventCoding sourcecode="XXX" targetcode="YYY" eventcode="999"></EventCoding> -->
            <EventCoding sourcecode="FRE" targetcode="SYL" eventcode="042"></EventCoding>
            <Text>
            Freedonia's envoy visited
            Sylvania.
            </Text>
            <Parse>(ROOT (S ...))</Parse>
            </Sentence>
            </Sentences></Validation>
            """)
        let records = try PetrarchRecord.read(path: path)
        #expect(records.count == 1)
        #expect(records[0].codings == [PetrarchCoding(source: "FRE", target: "SYL", event: "042")])
        #expect(records[0].text == "Freedonia's envoy visited Sylvania.")
        let scores = try EventEvaluation.petrarch(records) { text, date in
            #expect(date == CivilDate(iso: "1995-01-01"))
            return Self.document(text, event: Self.event("042", plover: "CONSULT", sources: ["FRE"], targets: ["SYL"]))
        }
        #expect(scores.f1 == 1)
        #expect(scores.exactRecordRate == 1)
    }

    @Test func quadSentencesAreScoredByTheMainEvent() throws {
        let path = try temporaryFile("quad.tsv", "Troops shelled the town.\t4\nThe minister spoke.\t0\nThey met.\t1\n")
        let sentences = try QuadSentence.read(path: path)
        #expect(sentences.map(\.label) == [4, 0, 1])
        let scores = try EventEvaluation.quad(sentences) { text, _ in
            text.hasPrefix("Troops")
                ? Self.document(text, event: Self.event("194", plover: "ASSAULT", sources: [], targets: []))
                : Self.document(text, event: nil)
        }
        #expect(abs(scores.accuracy - 2.0 / 3.0) < 1e-9)
        #expect(scores.withoutEvent == 2)
    }

    @Test func malformedQuadLinesAreNamed() throws {
        let path = try temporaryFile("bad.tsv", "no label here\n")
        #expect(throws: EvaluationError.malformed(path: path, reason: "line 1 is not 'sentence<TAB>label 0-4'")) {
            try QuadSentence.read(path: path)
        }
    }
}

@Suite struct PetrarchDictionaryTests {
    @Test func actorsWithSynonymsStemsDatesAndAgentsAreApplied() throws {
        let dictionary = PetrarchDictionary(
            actors: """
                FREEDONIA  [FRE]
                +FREEDONIAN
                SYLVANIA_ [SYL]
                RUFUS  # a person with dated roles
                \t[SYLGOV < 19950601]
                \t[SYLREB > 19950601]
                """,
            agents: "POLICE [~COP]\n")
        var document = AnalyzedDocument(
            text: "Freedonian police met Rufus .", metadata: DocumentMetadata(published: CivilDate(iso: "1996-01-01")))
        var tokens: [Token] = []
        var offset = 0
        for word in ["Freedonian", "police", "met", "Rufus", "."] {
            tokens.append(Token(range: offset..<(offset + word.utf8.count), text: word))
            offset += word.utf8.count + 1
        }
        document.sentences = [Sentence(range: 0..<document.text.utf8.count, text: document.text, tokens: tokens)]
        try PetrarchActorOverlay(dictionary: dictionary).annotate(&document)
        #expect(document.actors.map(\.code.description) == ["FRECOP", "SYLREB"])
        #expect(document.entities.map(\.text) == ["Freedonian police", "Rufus"])
    }

    @Test func anAgentSectorTheActorAlreadyHasIsNotRepeated() throws {
        let dictionary = PetrarchDictionary(
            actors: "PALACE_OF_FREEDONIA [FREGOV]\nSYLVANIA [SYL]\n",
            agents: "OFFICIALS [~GOV]\nPOLICE [~COP]\n")
        let words = ["Palace", "of", "Freedonia", "officials", "met", "Sylvania", "officials", "and", "Palace", "of", "Freedonia", "police", "."]
        let text = words.joined(separator: " ")
        var document = AnalyzedDocument(text: text, metadata: DocumentMetadata(published: CivilDate(iso: "1996-01-01")))
        var tokens: [Token] = []
        var offset = 0
        for word in words {
            tokens.append(Token(range: offset..<(offset + word.utf8.count), text: word))
            offset += word.utf8.count + 1
        }
        document.sentences = [Sentence(range: 0..<text.utf8.count, text: text, tokens: tokens)]
        try PetrarchActorOverlay(dictionary: dictionary).annotate(&document)
        #expect(document.actors.map(\.code.description) == ["FREGOV", "SYLGOV", "FREGOVCOP"])
        #expect(document.entities.first?.text == "Palace of Freedonia officials")
    }
}

@Suite struct LineEndingTests {
    @Test func quadFilesWithWindowsLineEndingsAreRead() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-\(UUID().uuidString)-crlf.tsv")
        try "Troops shelled the town.\t4\r\nThey met.\t1\r\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(try QuadSentence.read(path: url.path).map(\.label) == [4, 1])
    }
}
