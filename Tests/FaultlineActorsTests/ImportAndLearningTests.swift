import FaultlineActors
import FaultlineCore
import Testing

@Suite struct ImportAndLearningTests {
    @Test func phoenixBlocksSynonymsDatedCodesAndSlips() {
        var importer = PhoenixImporter()
        importer.read("""
            # comment
            EXAMPLE_PARTY_ [XYZPTY] # trailing comment
            +EXAMPLE_PARTY_OF_TESTLAND
            JOHN_EXAMPLE_
            +J._EXAMPLE
            \t[XYZGOV 20060520-20100101]
            \t[XYZELI 970101-051231]
            ORPHAN_NAME_
            """, file: "test.actors.txt")
        importer.read("""
            !PERSON! = MAN, MEN
            FARMER [~AGR]
            CATTLE!PERSON! [~AGR]
            DEPARTMENT_OF_TESTS [~GOV}
            """, file: "test.agents.txt")
        let report = importer.report
        #expect(report.actors == 2)
        #expect(report.datedCodes == 2)
        #expect(report.agents == 4)
        #expect(report.skipped.contains { $0.reason == "actor without a code" })
        let files = importer.yamlFiles()
        #expect(files.contains { $0.1.contains("from: 1997-01-01, to: 2005-12-31") })
        #expect(files.contains { $0.1.contains("cattle men") })
    }

    @Test func countryInfoLeadersWithTerms() {
        let (entries, report) = CountryInfoImporter().parse("""
            <Country>
            <CountryCode>XYZ</CountryCode>
            <CountryName>TESTLAND</CountryName>
            <ISO3166-alpha3>XYZ</ISO3166-alpha3>
            <Nationality>
            \tTESTLANDER_
            </Nationality>
            <Capital>
            \tTEST_CITY_
            </Capital>
            <Leaders>
            \t<Prime ministers>
            \t\tJANE_AL-EXAMPLE_\t[19990101 - 20040631]  [B:19500101]
            \t\t{JOHN_DOE_}{JON_DOE_}\t[>20080101]
            \t</Prime ministers>
            </Leaders>
            </Country>
            """)
        #expect(report.countries == 1)
        let entry = entries[0]
        #expect(entry.name == "Testland" && entry.capitals == ["Test City"])
        #expect(entry.leaders.count == 2)
        #expect(entry.leaders[0].name == "Jane al-Example")
        #expect(entry.leaders[0].office == "prime minister")
        #expect(entry.leaders[0].interval.end == CivilDate(iso: "2004-06-30"))
        #expect(entry.leaders[1].aliases == ["Jon Doe"])
        #expect(entry.leaders[1].interval.end == CivilDate(iso: "2012-01-16"))
    }

    @Test func learnsRolesAndTiesStatedInAReport() throws {
        let kb = SharedKnowledgeBase.bundled
        let text = """
            Jamal Examplezadeh, the newly appointed head of the Example Brigades, spoke on Monday. \
            The Coordination Framework, an umbrella of pro-Iran factions, met in Baghdad.
            """
        let facts = FactLearner(knowledgeBase: kb).learn(text: text, date: CivilDate(iso: "2025-10-28"), source: "test")
        let office = try #require(facts.first { $0.kind == .office })
        #expect(office.subject == "Jamal Examplezadeh")
        #expect(office.object == "Example Brigades")
        #expect(office.interval.start == CivilDate(iso: "2025-10-28"))
        #expect(!office.alreadyKnown)
        let umbrella = try #require(facts.first { $0.kind == .umbrella })
        #expect(umbrella.subjectID == "irq.coordination-framework")
        let backing = try #require(facts.first { $0.kind == .backing })
        #expect(backing.subjectID == "irn")
        #expect(backing.alreadyKnown)
    }
}
