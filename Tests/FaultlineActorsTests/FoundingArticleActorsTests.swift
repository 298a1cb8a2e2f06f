import FaultlineActors
import FaultlineCore
import Testing

/// The founding article's actors, coded for a late-October 2025 report through hand-built
/// entity mentions (as the entities stage will produce them). The text is our own summary.
@Suite struct FoundingArticleActorsTests {
    static let kb = SharedKnowledgeBase.bundled
    static let text = """
        Quds Force commander Esmail Qaani visited Baghdad to hold together the Coordination Framework. \
        He met Nouri al-Maliki, Hadi al-Amiri and Qais al-Khazali, while Muqtada al-Sadr boycotts the vote. \
        Iraqi Prime Minister Mohammed Shia al-Sudani faces pressure from US Secretary of State Marco Rubio \
        and the State Department to disarm Iran-backed militias. Hezbollah, weakened since Hassan Nasrallah \
        was killed, and Hamas are battered; the fall of Bashar al-Assad cut the corridor. Israel struck. \
        Al Monitor and Al-Araby al-Jadeed reported it, citing Iranian state media.
        """

    static func mention(_ name: String, _ type: EntityType, title: String? = nil, cluster: Int? = nil) -> EntityMention {
        let utf8 = Array(text.utf8)
        let needle = Array(name.utf8)
        var start = 0
        while start + needle.count <= utf8.count, Array(utf8[start..<(start + needle.count)]) != needle { start += 1 }
        var titleValue: Title?
        if let title {
            let titleBytes = Array(title.utf8)
            var titleStart = start - titleBytes.count - 1
            titleStart = max(0, titleStart)
            titleValue = Title(text: title, range: titleStart..<(titleStart + titleBytes.count))
        }
        return EntityMention(sentence: 0, tokens: 0..<1, range: start..<(start + needle.count), text: name, type: type, title: titleValue, cluster: cluster)
    }

    static func coded() throws -> [String: CodedActor] {
        var document = AnalyzedDocument(text: text, metadata: DocumentMetadata(outlet: "Al Monitor", published: CivilDate(iso: "2025-10-28")))
        document.entities = [
            mention("Esmail Qaani", .person, title: "Quds Force commander"),
            mention("Coordination Framework", .organization),
            mention("Nouri al-Maliki", .person),
            mention("Hadi al-Amiri", .person),
            mention("Qais al-Khazali", .person),
            mention("Muqtada al-Sadr", .person),
            mention("Mohammed Shia al-Sudani", .person, title: "Iraqi Prime Minister"),
            mention("Marco Rubio", .person, title: "US Secretary of State"),
            mention("State Department", .organization),
            mention("Iran", .gpe),
            mention("Hezbollah", .organization),
            mention("Hassan Nasrallah", .person),
            mention("Hamas", .organization),
            mention("Bashar al-Assad", .person),
            mention("Israel", .gpe),
            mention("Al Monitor", .organization),
            mention("Al-Araby al-Jadeed", .organization),
            mention("Iranian", .norp),
            mention("Baghdad", .gpe),
        ]
        try ActorAnnotator(knowledgeBase: kb).annotate(&document)
        var byName: [String: CodedActor] = [:]
        for actor in document.actors { byName[actor.name] = actor }
        return byName
    }

