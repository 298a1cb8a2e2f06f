import FaultlineCore
import FaultlineIngest
import FaultlinePipeline
import Foundation
import Testing

/// The founding article through the whole standard chain: the events the project was founded
/// to get, each with its date and attribution. Skipped with a note when ../shared is absent.
@Suite struct FoundingArticleEventsTests {
    static let events: [CodedEvent]? = {
        guard FoundingArticleTests.articlePresent else { return nil }
        guard let article = try? ArticleReader().read(
            contentsOf: FoundingArticleTests.article, defaultPublished: CivilDate(iso: "2025-10-30")
        ).first else { return nil }
        return try? Pipeline.standard().analyze(article).events
    }()

    private static func first(_ events: [CodedEvent], _ condition: (CodedEvent) -> Bool) -> CodedEvent? {
        events.first(where: condition)
    }

    private static func names(_ actors: [CodedActor]) -> String { actors.map(\.name).joined(separator: " ") }

    @Test(.enabled(if: FoundingArticleTests.articlePresent, "the founding article is present"))
    func foundingArticleEvents() throws {
        let events = try #require(Self.events, "the standard pipeline analyses the founding article")

        let visit = try #require(Self.first(events) { $0.plover.event == "CONSULT" && $0.plover.mode == "visit" && Self.names($0.sources).contains("Qaani") })
        #expect(visit.date?.isoWeek == "2025-W44")

        #expect(Self.first(events) { $0.plover.event == "CONSULT" && $0.trigger.contains("meeting") } != nil)

        let restraint = try #require(Self.first(events) { $0.plover.event == "REQUEST" && $0.trigger.contains("urging") })
        #expect(restraint.attribution?.name.contains("Al-Araby al-Jadeed") == true)
        #expect(restraint.attribution?.name.contains("Iranian state media") == true)

        let boycott = try #require(Self.first(events) { $0.trigger.contains("boycott") || $0.trigger.contains("called") && Self.names($0.sources).contains("Sadr") })
        #expect(["PROTEST", "REQUEST"].contains(boycott.plover.event))

        // Rubio phones al-Sudani, whatever the parser makes of the fronted participle clause
        // ("Compounding Tehran's challenges, ..."); "on the same day" is no "call on".
        let call = try #require(Self.first(events) { $0.cameo == "041" })
        #expect(call.plover.event == "CONSULT")
        #expect(Self.names(call.sources).contains("Rubio"))
        #expect(Self.names(call.targets).contains("Sudani"))
        #expect(call.attribution?.kind == .document)
        #expect(!events.contains { $0.trigger == "called" && $0.cameoRoot == "02" && Self.names($0.sources).contains("Rubio") })

        let disarm = try #require(Self.first(events) { $0.plover.event == "REQUEST" && $0.trigger.contains("stressing") })
        #expect(disarm.attribution?.kind == .document)

        #expect(Self.first(events) { $0.cameoRoot == "19" && (Self.names($0.sources) + Self.names($0.targets)).contains("Israel") } != nil)
        let assassination = try #require(Self.first(events) { $0.cameo == "186" && Self.names($0.targets).contains("Nasrallah") })
        // "leader Hassan Nasrallah" a year after his death: the base's ended office, not the role noun.
        #expect(assassination.targets.first { $0.name.contains("Nasrallah") }?.code.description == "LBNELI")
        #expect(Self.first(events) { $0.cameo.hasPrefix("083") && Self.names($0.sources).contains("Assad") } != nil)
        #expect(events.allSatisfy { $0.modality != .planned || $0.cameoRoot != "19" })
    }
}
