import FaultlineActors
import FaultlineCore
import Foundation
import Testing

@Suite struct AnnotatorAndEvaluationTests {
    @Test func coreferentMentionsShareTheLinkedActor() throws {
        let text = "Esmail Qaani arrived in Baghdad. The commander met officials."
        var document = AnalyzedDocument(text: text, metadata: DocumentMetadata(published: CivilDate(iso: "2025-10-28")))
        document.entities = [
            EntityMention(sentence: 0, tokens: 0..<2, range: 0..<12, text: "Esmail Qaani", type: .person, cluster: 1),
            EntityMention(sentence: 1, tokens: 0..<2, range: 33..<46, text: "The commander", type: .person, cluster: 1, isNominal: true),
            EntityMention(sentence: 0, tokens: 4..<5, range: 24..<31, text: "Baghdad", type: .gpe),
        ]
        try ActorAnnotator(knowledgeBase: SharedKnowledgeBase.bundled).annotate(&document)
        let commander = try #require(document.actors.first { $0.mention == 1 })
        #expect(commander.actor == "irn.esmail-qaani")
        #expect(commander.name == "The commander")
        #expect(commander.code.description == "IRNMIL")
        #expect(document.actors.first { $0.mention == 2 }?.code.description == "IRQGOV")
    }

    @Test func anEthnicGroupIsCodedInTheStateItLivesIn() throws {
        let text = "Ethnic Albanians marched in Serbia while Albanians in Tirana watched ."
        var document = spaceTokenizedDocument(text, published: "2001-03-01")
        document.entities = [
            EntityMention(sentence: 0, tokens: 1..<2, range: 7..<16, text: "Albanians", type: .norp),
            EntityMention(sentence: 0, tokens: 4..<5, range: 28..<34, text: "Serbia", type: .gpe),
            EntityMention(sentence: 0, tokens: 6..<7, range: 41..<50, text: "Albanians", type: .norp),
        ]
        try ActorAnnotator(knowledgeBase: SharedKnowledgeBase.bundled).annotate(&document)
        #expect(document.actors.first { $0.mention == 0 }?.code.country == "SRB")
        #expect(document.actors.first { $0.mention == 0 }?.code.sector == "CVL")
        // Without "ethnic" a nationality is its own nation's.
        #expect(document.actors.first { $0.mention == 2 }?.code.country == "ALB")
    }

    @Test func aNameTheBaseDoesNotKnowTakesTheCountryOfAKnownActorBesideIt() throws {
        let text = "Abdelaziz Bouteflika spoke of the Islamic Salvation Front ."
        var document = AnalyzedDocument(text: text, metadata: DocumentMetadata(published: CivilDate(iso: "2000-05-01")))
        document.entities = [
            EntityMention(sentence: 0, tokens: 0..<2, range: 0..<20, text: "Abdelaziz Bouteflika", type: .person),
            EntityMention(sentence: 0, tokens: 5..<9, range: 34..<57, text: "Islamic Salvation Front", type: .organization),
        ]
        try ActorAnnotator(knowledgeBase: SharedKnowledgeBase.bundled).annotate(&document)
        #expect(document.actors.first { $0.mention == 0 }?.code.country == "DZA")
        let front = try #require(document.actors.first { $0.mention == 1 })
        #expect(front.actor == nil)
        #expect(front.code.country == "DZA")
    }

    @Test func aPossessiveCountryPlacesTheOrganisationItOwns() throws {
        let text = "Syrian guns fired , Turkey 's Defense Ministry said ."
        var document = spaceTokenizedDocument(text, published: "2020-02-10")
        document.entities = [
            EntityMention(sentence: 0, tokens: 0..<1, range: 0..<6, text: "Syrian", type: .norp),
            EntityMention(sentence: 0, tokens: 4..<5, range: 20..<26, text: "Turkey", type: .gpe),
            EntityMention(sentence: 0, tokens: 6..<8, range: 30..<46, text: "Defense Ministry", type: .organization),
        ]
        try ActorAnnotator(knowledgeBase: SharedKnowledgeBase.bundled).annotate(&document)
        let ministry = try #require(document.actors.first { $0.mention == 2 })
        #expect(ministry.name == "Defense Ministry")
        #expect(ministry.code.country == "TUR")
    }

