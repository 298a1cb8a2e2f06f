import FaultlineCore
import FaultlineText
import Foundation
import Testing
@testable import FaultlineEntities

/// The founding article (../shared/seed, not in the repository): its actors with their titles
/// and their later mentions. Skipped, with a note, when the shared data is absent.
@Suite struct FoundingArticleTests {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seed/qaani-baghdad.txt").path

    @Test func actorsTitlesAndLaterMentions() throws {
        guard let text = try? String(contentsOfFile: Self.path, encoding: .utf8) else {
            print("note: \(Self.path) is absent; founding-article test skipped")
            return
        }
        var document = AnalyzedDocument(text: text)
        try TextAnnotator().annotate(&document)
        try EntityAnnotator.bundled().annotate(&document)
        let entities = document.entities

        let qaani = try #require(entities.first { $0.text == "Esmail Qaani" })
        #expect(qaani.type == .person)
        #expect(qaani.title?.rank == "Brig. Gen.")
        #expect(qaani.title?.role == "commander")
        #expect(qaani.title?.organization == "Quds Force")
        let later = entities.filter { $0.text == "Qaani" }
        #expect(!later.isEmpty)
        #expect(later.allSatisfy { $0.cluster == qaani.cluster })
        #expect(entities.contains { $0.isNominal && $0.text == "The commander" && $0.cluster == qaani.cluster })

        let rubio = try #require(entities.first { $0.text == "Marco Rubio" })
        #expect(rubio.title?.role == "Secretary of State")
        let sudani = try #require(entities.first { $0.text.hasSuffix("al-Sudani") })
        #expect(sudani.title?.role == "Prime Minister")
        #expect(sudani.title?.organization == "Iraq")
        let sadr = try #require(entities.first { $0.text == "Muqtada al-Sadr" })
        #expect(sadr.title?.role == "cleric")

        let iran = try #require(entities.first { $0.text == "Iran" })
        let tehran = entities.filter { $0.text == "Tehran" }
        #expect(!tehran.isEmpty)
        #expect(tehran.allSatisfy { $0.cluster == iran.cluster })
        #expect(entities.contains { $0.text == "Iranian" && $0.cluster == iran.cluster })
    }
}
