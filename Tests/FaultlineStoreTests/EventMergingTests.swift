import FaultlineCore
import FaultlineStore
import Testing

/// Cross-report merging: the same event from different reports becomes one event with several
/// mentions; anything that differs in actors, root, date or place stays apart.
@Suite struct EventMergingTests {
    private func save(_ events: [CodedEvent], text: String, in store: SQLiteStore, nearDuplicateOf: Int64? = nil) throws -> Int64 {
        var document = Fixtures.document(text)
        document.events = events
        return try #require(try store.save(Fixtures.submission(document, nearDuplicateOf: nearDuplicateOf)).storedID)
    }

    @Test func sameEventFromAnotherReportMerges() throws {
        let store = try Fixtures.store()
        let first = try save([Fixtures.event()], text: "Qaani visited Baghdad on Monday.", in: store)
        // Another outlet: a different code of the same root, a day later, no place stated.
        let second = try save(
            [Fixtures.event(cameo: "042", date: "2025-10-28", location: nil, modality: .reported, confidence: 0.9)],
            text: "The Quds Force chief travelled to Iraq.", in: store)
        let events = try store.events(matching: EventFilter())
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event.mentions == 2)
        #expect(event.document.id == String(first))
        #expect(event.cameo == "043")
        #expect(event.confidence == 0.9)
        let reports = try store.eventReports(inDocument: second)
        #expect(reports.map(\.id) == [event.id])
        #expect(reports.first?.cameo == "042")
        #expect(reports.first?.modality == "reported")
        #expect(reports.first?.mentions == 2)
        #expect(try store.events(matching: EventFilter(modality: .reported)).count == 1)
    }

    @Test func differencesKeepEventsApart() throws {
        let store = try Fixtures.store()
        _ = try save([Fixtures.event()], text: "Report one.", in: store)
        _ = try save([Fixtures.event(date: "2025-10-30")], text: "Report two, three days later.", in: store)
        _ = try save([Fixtures.event(cameo: "051")], text: "Report three, another root.", in: store)
        _ = try save([Fixtures.event(target: Fixtures.militia)], text: "Report four, another target.", in: store)
        _ = try save([Fixtures.event(source: Fixtures.rubio)], text: "Report five, another source.", in: store)
        _ = try save([Fixtures.event(location: Place(name: "Tehran", country: "IRN"))], text: "Report six, another place.", in: store)
        _ = try save([Fixtures.event(date: nil)], text: "Report seven, no date.", in: store)
        let events = try store.events(matching: EventFilter())
        #expect(events.count == 7)
        #expect(events.allSatisfy { $0.mentions == 1 })
    }

    @Test func repeatsWithinOneReportAreNotMerged() throws {
        let store = try Fixtures.store()
        _ = try save([Fixtures.event(), Fixtures.event(sentence: 1)], text: "Qaani visited Baghdad. He visited Baghdad.", in: store)
        let events = try store.events(matching: EventFilter())
        #expect(events.count == 2)
        // A later report merges with one of them, not both.
        _ = try save([Fixtures.event()], text: "A third report.", in: store)
        #expect(try store.events(matching: EventFilter()).map(\.mentions).sorted() == [1, 2])
    }

    @Test func nearDuplicateCopiesAreNeverCounted() throws {
        let store = try Fixtures.store()
        let original = try save([Fixtures.event()], text: "Agency text.", in: store)
        _ = try save([Fixtures.event()], text: "Agency text, syndicated.", in: store, nearDuplicateOf: original)
        _ = try save([Fixtures.event(date: "2025-10-26")], text: "Independent report.", in: store)
        #expect(try store.events(matching: EventFilter()).map(\.mentions) == [2])
    }

    @Test func locationCompatibility() {
        let baghdad = Place(name: "Baghdad", country: "IRQ")
        #expect(EventMergeRule.locationsCompatible(baghdad, nil))
        #expect(EventMergeRule.locationsCompatible(baghdad, Place(name: "baghdad")))
        #expect(EventMergeRule.locationsCompatible(baghdad, Place(name: "Iraq", country: "IRQ")))
        #expect(!EventMergeRule.locationsCompatible(baghdad, Place(name: "Tehran", country: "IRN")))
        #expect(!EventMergeRule.locationsCompatible(baghdad, Place(name: "Erbil")))
    }
}
