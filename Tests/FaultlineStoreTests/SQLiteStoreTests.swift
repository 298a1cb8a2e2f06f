import FaultlineCore
import FaultlineStore
import Foundation
import Testing

@Suite struct SQLiteStoreTests {
    @Test func opensInWALModeWithMigrationsApplied() throws {
        let store = try Fixtures.store()
        #expect(try store.appliedMigrations() == ["v1-documents-events-actors"])
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.documentCount() == 0)
        // Reopening an existing database does not migrate twice or lose data.
        _ = try store.save(Fixtures.submission(Fixtures.document("One sentence here.")))
        let reopened = try SQLiteStore(path: store.path)
        #expect(try reopened.documentCount() == 1)
    }

    @Test func missingDatabaseIsAnErrorForReaders() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("absent-\(UUID().uuidString).sqlite").path
        #expect(throws: StoreError.missingDatabase(path: path)) { try SQLiteStore(path: path, mustExist: true) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func roundTripsAFullyAnalysedDocument() throws {
        let store = try Fixtures.store()
        var document = Fixtures.document("Quds Force commander Esmail Qaani visited Baghdad. The Coordination Framework met him this week.")
        document.metadata.url = "https://example.org/report"
        document.metadata.author = "A. Writer"
        // A token whose text is not the bytes it covers (normalised quote) must survive too.
        document.sentences[0].tokens[0].text = "Quds*"
        document.entities = [
            EntityMention(
                sentence: 0, tokens: 3..<5, range: 21..<33, text: "Esmail Qaani", type: .person,
                title: Title(text: "Quds Force commander", role: "commander", organization: "Quds Force", range: 0..<20),
                cluster: 1),
            EntityMention(sentence: 1, tokens: 1..<3, range: 55..<77, text: "Coordination Framework", type: .organization, cluster: 2),
            EntityMention(sentence: 1, tokens: 3..<4, range: 82..<85, text: "him", type: .person, cluster: 1, isNominal: true),
        ]
        document.timeExpressions = [TimeExpression(sentence: 1, range: 86..<95, text: "this week", kind: .date, value: "2025-W44")]
        document.actors = [Fixtures.qaani, Fixtures.framework, Fixtures.militia]
        var event = Fixtures.event()
        event.attribution?.actor = CodedActor(name: "Al Monitor", code: ActorCode(country: "USA", sector: "MED"))
        document.events = [event, Fixtures.event(sentence: 1, source: Fixtures.framework, target: nil, cameo: "030", location: nil, attribution: nil, modality: .planned)]

        let outcome = try store.save(Fixtures.submission(document))
        let id = try #require(outcome.storedID)
        #expect(outcome == .added(id: id))
        let restored = try #require(try store.analyzedDocument(id: id))
        #expect(restored == document)
        #expect(try store.sentences(ofDocument: id).map(\.text) == document.sentences.map(\.text))
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func sameContentIsStoredOnce() throws {
        let store = try Fixtures.store()
        let submission = Fixtures.submission(Fixtures.document("Iran and Iraq talked."))
        let first = try store.save(submission)
        let id = try #require(first.storedID)
        #expect(try store.save(submission) == .duplicate(of: id))
        #expect(try store.documentCount() == 1)
        #expect(try store.documentID(contentHash: submission.contentHash) == id)
    }

    @Test func nearDuplicatesAreLinkedAndTheirEventsNotCounted() throws {
        let store = try Fixtures.store()
        var original = Fixtures.document("Qaani visited Baghdad on Monday.")
        original.actors = [Fixtures.qaani]
        original.events = [Fixtures.event()]
        let signature: [UInt32] = [1, 2, 3, 4, 5, 6, 7, 8]
        let originalID = try #require(try store.save(Fixtures.submission(original, signature: signature, bandKeys: [10, 20])).storedID)

        let candidates = try store.nearDuplicateCandidates(bandKeys: [20, 99])
        #expect(candidates == [NearDuplicateCandidate(id: originalID, signature: signature)])
        #expect(try store.nearDuplicateCandidates(bandKeys: [99]).isEmpty)

        var copy = Fixtures.document("Qaani visited Baghdad on Monday, AFP reported.")
        copy.actors = [Fixtures.qaani]
        copy.events = [Fixtures.event()]
        let outcome = try store.save(Fixtures.submission(copy, signature: signature, bandKeys: [10, 20], nearDuplicateOf: originalID))
        let copyID = try #require(outcome.storedID)
        #expect(outcome == .nearDuplicate(id: copyID, of: originalID))
        #expect(try store.document(id: copyID)?.duplicateOf == originalID)
        #expect(try store.document(id: copyID)?.eventCount == 0)

        let events = try store.events(matching: EventFilter())
        #expect(events.count == 1)
        #expect(events.first?.mentions == 1)
        #expect(try store.actors(matching: ActorFilter()).first?.mentions == 1)
        // A copy of the copy links to the original: copies are never candidates.
        #expect(try store.nearDuplicateCandidates(bandKeys: [10]).map(\.id) == [originalID])
    }

    @Test func actorsAreListedWithMentionAndEventCounts() throws {
        let store = try Fixtures.store()
        var first = Fixtures.document("Qaani met the Framework. Qaani left.")
        first.actors = [Fixtures.qaani, Fixtures.framework, Fixtures.qaani]
        first.events = [Fixtures.event()]
        var second = Fixtures.document("Kataib Hezbollah fired rockets.", published: "2025-11-02")
        second.actors = [Fixtures.militia, CodedActor(name: "Kataib  hezbollah", code: Fixtures.militia.code)]
        _ = try store.save(Fixtures.submission(first))
        _ = try store.save(Fixtures.submission(second))

        let actors = try store.actors(matching: ActorFilter())
        #expect(actors.map(\.name) == ["Esmail Qaani", "Kataib Hezbollah", "Coordination Framework"])
        #expect(actors.map(\.mentions) == [2, 2, 1])
        #expect(actors.map(\.events) == [1, 0, 1])
        #expect(actors[1].kbID == nil)
        #expect(actors[1].key == "provisional:IRQREB:kataib hezbollah")
        #expect(try store.actors(matching: ActorFilter(country: "irq")).count == 2)
        #expect(try store.actors(matching: ActorFilter(name: "quds")).map(\.name) == ["Esmail Qaani"])
    }

    @Test func tiesAreStoredWithTheirActors() throws {
        let store = try Fixtures.store()
        let tie = Tie(
            source: "irn.quds-force.qaani", target: "irq.coordination-framework", kind: "patron", sign: 1,
            from: CivilDate(iso: "2020-01-03"), confidence: 0.9, provenance: "kb/iran.yaml")
        try store.addTies([tie, Tie(source: "usa", target: "irn", kind: "rival", sign: -1, provenance: "kb/usa.yaml")])
        #expect(try store.ties(actorKey: nil).count == 2)
        #expect(try store.ties(actorKey: "irq.coordination-framework") == [tie])
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func tokenBlobsAreCompact() throws {
        let store = try Fixtures.store()
        let text = String(repeating: "Officials in Baghdad said the talks went well. ", count: 20)
        let id = try #require(try store.save(Fixtures.submission(Fixtures.document(text))).storedID)
        let restored = try #require(try store.analyzedDocument(id: id))
        let tokens = restored.sentences.reduce(0) { $0 + $1.tokens.count }
        #expect(tokens == 160)
        #expect(restored.sentences == Fixtures.document(text).sentences)
    }
}
