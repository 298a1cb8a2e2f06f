import FaultlineCore
import FaultlineIngest
import FaultlinePipeline
import FaultlineStore
import FaultlineText
import Foundation
import Testing

/// The runner in-process, with small annotators written for the test.
@Suite struct IngestRunnerTests {
    /// Appends its mark to the title, so the order stages ran in can be read back.
    struct Marker: Annotator {
        let mark: String
        func annotate(_ document: inout AnalyzedDocument) throws {
            document.metadata.title = (document.metadata.title ?? "") + mark
        }
    }

    /// Fails on texts that contain a word; takes longer on short texts, so later inputs finish
    /// first when run in parallel.
    struct Picky: Annotator {
        struct Refusal: Error, CustomStringConvertible {
            var description: String { "the test annotator refuses this text" }
        }
        func annotate(_ document: inout AnalyzedDocument) throws {
            if document.text.contains("refuse") { throw Refusal() }
            Thread.sleep(forTimeInterval: document.text.count < 60 ? 0.05 : 0.001)
        }
    }

    private func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("faultline-runner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func annotatorsRunInOrder() throws {
        let pipeline = Pipeline(annotators: [Marker(mark: "a"), Marker(mark: "b"), Marker(mark: "c")])
        let document = try pipeline.analyze(text: "Text.", metadata: DocumentMetadata(title: ">"))
        #expect(document.metadata.title == ">abc")
    }

