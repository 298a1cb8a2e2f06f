import FaultlineCore
import FaultlineStore
import Testing

@Suite struct EventFilterTests {
    /// Three reports: a visit, a call for boycott by a militia, a US demand.
    private func store() throws -> (SQLiteStore, Int64) {
        let store = try Fixtures.store()
        var first = Fixtures.document("Qaani visited Baghdad. Kataib Hezbollah called for a boycott.")
        first.events = [
            Fixtures.event(),
            Fixtures.event(
                sentence: 1, source: Fixtures.militia, target: nil, cameo: "123", date: "2025-10-20", location: nil,
                attribution: Attribution(name: "a militia statement", kind: .document), modality: .claimed, plover: "DEMAND"),
        ]
        let firstID = try #require(try store.save(Fixtures.submission(first)).storedID)
        var second = Fixtures.document("Rubio urged Baghdad to disarm the militias.", published: "2025-11-05")
        second.events = [
            Fixtures.event(
                source: Fixtures.rubio, target: Fixtures.framework, cameo: "1041", date: "2025-11-04",
                attribution: Attribution(name: "State Department readout", kind: .official), modality: .requested, plover: "DEMAND"),
        ]
        _ = try store.save(Fixtures.submission(second))
        return (store, firstID)
    }

    @Test func filtersNarrowTheSelection() throws {
        let (store, firstID) = try store()
        func ids(_ filter: EventFilter) throws -> [String] { try store.events(matching: filter).map(\.cameo) }
        #expect(try ids(EventFilter()) == ["123", "043", "1041"])  // by date
        #expect(try ids(EventFilter(actor: "QAANI")) == ["043"])
        #expect(try ids(EventFilter(actor: "usa.state")) == ["1041"])
        #expect(try ids(EventFilter(actor: "framework")) == ["043", "1041"])
        #expect(try ids(EventFilter(country: "irq")) == ["123", "043", "1041"])
        #expect(try ids(EventFilter(country: "USA")) == ["1041"])
        #expect(try ids(EventFilter(cameo: "04")) == ["043"])
        #expect(try ids(EventFilter(cameo: "10")) == ["1041"])
        #expect(try ids(EventFilter(cameo: "043")) == ["043"])
        #expect(try ids(EventFilter(plover: "demand")) == ["123", "1041"])
        #expect(try ids(EventFilter(from: CivilDate(iso: "2025-10-21"))) == ["043", "1041"])
        #expect(try ids(EventFilter(until: CivilDate(iso: "2025-10-27"))) == ["123", "043"])
        #expect(try ids(EventFilter(attribution: "readout")) == ["1041"])
        #expect(try ids(EventFilter(attribution: "media")) == ["043"])
        #expect(try ids(EventFilter(modality: .claimed)) == ["123"])
        #expect(try ids(EventFilter(document: firstID)) == ["123", "043"])
        #expect(try ids(EventFilter(country: "IRQ", plover: "DEMAND", limit: 1)) == ["123"])
    }

    @Test func recordsCarryTheDesignFields() throws {
        let (store, _) = try store()
        let record = try #require(try store.events(matching: EventFilter(actor: "qaani")).first)
        #expect(record.source?.code == "IRNMIL")
        #expect(record.source?.actor == "irn.quds-force.qaani")
        #expect(record.target?.name == "Coordination Framework")
        #expect(record.cameoRoot == "04")
        #expect(record.sentence.text == "Qaani visited Baghdad.")
        #expect(record.document.published == "2025-10-30")
        #expect(record.document.outlet == "Test Wire")
        #expect(record.location?.name == "Baghdad")
        #expect(record.plover.context == ["election"])
        let militia = try #require(try store.events(matching: EventFilter(cameo: "12")).first)
        #expect(militia.target == nil)
        #expect(militia.source?.actor == nil)
    }
}
