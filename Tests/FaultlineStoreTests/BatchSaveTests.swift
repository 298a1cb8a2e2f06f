import FaultlineCore
import FaultlineStore
import Foundation
import GRDB
import Testing

/// Several documents saved in one transaction end up exactly as saved one by one.
@Suite struct BatchSaveTests {
    /// Picks the first candidate whose signature is equal at half the positions or more.
    static let chooser: OriginalChooser = { signature, candidates in
        candidates.first { candidate in
            let equal = zip(signature, candidate.signature).filter { $0 == $1 }.count
            return equal * 2 >= signature.count
        }?.id
    }

    /// Three reports: an original, a near-copy of it (same band key, 6 of 8 values), a third
    /// unrelated one with the same event a day later (merged with the original's).
    static func submissions() -> [DocumentSubmission] {
        var original = Fixtures.document("Qaani visited Baghdad on Monday.")
        original.actors = [Fixtures.qaani]
        original.events = [Fixtures.event()]
        var copy = Fixtures.document("Qaani visited Baghdad on Monday, AFP reported.")
        copy.actors = [Fixtures.qaani]
        copy.events = [Fixtures.event()]
        var later = Fixtures.document("The Quds Force chief was in Baghdad again.")
        later.actors = [Fixtures.qaani, Fixtures.framework]
        later.events = [Fixtures.event(date: "2025-10-28")]
        return [
            Fixtures.submission(original, signature: [1, 2, 3, 4, 5, 6, 7, 8], bandKeys: [10, 20]),
            Fixtures.submission(copy, signature: [1, 2, 3, 4, 5, 6, 0, 0], bandKeys: [10, 30]),
            Fixtures.submission(later, signature: [9, 9, 9, 9, 9, 9, 9, 9], bandKeys: [40, 50]),
        ]
    }

    /// Every row of every table, in a stable order, with the ingest timestamp left out.
    static func contents(of store: SQLiteStore) throws -> [String] {
        let queue = try DatabaseQueue(path: store.path)
        return try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb%' ORDER BY name")
            return try tables.flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { row in
                    "\(table): " + row.columnNames.filter { $0 != "ingested_at" }.map { "\($0)=\(row[$0] as DatabaseValue)" }.joined(separator: " ")
                }.sorted()
            }
        }
    }

    /// SQLiteStore's own batch save (in an async context the protocol's default would be chosen).
    static func saveInOneTransaction(_ batch: [DocumentSubmission], in store: SQLiteStore) throws -> [Result<SaveOutcome, any Error>] {
        try store.save(batch, originalOf: chooser)
    }

    @Test func aBatchStoresWhatSavesOneByOneStore() throws {
        let batched = try Fixtures.store()
        let outcomes = try Self.saveInOneTransaction(Self.submissions(), in: batched)
        #expect(outcomes.map { try? $0.get() } == [.added(id: 1), .nearDuplicate(id: 2, of: 1), .added(id: 3)])

        let single = try Fixtures.store()
        for submission in Self.submissions() {
            var submission = submission
            submission.nearDuplicateOf = Self.chooser(
                submission.signature, try single.nearDuplicateCandidates(bandKeys: submission.bandKeys))
            _ = try single.save(submission)
        }
        #expect(try Self.contents(of: batched) == Self.contents(of: single))
        #expect(try batched.events(matching: EventFilter()).map(\.mentions) == [2])
        #expect(try batched.integrityCheck() == ["ok"])
    }

    @Test func theProtocolsOneByOneDefaultGivesTheSameOutcomes() async throws {
        /// Uses the protocol's default batch save (one `save` per document).
        struct OneByOne: Store {
            let base: SQLiteStore
            func documentID(contentHash: String) async throws -> Int64? { try base.documentID(contentHash: contentHash) }
            func nearDuplicateCandidates(bandKeys: [UInt64]) async throws -> [NearDuplicateCandidate] { try base.nearDuplicateCandidates(bandKeys: bandKeys) }
            func save(_ submission: DocumentSubmission) async throws -> SaveOutcome { try base.save(submission) }
            func documentCount() async throws -> Int { try base.documentCount() }
            func documents(limit: Int?, offset: Int) async throws -> [StoredDocument] { try base.documents(limit: limit, offset: offset) }
            func document(id: Int64) async throws -> StoredDocument? { try base.document(id: id) }
            func sentences(ofDocument id: Int64) async throws -> [StoredSentence] { try base.sentences(ofDocument: id) }
            func analyzedDocument(id: Int64) async throws -> AnalyzedDocument? { try base.analyzedDocument(id: id) }
            func events(matching filter: EventFilter) async throws -> [EventRecord] { try base.events(matching: filter) }
            func eventReports(inDocument id: Int64) async throws -> [EventRecord] { try base.eventReports(inDocument: id) }
            func actors(matching filter: ActorFilter) async throws -> [ActorSummary] { try base.actors(matching: filter) }
            func addTies(_ ties: [Tie]) async throws { try base.addTies(ties) }
            func ties(actorKey: String?) async throws -> [Tie] { try base.ties(actorKey: actorKey) }
            func integrityCheck() async throws -> [String] { try base.integrityCheck() }
        }
        let base = try Fixtures.store()
        let outcomes = try await OneByOne(base: base).save(Self.submissions(), originalOf: Self.chooser)
        #expect(outcomes.map { try? $0.get() } == [.added(id: 1), .nearDuplicate(id: 2, of: 1), .added(id: 3)])
        let batched = try Fixtures.store()
        _ = try Self.saveInOneTransaction(Self.submissions(), in: batched)
        #expect(try Self.contents(of: base) == Self.contents(of: batched))
    }

    @Test func aDuplicateWithinTheBatchIsStoredOnce() throws {
        let store = try Fixtures.store()
        let submission = Fixtures.submission(Fixtures.document("Iran and Iraq talked."))
        let outcomes = try store.save([submission, submission], originalOf: nil)
        #expect(outcomes.map { try? $0.get() } == [.added(id: 1), .duplicate(of: 1)])
        #expect(try store.documentCount() == 1)
    }

    @Test func aFailingDocumentFailsAloneAndTheOthersAreStored() throws {
        let store = try Fixtures.store()
        // A trigger stands in for any error a document's rows may meet.
        let queue = try DatabaseQueue(path: store.path)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse BEFORE INSERT ON sentences
                WHEN NEW.text LIKE '%refused%' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
                """)
        }
        try queue.close()
        let submissions = Self.submissions()
        var refused = Fixtures.submission(Fixtures.document("This report is refused."))
        refused.origin = "refused.txt"
        let outcomes = try store.save([submissions[0], refused, submissions[1], submissions[2]], originalOf: Self.chooser)
        #expect(try outcomes[0].get() == .added(id: 1))
        #expect(throws: StoreError.cannotWrite(table: "sentences", reason: "refused by the test")) {
            try outcomes[1].get()
        }
        #expect(try outcomes[2].get() == .nearDuplicate(id: 2, of: 1))
        #expect(try outcomes[3].get() == .added(id: 3))
        // Nothing of the refused document is left: not its row, not its band keys or sentences.
        #expect(try store.documents(limit: nil, offset: 0).map(\.origin) == ["test", "test", "test"])
        #expect(try store.integrityCheck() == ["ok"])
    }
}