    @Test func failuresAreReportedAndTheRestStoredInInputOrder() async throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = [
            "Short one about Basra.",
            "A much longer report about the negotiations in Baghdad between the parties.",
            "We refuse this one: the annotator throws on it, the run goes on.",
            "Short two about Mosul.",
            "Another long report about the reconstruction of the old city and its markets.",
        ]
        for (index, text) in texts.enumerated() {
            try Data((text + "\n").utf8).write(to: folder.appendingPathComponent("\(index).txt"))
        }
        // The database sits in the ingested folder; the runner must not read it as input.
        let store = try SQLiteStore(path: folder.appendingPathComponent("db.sqlite").path)
        var runner = IngestRunner(pipeline: Pipeline(annotators: [Picky()]), store: store, concurrency: 4)
        runner.skippedPaths = [store.path, store.path + "-wal", store.path + "-shm"]
        var events: [IngestProgress] = []
        let summary = await runner.run(paths: [folder.path]) { events.append($0) }
        #expect(summary.read == 5)
        #expect(summary.added == 4)
        #expect(summary.failures.count == 1)
        #expect(summary.failures.first?.origin.hasSuffix("2.txt") == true)
        #expect(summary.failures.first?.reason.contains("refuses") == true)
        #expect(summary.storedIDs == [1, 2, 3, 4])
        let origins = try store.documents(limit: nil, offset: 0).map { URL(fileURLWithPath: $0.origin).lastPathComponent }
        #expect(origins == ["0.txt", "1.txt", "3.txt", "4.txt"])
        #expect(events.first == .started(inputs: 5))
        #expect(events.last == .finished(done: 5, of: 5))
        #expect(events.contains { if case .failed = $0 { true } else { false } })
    }

    @Test func modelsLoadOnlyWhenADocumentNeedsAnalysis() async throws {
        struct Unloadable: Error, CustomStringConvertible {
            var description: String { "model file missing" }
        }
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("db.sqlite").path)
        let runner = IngestRunner(loadPipeline: { throw Unloadable() }, store: store)
        // Nothing to analyse: the loader is never called, so nothing mentions it.
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let quiet = await runner.run(paths: [empty.path])
        #expect(quiet.failures.count == 1)
        #expect(quiet.failures.allSatisfy { !$0.reason.contains("model") })
        // A real document needs the models: it fails with the loader's reason, once per article.
        let report = folder.appendingPathComponent("report.txt")
        try Data("Syria and Jordan reopened the Nasib crossing.\n".utf8).write(to: report)
        let failing = await runner.run(paths: [report.path, empty.path])
        #expect(failing.failures.count == 2)
        #expect(failing.failures.first?.reason == "cannot load the analysis models: model file missing")
        #expect(try store.documentCount() == 0)
    }

    /// Burns processor time, so that its stage has a time to report.
    struct Busy: Annotator {
        func annotate(_ document: inout AnalyzedDocument) throws {
            var total: UInt64 = 0
            for index in 0..<2_000_000 { total = total &* 31 &+ UInt64(index) }
            if total == 42 { document.metadata.title = "unreachable" }
        }
    }

    @Test func timingsNameEveryStageAndSplitTheProcessorTime() async throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for index in 0..<3 {
            try Data("Report \(index) about the talks in Baghdad.\n".utf8).write(to: folder.appendingPathComponent("\(index).txt"))
        }
        let store = try SQLiteStore(path: folder.appendingPathComponent("db.sqlite").path)
        var runner = IngestRunner(pipeline: Pipeline(annotators: [TextAnnotator(), Marker(mark: "a"), Busy()]), store: store, concurrency: 1)
        runner.skippedPaths = [store.path, store.path + "-wal", store.path + "-shm"]
        let summary = await runner.run(paths: [folder.path])
        #expect(summary.added == 3)
        #expect(summary.sentences == 3)
        let stages = summary.timings.stages
        #expect(stages.contains("reading"))
        #expect(stages.contains("Marker"))
        #expect(stages.contains("Busy"))
        #expect(stages.last == "storing and scheduling")
        // The busy stage did real work in every document; the stages never claim more than
        // the process used.
        #expect((summary.timings.seconds["Busy"] ?? 0) > 0)
        #expect((summary.timings.seconds["Busy"] ?? 0) > (summary.timings.seconds["Marker"] ?? 0))
        #expect(summary.timings.lines().count == stages.count)
        #expect(summary.timings.lines().allSatisfy { $0.hasSuffix("%") })
    }

    @Test func stageTimingsAddUpAndFormat() {
        var timings = StageTimings()
        timings.add(0.25, to: "syntax")
        timings.add(0.5, to: "entities")
        timings.add(0.25, to: "syntax")
        var other = StageTimings()
        other.add(1, to: "storing")
        timings.add(other)
        #expect(timings.stages == ["syntax", "entities", "storing"])
        #expect(timings.total == 2)
        #expect(timings.lines() == [
            "syntax    0.500 s  25.0%",
            "entities  0.500 s  25.0%",
            "storing   1.000 s  50.0%",
        ])
    }

    /// Runs the text stage over `texts` (one file each) with the given batch size.
    private func ingest(_ texts: [String], batchSize: Int) async throws -> (IngestSummary, [StoredDocument]) {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, text) in texts.enumerated() {
            try Data((text + "\n").utf8).write(to: folder.appendingPathComponent("\(index).txt"))
        }
        let store = try SQLiteStore(path: folder.appendingPathComponent("db.sqlite").path)
        var runner = IngestRunner(pipeline: Pipeline(annotators: [TextAnnotator()]), store: store, concurrency: 2)
        runner.skippedPaths = [store.path, store.path + "-wal", store.path + "-shm"]
        runner.batchSize = batchSize
        let summary = await runner.run(paths: [folder.path])
        return (summary, try store.documents(limit: nil, offset: 0))
    }

    @Test func batchesStoreWhatOneDocumentPerTransactionStores() async throws {
        let wire = """
            Iraqi leaders met in Baghdad on Monday to discuss the formation of a new government after \
            the election. The talks lasted several hours. Officials said a second round would follow \
            next week in Erbil, where the Kurdish parties are expected to join.
            """
        let texts = [
            wire,
            wire + " The report was carried by several outlets.",  // a near-copy: linked to the first
            wire,  // the same content: skipped before analysis
            "Syria and Jordan reopened the Nasib crossing. Trucks crossed on Tuesday.",
        ]
        let (batched, batchedDocuments) = try await ingest(texts, batchSize: 32)
        let (single, singleDocuments) = try await ingest(texts, batchSize: 1)
        for summary in [batched, single] {
            #expect(summary.added == 2)
            #expect(summary.nearDuplicates == 1)
            #expect(summary.duplicates == 1)
            #expect(summary.storedIDs == [1, 2, 3])
            // The exact copy was not analysed: three sentences each for the two wire texts' first
            // analyses, four for the near-copy, two for the last.
            #expect(summary.sentences == 3 + 4 + 2)
        }
        #expect(batchedDocuments.map(\.duplicateOf) == [nil, 1, nil])
        #expect(batchedDocuments.map { URL(fileURLWithPath: $0.origin).lastPathComponent } == ["0.txt", "1.txt", "3.txt"])
        #expect(batchedDocuments.map(\.duplicateOf) == singleDocuments.map(\.duplicateOf))
        #expect(batchedDocuments.map(\.cleanText) == singleDocuments.map(\.cleanText))
    }
}
