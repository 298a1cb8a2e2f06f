import FaultlineCore
import FaultlineEntities
import Foundation
import Testing

/// The founding article (../shared/seed), when present, read against a late-October 2025 report date.
@Suite struct TimeFoundingArticleTests {
    @Test func electionDateAndThisWeekResolve() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/seed/qaani-baghdad.txt").standardized.path
        guard FileManager.default.fileExists(atPath: path) else {
            print("TimeFoundingArticleTests: \(path) is absent; skipping")
            return
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let found = TimeExpressionTagger().find(in: text, documentDate: CivilDate(year: 2025, month: 10, day: 30))
        for expression in found {
            print("  \(expression.kind.rawValue)\t\(expression.value)\t\(expression.text)")
        }
        #expect(found.contains { $0.text == "November 11" && $0.value == "2025-11-11" })
        #expect(found.contains { $0.text == "this week" && $0.value == "2025-W44" })
        #expect(found.contains { $0.text == "two decades" && $0.value == "P20Y" })
    }
}
