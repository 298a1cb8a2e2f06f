import ArgumentParser
import FaultlineActors
import Foundation

/// `faultline kb stats`: counts and load time of the knowledge base.
struct KBStatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Count the knowledge base's entries and time its loading.")

    @Option(name: .customLong("kb"), help: "Extra knowledge-base directories (override the bundled base).")
    var directories: [String] = []

    @Flag(help: "Only the given --kb directories, without the bundled base.")
    var noBundled = false

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let kb = try KnowledgeBase.load(directories: directories.map { URL(fileURLWithPath: $0) }, includeBundled: !noBundled)
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        var kinds: [String: Int] = [:]
        for actor in kb.contents.actors { kinds[actor.kind.rawValue, default: 0] += 1 }
        let names = kb.contents.actors.reduce(0) { $0 + $1.allNames.count }
        if json {
            let object: [String: Any] = [
                "countries": kb.countries.count, "actors": kb.actors.count, "names": names, "ties": kb.contents.ties.count,
                "agents": kb.contents.agents.count, "index_keys": kb.index.count, "load_seconds": seconds, "kinds": kinds,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("countries \(kb.countries.count), actors \(kb.actors.count), names \(names), ties \(kb.contents.ties.count), agent terms \(kb.contents.agents.count), index keys \(kb.index.count)")
            print("kinds: " + kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            print(String(format: "loaded in %.3f s", seconds))
        }
    }
}
