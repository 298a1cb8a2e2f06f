import FaultlinePipeline
import Foundation
import Synchronization

/// Prints failures as they happen and, on a terminal, a progress bar for runs that take a while.
///
/// Everything goes to standard error, so standard output carries only the summary line.
final class ProgressReporter: Sendable {
    private struct State {
        var started = ContinuousClock.now
        var lastDrawn: ContinuousClock.Instant?
        var barVisible = false
    }

    private let isTerminal: Bool
    private let state = Mutex(State())
    /// Runs shorter than this get no bar at all.
    private static let delay = Duration.milliseconds(300)
    private static let interval = Duration.milliseconds(100)

    init(isTerminal: Bool) {
        self.isTerminal = isTerminal
    }

    func report(_ event: IngestProgress) {
        state.withLock { state in
            switch event {
            case .started:
                state.started = .now
            case .failed(let failure):
                clearBar(&state)
                Self.writeError("error: \(failure.description)\n")
            case .finished(let done, let total):
                guard isTerminal, total > 1 else { return }
                let now = ContinuousClock.now
                guard now - state.started >= Self.delay else { return }
                if let last = state.lastDrawn, now - last < Self.interval, done < total { return }
                state.lastDrawn = now
                state.barVisible = true
                Self.writeError("\r" + Self.bar(done: done, total: total))
            }
        }
    }

    /// Removes the bar before the summary line.
    func finish() {
        state.withLock { clearBar(&$0) }
    }

    private func clearBar(_ state: inout State) {
        guard state.barVisible else { return }
        Self.writeError("\r\u{1B}[2K")
        state.barVisible = false
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
