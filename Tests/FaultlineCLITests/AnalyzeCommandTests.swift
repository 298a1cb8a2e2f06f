import Foundation
import Testing

/// `faultline analyze`: the whole chain on one report, printed as CoNLL-U, nothing stored.
@Suite(.enabled(if: CLIHarness.available)) struct AnalyzeCommandTests {
    @Test func printsEverySentenceAsCoNLLUWithEntitiesAndEvents() throws {
        let cli = try CLIHarness()
        let path = try cli.write("report.txt", "Iraqi Prime Minister Mohammed Shia al-Sudani met the Iranian envoy in Baghdad on Monday. The talks ended.\n")
        let result = try cli.run(["analyze", path, "--published", "2025-10-30"], database: false)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.filter { $0.hasPrefix("# text = ") }.count == 2)
        #expect(lines.contains("# published = 2025-10-30"))
        #expect(lines.contains { $0.hasPrefix("# entity = Mohammed Shia al-Sudani | PERSON") })
        #expect(lines.contains { $0.hasPrefix("# time = Monday | DATE | 2025-10-27") })
        #expect(lines.contains { $0.hasPrefix("# event = ") && $0.contains("CONSULT") })
        // Token rows have the ten CoNLL-U columns; exactly one root per sentence.
        let rows = lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 10 })
        #expect(rows.filter { $0.split(separator: "\t")[6] == "0" }.count == 2)
        #expect(rows.contains { $0.hasPrefix("1\tIraqi\t") })
        // Nothing is stored.
        #expect(!FileManager.default.fileExists(atPath: cli.database))
    }

    @Test func aMissingFileIsNamedWithTheReason() throws {
        let cli = try CLIHarness()
        let result = try cli.run(["analyze", cli.directory.appendingPathComponent("absent.txt").path], database: false)
        #expect(result.status != 0)
        #expect(result.stderr.contains("absent.txt"))
    }
}