    @Test func aPluralIsNoSurnameAndEveryCountryHasItsShortName() throws {
        let annotator = ActorAnnotator(knowledgeBase: SharedKnowledgeBase.bundled)
        let date = CivilDate(iso: "2022-06-01")
        let mines = try #require(annotator.code(phrase: "Chile's Ministry of Mines", date: date))
        #expect(mines.code.country == "CHL")
        #expect(mines.actor.map { SharedKnowledgeBase.bundled.actors[$0]?.kind } != .person)
        #expect(annotator.code(phrase: "South Africa", date: date)?.code.country == "ZAF")
        #expect(annotator.code(phrase: "Crimea", date: date)?.code.country == "UKR")
    }

    @Test func namesThatMatchNoOneAreAnUnknownName() throws {
        // "Gul" and "Rahman" are both surnames of leaders, but no leader is called Gul Rahman.
        let coder = ActorAnnotator(knowledgeBase: SharedKnowledgeBase.bundled).coder
        let match = try #require(coder.match(phrase: "Gul Rahman", date: CivilDate(iso: "2010-01-01"), contextCountries: ["AFG"]))
        #expect(match.coded.actor == nil)
        #expect(match.coded.code.country == "AFG")
    }

    @Test func anUnknownPlaceLiesWhereThePlacesAroundItDo() throws {
        let text = "Israeli tanks shelled Zorvath in the West Bank ."
        var document = spaceTokenizedDocument(text, published: "2002-04-01")
        document.entities = [
            EntityMention(sentence: 0, tokens: 0..<1, range: 0..<7, text: "Israeli", type: .norp),
            EntityMention(sentence: 0, tokens: 3..<4, range: 22..<29, text: "Zorvath", type: .gpe),
            EntityMention(sentence: 0, tokens: 6..<8, range: 37..<46, text: "West Bank", type: .gpe),
        ]
        try ActorAnnotator(knowledgeBase: SharedKnowledgeBase.bundled).annotate(&document)
        #expect(document.actors.first { $0.mention == 1 }?.code.country == "PSE")
    }

    @Test func theCountriesATextNamesIncludeThoseOfTheActorsItNames() {
        let annotator = ActorAnnotator(knowledgeBase: SharedKnowledgeBase.bundled)
        let countries = annotator.countriesMentioned(in: "Rebels fought the Kremlin's troops near Baghdad", date: CivilDate(iso: "2020-01-01"))
        #expect(countries.first == "IRQ")
        #expect(countries.contains("RUS"))
    }

    @Test func evaluationScoresCountryAndSectorAssertions() {
        let csv = """
            test,method,input_args,assertions
            t1,agent_to_code,\"\"\"Egyptian police\"\"\",\"code['country'] == \"\"EGY\"\" ; code['code_1'] == \"\"COP\"\"\"
            t2,agent_to_code,\"\"\"Marco Rubio\"\", \"\"\"\", \"\"2022-03-01\"\"\",\"code['country'] == \"\"USA\"\" ; code['code_1'] == \"\"LEG\"\"\"
            t3,trf_agent_match,\"\"\"a cat\"\"\",code is None
            t4,query_wiki,\"\"\"ignored\"\"\",wiki['title'] == 'x'
            """
        let score = ActorEvaluation(annotator: ActorAnnotator(knowledgeBase: SharedKnowledgeBase.bundled)).scoreResolutionCSV(csv)
        #expect(score.countryTotal == 2 && score.countryCorrect == 2)
        #expect(score.sectorTotal == 2 && score.sectorCorrect == 2)
        #expect(score.noneTotal == 1 && score.noneCorrect == 1)
    }

    @Test func ploverActorsAreCodedWithinTheirSentence() throws {
        let json = """
            [{"id": "doc", "event": "DOCUMENT"},
             {"id": "r1", "date": "2000-01-01", "event": "AGREE",
              "text": "Senior Hungarian and Romanian officials agreed to cooperate.",
              "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"}, {"actorText": "Romanian", "code": "ROU", "sector": "GOV"}]}]
            """
        let score = try ActorEvaluation(annotator: ActorAnnotator(knowledgeBase: SharedKnowledgeBase.bundled)).scorePlover(Data(json.utf8))
        #expect(score.countryCorrect == 2)
        #expect(score.sectorCorrect == 2, "\(score.errors)")
    }
}
