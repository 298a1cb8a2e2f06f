import CShims
import FaultlineCore
import FaultlineIngest
import FaultlineStore
import Foundation

/// Reads inputs, analyses every article and stores each one in its own transaction.
///
/// Reading and analysis run in parallel (bounded by `concurrency`); storing is serial and in
/// input order, so document ids follow the sorted input order and near-duplicates always link
/// to the earlier copy. A failing input is reported and the run goes on.
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
            func launch() {
                while next < inputs.count, next - nextToStore < window, next - nextToStore - finished.count < concurrency {
                    let index = next
                    let input = inputs[index]
                    group.addTask { (index, await prepare(input)) }
                    next += 1
                }
            }
            launch()
            while let (index, outcome) = await group.next() {
                finished[index] = outcome
                while let ready = finished.removeValue(forKey: nextToStore) {
                    await store(ready, into: &summary, progress: progress)
                    nextToStore += 1
                    done += 1
                    progress(.finished(done: done, of: inputs.count))
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
    func prepare(_ input: IngestInput) async -> InputOutcome {
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
        for article in articles {
            let hash = ContentHash.of(article.cleanText)
            // Skip the costly analysis of content stored by an earlier run.
            if (try? await store.documentID(contentHash: hash)) ?? nil != nil {
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

    /// Stores the articles of one input (serial, in input order).
    func store(_ outcome: InputOutcome, into summary: inout IngestSummary, progress: (IngestProgress) -> Void) async {
        switch outcome {
        case .failed(let failure):
            summary.failures.append(failure)
            progress(.failed(failure))
        case .articles(let articles):
            for prepared in articles {
                summary.read += 1
                summary.timings.add(prepared.timings)
                if case .success(let document)? = prepared.analysis { summary.sentences += document.sentences.count }
                do {
                    try await store(prepared, into: &summary)
                } catch let failure as IngestFailure {
                    summary.failures.append(failure)
                    progress(.failed(failure))
                } catch {
                    let failure = IngestFailure(origin: prepared.article.origin, reason: "not stored: \(error)")
                    summary.failures.append(failure)
                    progress(.failed(failure))
                }
            }
        }
    }

    private func store(_ prepared: PreparedArticle, into summary: inout IngestSummary) async throws {
        guard let analysis = prepared.analysis, let signature = prepared.signature else {
            summary.duplicates += 1
            return
        }
        let document = try analysis.get()
        let submission = DocumentSubmission(
            document: document, contentHash: prepared.contentHash, rawText: prepared.article.rawText,
            format: prepared.article.format.rawValue, origin: prepared.article.origin,
            signature: signature.values, bandKeys: signature.bandKeys,
            nearDuplicateOf: try await nearDuplicateOriginal(of: signature))
        switch try await store.save(submission) {
        case .added(let id):
            summary.added += 1
            summary.storedIDs.append(id)
        case .duplicate:
            summary.duplicates += 1
        case .nearDuplicate(let id, _):
            summary.nearDuplicates += 1
            summary.storedIDs.append(id)
        }
    }

    /// The most similar stored original above the detector's threshold, if any.
    private func nearDuplicateOriginal(of signature: MinHashSignature) async throws -> Int64? {
        var best: (id: Int64, similarity: Double)?
        for candidate in try await store.nearDuplicateCandidates(bandKeys: signature.bandKeys) {
            let other = MinHashSignature(values: candidate.signature, rowsPerBand: signature.rowsPerBand)
            let similarity = signature.similarity(to: other)
            if similarity >= detector.threshold, similarity > (best?.similarity ?? -1) {
                best = (candidate.id, similarity)
            }
        }
        return best?.id
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
