@testable import FaultlineActors
import FaultlineCore
import Foundation
import Testing

/// The CountryInfo terms cut at the file's date (2012-01-16) carry their real ends, one person
/// has one id, and former armed-group offices code a leader as the group before he took office.
@Suite struct ReviewedTermsTests {
    let kb = SharedKnowledgeBase.bundled

    func code(_ id: String, _ day: String) -> String {
        kb.code(of: id, on: CivilDate(iso: day)).description
    }

    @Test func aLeaderLineMayNameItsOwnSourceAndOffice() throws {
        let text = """
            countries:
              - iso: XYZ
                name: Examplestan
                sources: [country list]
                leaders:
                  - {name: Jane Example, office: prime minister, from: 2001-01-01, to: 2009-11-25, sources: [public record]}
                  - {name: Jane Example, office: secretary-general, of: igo.example, from: 2009-12-01}
            """
        let contents = try YAMLReader(file: "leaders.yaml").read(text)
        let person = try #require(contents.actors.first { $0.id == "xyz.jane-example" })
        #expect(person.sources == ["country list", "public record"])
        #expect(person.relations[0].sources == ["country list", "public record"])
        #expect(person.relations[0].interval.end == CivilDate(iso: "2009-11-25"))
        #expect(person.relations[1].target == "igo.example")
        #expect(person.relations[1].sources == ["country list"])
        #expect(person.relations[1].interval.end == nil)
    }

    @Test func staleTermsEndWhenTheOfficeChangedHands() {
        // Van Rompuy left the Belgian premiership for the European Council; Lula left in 2010.
        #expect(code("bel.herman-van-rompuy", "2009-06-01") == "BELGOV")
        #expect(!code("bel.herman-van-rompuy", "2011-06-01").hasPrefix("BEL"))
        #expect(code("bra.lula-da-silva", "2008-06-01") == "BRAGOV")
        #expect(code("bra.lula-da-silva", "2015-06-01") == "BRAELI")
        #expect(code("bra.lula-da-silva", "2024-06-01") == "BRAGOV")
        #expect(code("bgd.iajuddin-ahmed", "2010-06-01") == "BGDELI")
    }

    @Test func onePersonHasOneID() {
        #expect(kb.actors["bra.luiz-inacio-lula-da-silva"] == nil)
        #expect(kb.actors["omn.qabus-ibn-sa-id"] == nil)
        #expect(kb.actors["bhr.sheikh-hamad-ibn-isa-al-khalifah"] == nil)
        #expect(kb.actors["ksv.anote-tong"] == nil)
        #expect(kb.actors["mrt.mohamed-ould-abdel-aziz"]?.relations.count == 2)
    }

    @Test func formerArmedGroupOfficesCodeTheLeaderAsTheGroup() {
        #expect(code("rwa.paul-kagame", "1992-06-01") == "RWAREB")
        #expect(code("uga.yoweri-museveni", "1983-06-01") == "UGAREB")
        #expect(code("uga.yoweri-museveni", "1990-06-01") == "UGAGOV")
        #expect(code("ssd.riek-machar", "2015-01-01") == "SSDREB")
        #expect(code("col.gustavo-petro", "1985-06-01") == "COLREB")
        #expect(code("sdn.mohamed-hamdan-dagalo", "2024-06-01") == "SDNREB")
        #expect(code("afg.gulbuddin-hekmatyar", "1985-06-01") == "AFGREB")
        #expect(code("afg.gulbuddin-hekmatyar", "1994-01-01") == "AFGGOV")
    }
}
