#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an ingest run spent its time: processor seconds per stage, summed over documents.
///
/// Times are the processor time of the thread doing the work, so stages that run for several
/// documents at once on a shared core do not count each other's time. What no stage accounts
/// for (storing, which runs on the database's own thread, and scheduling) is the process's
/// processor time minus the stages'.
///
/// ```swift
/// var timings = StageTimings()
/// timings.add(0.25, to: "SyntaxAnnotator")
/// timings.lines()   // ["SyntaxAnnotator  0.250 s  100.0%"]
/// ```
public struct StageTimings: Sendable, Hashable {
    /// Stage names, in the order they were first timed.
    public private(set) var stages: [String] = []
    /// Seconds per stage.
    public private(set) var seconds: [String: Double] = [:]

    /// No time spent yet.
    public init() {}

    /// Adds `duration` seconds to `stage`.
    public mutating func add(_ duration: Double, to stage: String) {
        if seconds[stage] == nil { stages.append(stage) }
        seconds[stage, default: 0] += duration
    }

    /// Adds every stage of `other`.
    public mutating func add(_ other: StageTimings) {
        for stage in other.stages { add(other.seconds[stage] ?? 0, to: stage) }
    }

    /// The time of the stages together.
    public var total: Double { seconds.values.reduce(0, +) }

    /// One line per stage: name, seconds, and share of the total.
    public func lines() -> [String] {
        let width = stages.map(\.count).max() ?? 0
        let total = max(self.total, 1e-9)
        return stages.map { stage in
            let time = seconds[stage] ?? 0
            let name = stage + String(repeating: " ", count: width - stage.count)
            return "\(name)  \(Self.format(time, decimals: 3)) s  \(Self.format(100 * time / total, decimals: 1))%"
        }
    }

    /// `value` with exactly `decimals` digits after the point ("0.250").
    static func format(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = String(scaled % Int(scale))
        return "\(whole).\(String(repeating: "0", count: decimals - fraction.count))\(fraction)"
    }

    /// Processor seconds used by the calling thread so far; differences time synchronous work.
    static func threadProcessorTime() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// Processor seconds used by the whole process so far (every thread, user and system).
    static func processProcessorTime() -> Double {
        #if canImport(Glibc)
        let RUSAGE_SELF_WHO = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let RUSAGE_SELF_WHO = RUSAGE_SELF
        #endif
        var usage = rusage()
        getrusage(RUSAGE_SELF_WHO, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }
}
