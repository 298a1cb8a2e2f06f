import CShims
import FaultlineCore
import FaultlineIngest
import FaultlineStore
import Foundation

/// Reads inputs, analyses every article and stores them in batches, one transaction per batch.
///
/// Reading and analysis run in parallel (bounded by `concurrency`); storing is serial and in
/// input order, so document ids follow the sorted input order and near-duplicates always link
/// to the earlier copy (of an earlier batch or the same one). Every document is stored whole or
/// not at all. A failing input is reported and the run goes on.
public struct IngestRunner: Sendable {
    /// The analysis chain, built on first use.
    let pipeline: LazyPipeline
    /// Where documents are stored.
    public var store: any Store
    /// Reads and cleans inputs; holds the size limit.
    public var reader: ArticleReader
    /// Finds syndicated near-copies.
    public var detector: NearDuplicateDetector
    /// The publication date of articles whose input states none.
    public var defaultPublished: CivilDate?
    /// How many inputs are read and analysed at once.
    public var concurrency: Int
    /// Files never read as input, e.g. the database and its WAL files when they sit in an
    /// ingested folder.
    public var skippedPaths: Set<String> = []
    /// Articles stored together in one transaction (each one still whole or not at all): one
    /// commit per batch costs far less than one per document. A killed run loses at most the
    /// batch in flight; a re-run adds it.
    public var batchSize = 128
    /// How long a finished input may wait for its batch to fill before the batch is stored
    /// (checked whenever an input finishes).
    public var batchWait: Duration = .seconds(1)

    var batchLimits: PendingBatch.Limits { PendingBatch.Limits(articles: max(1, batchSize), wait: batchWait) }

    /// The number of cores this process may run on (`taskset -c 0` makes it one).
    public static var availableCores: Int { Int(faultline_available_cores()) }

    /// A runner; `concurrency` defaults to the number of cores the process may use.
    public init(
        pipeline: Pipeline, store: any Store, reader: ArticleReader = ArticleReader(),
        detector: NearDuplicateDetector = NearDuplicateDetector(), defaultPublished: CivilDate? = nil,
        concurrency: Int = IngestRunner.availableCores
    ) {
        self.init(
            pipeline: LazyPipeline(pipeline), store: store, reader: reader, detector: detector,
            defaultPublished: defaultPublished, concurrency: concurrency)
    }

    /// A runner that builds its pipeline with `loadPipeline` only when a document needs analysis,
    /// so runs that only skip stored content or refuse bad inputs finish at once.
    public init(
        loadPipeline: @escaping @Sendable () throws -> Pipeline, store: any Store,
        reader: ArticleReader = ArticleReader(), detector: NearDuplicateDetector = NearDuplicateDetector(),
        defaultPublished: CivilDate? = nil, concurrency: Int = IngestRunner.availableCores
    ) {
        self.init(
            pipeline: LazyPipeline(load: loadPipeline), store: store, reader: reader, detector: detector,
            defaultPublished: defaultPublished, concurrency: concurrency)
    }

    private init(
        pipeline: LazyPipeline, store: any Store, reader: ArticleReader, detector: NearDuplicateDetector,
        defaultPublished: CivilDate?, concurrency: Int
    ) {
        self.pipeline = pipeline
        self.store = store
        self.reader = reader
        self.detector = detector
        self.defaultPublished = defaultPublished
        self.concurrency = max(1, concurrency)
    }

    /// Ingests files, directories (recursively, sorted) and `-` (standard input).
    ///
    /// `progress` is called from this task only, in input order, so it needs no locking.
    public func run(
        paths: [String], progress: (IngestProgress) -> Void = { _ in }
    ) async -> IngestSummary {
        let clock = ContinuousClock()
        let start = clock.now
        let processorStart = StageTimings.processProcessorTime()
        let inputs = InputWalker.inputs(for: paths, skipping: skippedPaths)
        progress(.started(inputs: inputs.count))
        var summary = IngestSummary()
        var done = 0
        // In flight plus finished-but-not-yet-stored stays bounded, so memory does not grow
        // with the input when one slow document holds up the ones after it.
        let window = concurrency * 4
        await withTaskGroup(of: (Int, InputOutcome).self) { group in
            var next = 0
            var nextToStore = 0
            var finished: [Int: InputOutcome] = [:]
            var batch = PendingBatch()
            let claims = ContentClaims()
            func launch() {
                while next < inputs.count, next - nextToStore < window, next - nextToStore - finished.count < concurrency {
                    let index = next
                    let input = inputs[index]
                    group.addTask { (index, await prepare(input, index: index, claims: claims)) }
                    next += 1
                }
            }
            launch()
            while let (index, outcome) = await group.next() {
                finished[index] = outcome
                while let ready = finished.removeValue(forKey: nextToStore) {
                    batch.append(ready, at: clock.now)
                    nextToStore += 1
                }
                if batch.isDue(at: clock.now, limits: batchLimits) || nextToStore == inputs.count {
                    done += await store(batch, into: &summary, progress: progress, done: done, of: inputs.count)
                    batch = PendingBatch()
                }
                launch()
            }
        }
        summary.seconds = Self.seconds(clock.now - start)
        let unaccounted = StageTimings.processProcessorTime() - processorStart - summary.timings.total
        summary.timings.add(max(0, unaccounted), to: "storing and scheduling")
        return summary
    }

    /// What reading and analysing one input gave.
    enum InputOutcome: Sendable {
        case failed(IngestFailure)
        case articles([PreparedArticle])
    }

