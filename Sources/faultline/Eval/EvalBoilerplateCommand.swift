import ArgumentParser
import FaultlineCore
import FaultlineIngest
import Foundation

/// `faultline eval boilerplate`: article-body extraction against the article-extraction benchmark.
struct EvalBoilerplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "boilerplate",
        abstract: "Measure article extraction from HTML: token precision, recall, F1 and ms per page.",
        discussion: """
            DIR holds html/*.html.gz (or *.html) and ground-truth.json ({"<name>": {"articleBody": \
            "..."}}, name = file name without .html.gz). Each page is read as an ingest input \
            would be and its clean text compared with articleBody: both are split on whitespace \
            into bags of tokens; per page, precision = shared tokens / extracted tokens and \
            recall = shared tokens / gold tokens (multiset overlap); precision and recall are \
            averaged over pages and F1 is their harmonic mean. ms_per_page is the mean time to \
            extract a page from its decompressed bytes (decompression and file reading excluded), \
            the median of --repeats runs; cpu_ms_per_page is the same in CPU time of the thread, \
            which stays meaningful on a busy machine.
            """
    )

    @Option(name: .long, help: "Folder with html/ and ground-truth.json.")
    var gold: String

    @Flag(name: .long, help: "Print one JSON object.")
    var json = false

    @Option(name: .long, help: "Also list the N pages with the lowest F1.")
    var worst = 0

    @Option(name: .long, help: "Extract each page this many times for timing (the median run counts).")
    var repeats = 3

    @Option(name: .long, help: "Print the extracted text of the page with this name, then its gold text, and stop.")
    var show: String?

    struct GoldEntry: Decodable {
        var articleBody: String?
    }

    func run() throws {
        let directory = URL(fileURLWithPath: gold)
        let truthURL = directory.appendingPathComponent("ground-truth.json")
        guard let truthData = FileManager.default.contents(atPath: truthURL.path) else {
            throw ValidationError("\(truthURL.path): cannot read ground-truth.json; pass --gold DIR with html/ and ground-truth.json")
        }
        let truth: [String: GoldEntry]
        do {
            truth = try JSONDecoder().decode([String: GoldEntry].self, from: truthData)
        } catch {
            throw ValidationError("\(truthURL.path): not the expected {\"name\": {\"articleBody\": ...}} JSON")
        }
        let htmlDirectory = directory.appendingPathComponent("html")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: htmlDirectory.path))?.sorted() ?? []
        var pages = [(name: String, bytes: [UInt8], gold: String)]()
        for file in names {
            let key: String
            if file.hasSuffix(".html.gz") { key = String(file.dropLast(8)) } else if file.hasSuffix(".html") { key = String(file.dropLast(5)) } else { continue }
            guard let entry = truth[key] else { continue }
            guard let data = FileManager.default.contents(atPath: htmlDirectory.appendingPathComponent(file).path) else {
                throw ValidationError("\(file): cannot read the page")
            }
            var bytes = [UInt8](data)
            if Gzip.isGzip(bytes) { bytes = try Gzip.decompress(bytes) }
            pages.append((key, bytes, entry.articleBody ?? ""))
        }
        guard !pages.isEmpty else {
            throw ValidationError("\(htmlDirectory.path): no *.html.gz or *.html pages named in ground-truth.json")
        }

        let reader = ArticleReader(maxBytes: 50_000_000)
        if let show, let page = pages.first(where: { $0.name.hasPrefix(show) }) {
            do {
                let article = try reader.read(bytes: page.bytes, origin: page.name + ".html", defaultPublished: nil)[0]
                print("title: \(article.metadata.title ?? "-")  author: \(article.metadata.author ?? "-")  published: \(article.metadata.published?.iso ?? "-")  outlet: \(article.metadata.outlet ?? "-")  url: \(article.metadata.url ?? "-")")
                print(article.cleanText)
            } catch {
                print("error: \(error.description)")
            }
            print("\n==== gold ====\n\(page.gold)")
            return
        }
        var runTimes = [Double]()
        var cpuTimes = [Double]()
        var scores = [(name: String, overlap: TokenOverlap, error: String)]()
        let clock = ContinuousClock()
        for run in 0..<max(1, repeats) {
            var elapsed = Duration.zero
            let cpuStart = Self.threadCPUSeconds()
            for page in pages {
                var text = ""
                var failure = ""
                let start = clock.now
                do {
                    text = try reader.read(bytes: page.bytes, origin: page.name + ".html", defaultPublished: nil).first?.cleanText ?? ""
                } catch {
                    failure = error.description  // scored as an empty extraction
                }
                elapsed += clock.now - start
                if run == 0 { scores.append((page.name, TokenOverlap(extracted: text, gold: page.gold), failure)) }
            }
            let seconds = TextEval.seconds(elapsed)
            runTimes.append(seconds * 1000 / Double(pages.count))
            cpuTimes.append((Self.threadCPUSeconds() - cpuStart) * 1000 / Double(pages.count))
        }
        runTimes.sort()
        cpuTimes.sort()
        let cpuMsPerPage = cpuTimes[cpuTimes.count / 2]
        let msPerPage = runTimes[runTimes.count / 2]
        let precision = scores.map(\.overlap.precision).reduce(0, +) / Double(scores.count)
        let recall = scores.map(\.overlap.recall).reduce(0, +) / Double(scores.count)
        let summary = TokenOverlap(precision: precision, recall: recall)
        if json {
            let object: [String: Any] = [
                "pages": pages.count, "precision": round4(precision), "recall": round4(recall),
                "f1": round4(summary.f1), "ms_per_page": round4(msPerPage),
                "cpu_ms_per_page": round4(cpuMsPerPage),
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("pages \(pages.count)  precision \(format(precision))  recall \(format(recall))  f1 \(format(summary.f1))  ms_per_page \(format(msPerPage))  cpu_ms_per_page \(format(cpuMsPerPage))")
        }
        if worst > 0 {
            for entry in scores.sorted(by: { $0.overlap.f1 < $1.overlap.f1 }).prefix(worst) {
                print("\(format(entry.overlap.f1))  p \(format(entry.overlap.precision))  r \(format(entry.overlap.recall))  \(entry.name) \(entry.error)")
            }
        }
    }

    /// CPU time of this thread: unlike wall time, it does not grow when other jobs share the core.
    /// (The scoring between pages is included; it is small next to extraction.)
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private func round4(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
    private func format(_ value: Double) -> String { String(format: "%.4f", value) }
}
