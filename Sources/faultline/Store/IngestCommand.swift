import ArgumentParser
import FaultlineCore
import FaultlineIngest
import FaultlinePipeline
import FaultlineStore
import Foundation

/// `faultline ingest PATH...`: reads, analyses and stores reports.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read reports (text, HTML, article JSON, JSON Lines, RSS, Atom), analyse and store them.",
        discussion: """
            PATH is a file, a directory (read recursively, in sorted order) or - for standard \
            input. Content already stored is skipped; syndicated near-copies are stored, linked \
            to their original and not counted again. Each document is stored whole or not at all; \
            finished documents are committed in batches (a killed run loses at most the batch in \
            flight, about a second of work; run it again to add it). A failing input is reported \
            on its own line and the run goes on; the exit code is 1 when any input failed.
            """)

    @Argument(help: ArgumentHelp("Files, directories or - (standard input).", valueName: "path"))
    var paths: [String]

    @OptionGroup var date: PublishedOption

    @Option(name: .customLong("max-bytes"), help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = 20_000_000

    @Option(name: .customLong("kb"), help: ArgumentHelp("A directory of knowledge-base YAML files to use on top of the bundled base.", valueName: "dir"))
    var knowledgeBase: String?

    @Option(help: ArgumentHelp("A directory of event-lexicon YAML files merged into the bundled lexicon.", valueName: "dir"))
    var lexicon: String?

    @Option(help: ArgumentHelp("Documents analysed at once (default: the cores this process may use).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "After the summary, print the time spent in each stage (reading, loading models, each analysis stage, storing).")
    var timings = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one PATH (a file, a directory, or - for standard input)") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let store = try storeOptions.open(mustExist: false)
        let options = PipelineOptions(knowledgeBase: knowledgeBase, lexicon: lexicon)
        // Models load on the first document that needs analysis: refusing bad inputs or
        // skipping stored content stays instant.
        var runner = IngestRunner(
            loadPipeline: { try Pipeline.standard(options: options) }, store: store,
            reader: ArticleReader(maxBytes: maxBytes), defaultPublished: date.published,
            concurrency: jobs ?? IngestRunner.availableCores)
        runner.skippedPaths = [store.path, store.path + "-wal", store.path + "-shm"]
        var reporter = ProgressReporter(isTerminal: isatty(STDERR_FILENO) == 1)
        let summary = await runner.run(paths: paths) { reporter.report($0) }
        reporter.finish()
        print(summary.line)
        if timings {
            for line in summary.timings.lines() { print("  " + line) }
            let rate = summary.seconds > 0 ? Int((Double(summary.sentences) / summary.seconds).rounded()) : 0
            print("  \(summary.sentences) sentences analysed, \(rate) sentences/s")
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