    /// An article ready to store, or the reason it cannot be.
    struct PreparedArticle: Sendable {
        var article: IngestedArticle
        var contentHash: String
        var analysis: Result<AnalyzedDocument, IngestFailure>?
        var signature: MinHashSignature?
        /// Time spent reading, loading models and analysing this article.
        var timings = StageTimings()
    }

    /// Reads, hashes and analyses one input (runs in parallel with other inputs).
    func prepare(_ input: IngestInput, index: Int, claims: ContentClaims) async -> InputOutcome {
        let path: String
        switch input {
        case .unusable(let path, let reason):
            return .failed(IngestFailure(origin: path, reason: reason))
        case .file(let file):
            path = file
        }
        let readStart = StageTimings.threadProcessorTime()
        let articles: [IngestedArticle]
        do {
            articles = try reader.read(contentsOf: path, defaultPublished: defaultPublished)
        } catch {
            return .failed(IngestFailure(origin: path == "-" ? "standard input" : path, reason: error.description))
        }
        var readTimings = StageTimings()
        readTimings.add(StageTimings.threadProcessorTime() - readStart, to: "reading")
        var prepared: [PreparedArticle] = []
        for (number, article) in articles.enumerated() {
            let hash = ContentHash.of(article.cleanText)
            // Skip the costly analysis of content stored by an earlier run, or held by an earlier
            // article of this one (which may still wait for its batch to be stored).
            var skip = (try? await store.documentID(contentHash: hash)) ?? nil != nil
            if !skip { skip = await !claims.claim(hash, at: ContentClaims.Position(input: index, article: number)) }
            if skip {
                prepared.append(PreparedArticle(article: article, contentHash: hash))
                continue
            }
            var timings = readTimings
            readTimings = StageTimings()
            let (loaded, loadSeconds) = await pipeline.get()
            if loadSeconds > 0 { timings.add(loadSeconds, to: "loading models") }
            let analysis: Result<AnalyzedDocument, IngestFailure>
            switch loaded {
            case .success(let chain):
                do {
                    analysis = .success(try chain.analyze(article, timings: &timings))
                } catch {
                    analysis = .failure(IngestFailure(origin: article.origin, reason: "analysis failed: \(error)"))
                }
            case .failure(let failure):
                analysis = .failure(IngestFailure(origin: article.origin, reason: failure.reason))
            }
            let hashStart = StageTimings.threadProcessorTime()
            let signature = detector.signature(of: article.cleanText)
            timings.add(StageTimings.threadProcessorTime() - hashStart, to: "near-duplicate signature")
            prepared.append(PreparedArticle(
                article: article, contentHash: hash, analysis: analysis, signature: signature, timings: timings))
        }
        return .articles(prepared)
    }

    /// Stores the articles of finished inputs in one batch (serial, in input order) and reports
    /// each input as finished; returns the number of inputs.
    func store(
        _ batch: PendingBatch, into summary: inout IngestSummary, progress: (IngestProgress) -> Void,
        done: Int, of total: Int
    ) async -> Int {
        var submissions: [DocumentSubmission] = []
        for case .articles(let articles) in batch.outcomes {
            for prepared in articles {
                guard case .success(let document)? = prepared.analysis, let signature = prepared.signature else { continue }
                submissions.append(DocumentSubmission(
                    document: document, contentHash: prepared.contentHash, rawText: prepared.article.rawText,
                    format: prepared.article.format.rawValue, origin: prepared.article.origin,
                    signature: signature.values, bandKeys: signature.bandKeys))
            }
        }
        let results: [Result<SaveOutcome, any Error>]
        do {
            results = submissions.isEmpty ? [] : try await store.save(submissions, originalOf: originalChooser)
        } catch {
            results = Array(repeating: .failure(error), count: submissions.count)
        }
        var stored = 0
        var done = done
        for outcome in batch.outcomes {
            switch outcome {
            case .failed(let failure):
                summary.failures.append(failure)
                progress(.failed(failure))
            case .articles(let articles):
                for prepared in articles {
                    summary.read += 1
                    summary.timings.add(prepared.timings)
                    guard let analysis = prepared.analysis, prepared.signature != nil else {
                        summary.duplicates += 1
                        continue
                    }
                    if case .success(let document) = analysis { summary.sentences += document.sentences.count }
                    if case .failure(let failure) = analysis {
                        summary.failures.append(failure)
                        progress(.failed(failure))
                        continue
                    }
                    let result = results[stored]
                    stored += 1
                    switch result {
                    case .success(.added(let id)):
                        summary.added += 1
                        summary.storedIDs.append(id)
                    case .success(.duplicate):
                        summary.duplicates += 1
                    case .success(.nearDuplicate(let id, _)):
                        summary.nearDuplicates += 1
                        summary.storedIDs.append(id)
                    case .failure(let error):
                        let failure = IngestFailure(origin: prepared.article.origin, reason: "not stored: \(error)")
                        summary.failures.append(failure)
                        progress(.failed(failure))
                    }
                }
            }
            done += 1
            progress(.finished(done: done, of: total))
        }
        return batch.outcomes.count
    }

    /// The most similar stored original above the detector's threshold, if any (earliest first
    /// among equals).
    var originalChooser: OriginalChooser {
        let threshold = detector.threshold
        return { values, candidates in
            // The band size plays no part in the similarity.
            let signature = MinHashSignature(values: values, rowsPerBand: 1)
            var best: (id: Int64, similarity: Double)?
            for candidate in candidates {
                let other = MinHashSignature(values: candidate.signature, rowsPerBand: signature.rowsPerBand)
                let similarity = signature.similarity(to: other)
                if similarity >= threshold, similarity > (best?.similarity ?? -1) {
                    best = (candidate.id, similarity)
                }
            }
            return best?.id
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
