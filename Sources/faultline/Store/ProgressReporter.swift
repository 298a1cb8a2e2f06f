import FaultlinePipeline
import Foundation

/// Prints failures as they happen and, on a terminal, a progress bar for runs that take a while.
///
/// Everything goes to standard error, so standard output carries only the summary line.
struct ProgressReporter {
    private let isTerminal: Bool
    private var started = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?
    private var barVisible = false
    /// Runs shorter than this get no bar at all.
    private static let delay = Duration.milliseconds(300)
    private static let interval = Duration.milliseconds(100)

    init(isTerminal: Bool) {
        self.isTerminal = isTerminal
    }

    mutating func report(_ event: IngestProgress) {
        switch event {
        case .started:
            started = .now
        case .failed(let failure):
            finish()
            Self.writeError("error: \(failure.description)\n")
        case .finished(let done, let total):
            guard isTerminal, total > 1 else { return }
            let now = ContinuousClock.now
            guard now - started >= Self.delay else { return }
            if let lastDrawn, now - lastDrawn < Self.interval, done < total { return }
            lastDrawn = now
            barVisible = true
            Self.writeError("\r" + Self.bar(done: done, total: total))
        }
    }

    /// Removes the bar (before an error line or the summary line).
    mutating func finish() {
        guard barVisible else { return }
        Self.writeError("\r\u{1B}[2K")
        barVisible = false
    }

    static func bar(done: Int, total: Int, width: Int = 30) -> String {
        let filled = total == 0 ? width : done * width / total
        let percent = total == 0 ? 100 : done * 100 / total
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            + "] \(done)/\(total) files (\(percent)%)"
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