    @Test func everyActorOfTheFoundingArticleIsCodedForOctober2025() throws {
        let actors = try Self.coded()
        func code(_ name: String) -> String { actors[name]?.code.description ?? "missing" }
        #expect(actors["Esmail Qaani"]?.actor == "irn.esmail-qaani")
        #expect(code("Esmail Qaani") == "IRNMIL")
        #expect(actors["Coordination Framework"]?.actor == "irq.coordination-framework")
        #expect(code("Coordination Framework") == "IRQGOV")
        #expect(actors["Nouri al-Maliki"]?.code.country == "IRQ")
        #expect(actors["Hadi al-Amiri"]?.code.country == "IRQ")
        #expect(actors["Qais al-Khazali"]?.code.country == "IRQ")
        #expect(actors["Muqtada al-Sadr"]?.code.country == "IRQ")
        #expect(code("Mohammed Shia al-Sudani") == "IRQGOV")
        #expect(code("Marco Rubio") == "USAGOV")
        #expect(code("State Department") == "USAGOV")
        #expect(code("Hezbollah") == "LBNREB")
        #expect(code("Hamas") == "PSEREB")
        #expect(code("Hassan Nasrallah") == "LBNELI")
        #expect(code("Bashar al-Assad") == "SYRELI")
        #expect(code("Israel") == "ISR")
        #expect(code("Al Monitor") == "USAMED")
        #expect(code("Al-Araby al-Jadeed") == "QATMED")
        #expect(code("Iranian") == "IRNMED")
        #expect(code("Iran") == "IRQPRM")
    }

    @Test func backersAreReportedForIranBackedGroups() throws {
        let coder = ActorCoder(knowledgeBase: Self.kb)
        let date = CivilDate(iso: "2025-10-28")
        let militias = try #require(coder.match(phrase: "Iran-backed militias", date: date, contextCountries: ["IRQ", "IRN"]))
        #expect(militias.backers == ["irn"])
        #expect(militias.coded.code.description == "IRQPRM")
        let framework = try #require(coder.match(phrase: "the Coordination Framework", date: date))
        #expect(framework.backers.contains("irn"))
        let outlet = try #require(coder.match(phrase: "Al-Araby al-Jadeed", date: date))
        #expect(outlet.backers.contains("qat"))
    }

    @Test func codesFollowTheReportDate() {
        let coder = ActorCoder(knowledgeBase: Self.kb)
        #expect(coder.code(phrase: "Marco Rubio", date: CivilDate(iso: "2022-03-01"))?.code.description == "USALEG")
        #expect(coder.code(phrase: "Hassan Nasrallah", date: CivilDate(iso: "2020-01-01"))?.code.description == "LBNREB")
        #expect(coder.code(phrase: "Bashar al-Assad", date: CivilDate(iso: "2015-06-01"))?.code.description == "SYRGOV")
        #expect(coder.code(phrase: "Coordination Framework", date: CivilDate(iso: "2022-01-15"))?.code.description == "IRQPTY")
        #expect(coder.code(phrase: "Esmail Qaani", date: CivilDate(iso: "2025-10-28"))?.code.description == "IRNMIL")
    }

    @Test func aTitleDoesNotReviveAnOfficeTheBaseKnowsHasEnded() {
        let coder = ActorCoder(knowledgeBase: Self.kb)
        // Nasrallah's leadership ended in 2024: "leader" in a 2025 report names the late leader.
        #expect(coder.code(phrase: "leader Hassan Nasrallah", date: CivilDate(iso: "2025-10-30"))?.code.sector == "ELI")
        // While he led Hezbollah he is no former leader.
        let serving = coder.code(phrase: "leader Hassan Nasrallah", date: CivilDate(iso: "2020-01-01"))?.code
        #expect(serving?.country == "LBN")
        #expect(serving?.sector != "ELI")
    }

    @Test func genericPhrasesWithoutNames() {
        let coder = ActorCoder(knowledgeBase: Self.kb)
        let date = CivilDate(iso: "2025-10-28")
        #expect(coder.code(phrase: "the State Department", date: date)?.code.description == "USAGOV")
        #expect(coder.code(phrase: "militias", date: date)?.code.sector == "PRM")
        #expect(coder.code(phrase: "the government", date: date)?.code.sector == "GOV")
        #expect(coder.code(phrase: "Egyptian police", date: date)?.code.description == "EGYCOP")
        #expect(coder.code(phrase: "Iraqi militia leader Abu Example", date: date)?.code.description == "IRQPRM")
        #expect(coder.code(phrase: "a cat named Frank", date: date) == nil)
    }
}
