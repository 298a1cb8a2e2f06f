import FaultlineCore
import FaultlineEntities
import Foundation
import Testing

@Suite struct TimeMLTests {
    /// A small TimeML document written for this test.
    private let sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>TEST001</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2025-10-30" functionInDocument="CREATION_TIME">20251030</TIMEX3></DCT>
        <TEXT>
        Ministers <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-W44">this week</TIMEX3> &amp; \
        agreed to talk for <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
        </TEXT>
        </TimeML>
        """

    @Test func readsTextCreationTimeAndGold() throws {
        let document = try TimeMLDocument(parsing: sample, name: "sample.tml")
        #expect(document.id == "TEST001")
        #expect(document.creationDate == CivilDate(year: 2025, month: 10, day: 30))
        #expect(document.timeExpressions.map(\.text) == ["this week", "two weeks"])
        #expect(document.text.contains("met this week & agreed"))
        let bytes = Array(document.text.utf8)
        #expect(String(decoding: bytes[document.timeExpressions[1].range], as: UTF8.self) == "two weeks")
    }

    @Test func readsFilesWithoutATextElement() throws {
        let older = """
            <TimeML><DOCNO>TEST002</DOCNO>
            <DATE_TIME><TIMEX3 tid="t0" type="DATE" value="2025-10-30" functionInDocument="CREATION_TIME">10/30/2025</TIMEX3></DATE_TIME>
            Rebels attacked <TIMEX3 tid="t1" type="DATE" value="2025-10-29">yesterday</TIMEX3>.
            </TimeML>
            """
        let document = try TimeMLDocument(parsing: older, name: "older.tml")
        #expect(document.creationDate == CivilDate(year: 2025, month: 10, day: 30))
        #expect(document.timeExpressions.map(\.text) == ["yesterday"])
        // The creation time is blanked, so the tagger cannot find it in the text.
        let found = TimeExpressionTagger().find(in: document.text, documentDate: document.creationDate)
        #expect(found.map(\.value) == ["2025-10-29"])
    }

    @Test func rejectsFilesWithoutText() {
        #expect(throws: TimeMLDocument.ReadError.self) { try TimeMLDocument(parsing: "<html><body>Not TimeML</body></html>", name: "page.tml") }
    }

    @Test func scoresStrictRelaxedAndValue() throws {
        let document = try TimeMLDocument(parsing: sample, name: "sample.tml")
        let found = TimeExpressionTagger().find(in: document.text, documentDate: document.creationDate)
        var score = TimexScore()
        score.add(found: found, gold: document.timeExpressions)
        #expect(score.strict.f1 == 1)
        #expect(score.valueAccuracy == 1)
        var partial = TimexScore()
        let shifted = TimeExpression(range: 0..<3, text: "x", kind: .date, value: "2025")
        partial.add(found: [shifted], gold: [TimeExpression(range: 1..<5, text: "y", kind: .date, value: "2024")])
        #expect(partial.strict.f1 == 0)
        #expect(partial.relaxed.f1 == 1)
        #expect(partial.valueAccuracy == 0)
        #expect(TimexScore.sameValue("2000-W07", "2000-W7"))
    }

    /// A slice of TimeBank, when the shared data is present: the tagger must stay near its bars.
    @Test func timeBankSliceWhenAvailable() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/data/timeml/TBAQ-cleaned/TimeBank").standardized.path
        guard FileManager.default.fileExists(atPath: directory) else {
            print("TimeMLTests: \(directory) is absent; skipping the TimeBank check")
            return
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".tml") }.sorted().prefix(40)
        let tagger = TimeExpressionTagger()
        var score = TimexScore()
        for name in names {
            let contents = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            let document = try TimeMLDocument(parsing: contents, name: name)
            score.add(found: tagger.find(in: document.text, documentDate: document.creationDate), gold: document.timeExpressions)
        }
        #expect(score.relaxed.f1 > 0.85, "relaxed F1 \(score.relaxed.f1)")
        #expect(score.valueAccuracy > 0.75, "value accuracy \(score.valueAccuracy)")
    }
}
