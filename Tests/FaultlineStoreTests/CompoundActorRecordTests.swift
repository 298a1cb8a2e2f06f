import FaultlineCore
import FaultlineStore
import Foundation
import Testing

/// A compound source or target ("Qaani and Rubio met the Coordination Framework and Kataib
/// Hezbollah") comes back whole in the event record, in the order the report names it.
@Suite struct CompoundActorRecordTests {
    private func storedReports() throws -> (SQLiteStore, [EventRecord]) {
        let store = try Fixtures.store()
        var document = Fixtures.document("Qaani and Rubio met the Coordination Framework and Kataib Hezbollah.")
        var event = Fixtures.event()
        event.sources = [Fixtures.qaani, Fixtures.rubio]
        event.targets = [Fixtures.framework, Fixtures.militia]
        document.events = [event]
        let id = try #require(try store.save(Fixtures.submission(document)).storedID)
        return (store, try store.eventReports(inDocument: id))
    }

    @Test func everyActorOfACompoundIsInTheRecordInOrder() throws {
        let (store, reports) = try storedReports()
        let report = try #require(reports.first)
        #expect(report.sources.map(\.name) == ["Esmail Qaani", "Marco Rubio"])
        #expect(report.targets.map(\.name) == ["Coordination Framework", "Kataib Hezbollah"])
        #expect(report.source?.name == "Esmail Qaani")
        #expect(report.target?.name == "Coordination Framework")
        let merged = try #require(try store.events(matching: EventFilter()).first)
        #expect(merged.sources.map(\.code) == ["IRNMIL", "USAGOV"])
    }

    @Test func jsonKeepsTheFirstActorsAndAddsTheLists() throws {
        let report = try #require(try storedReports().1.first)
        let json = try JSONEncoder().encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let source = try #require(object["source"] as? [String: Any])
        #expect(source["name"] as? String == "Esmail Qaani")
        let targets = try #require(object["targets"] as? [[String: Any]])
        #expect(targets.compactMap { $0["name"] as? String } == ["Coordination Framework", "Kataib Hezbollah"])
        #expect(try JSONDecoder().decode(EventRecord.self, from: json) == report)
    }

    @Test func aRecordWithOnlySourceAndTargetReadsAsOneActorEach() throws {
        let report = try #require(try storedReports().1.first)
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any])
        object["sources"] = nil
        object["targets"] = nil
        let decoded = try JSONDecoder().decode(EventRecord.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(decoded.sources.map(\.name) == ["Esmail Qaani"])
        #expect(decoded.targets.map(\.name) == ["Coordination Framework"])
    }
}
