import FaultlineCore
import Testing
@testable import FaultlineEntities

@Suite struct TitleTests {
    private func title(_ sentence: String, _ entities: [(String, EntityType)], person: String) -> Title? {
        let (_, mentions) = TestDocuments.link([sentence], [entities])
        return mentions.first { $0.text == person }?.title
    }

    @Test func officeWithCountry() {
        let found = title("US Secretary of State Marco Rubio spoke .", [("US", .gpe), ("Marco Rubio", .person)], person: "Marco Rubio")
        #expect(found?.text == "US Secretary of State")
        #expect(found?.role == "Secretary of State")
        #expect(found?.organization == "United States")
        #expect(found?.rank == nil)
    }

    @Test func officeWithDemonym() {
        let found = title(
            "Iraqi Prime Minister Mohammed Shia al-Sudani met him .",
            [("Iraqi", .norp), ("Mohammed Shia al-Sudani", .person)], person: "Mohammed Shia al-Sudani")
        #expect(found?.role == "Prime Minister")
        #expect(found?.organization == "Iraq")
    }

    @Test func roleWithModifier() {
        let found = title("He met the influential cleric Muqtada al-Sadr .", [("Muqtada al-Sadr", .person)], person: "Muqtada al-Sadr")
        #expect(found?.text == "influential cleric")
        #expect(found?.role == "cleric")
        #expect(found?.organization == nil)
    }

    @Test func roleWithOrganization() {
        let found = title("Hezbollah leader Hassan Nasrallah was killed .", [("Hezbollah", .organization), ("Hassan Nasrallah", .person)], person: "Hassan Nasrallah")
        #expect(found?.role == "leader")
        #expect(found?.organization == "Hezbollah")
    }

    @Test func rankRoleAndOrganization() {
        let found = title(
            "Quds Force commander Brig. Gen. Esmail Qaani visited Baghdad .",
            [("Quds Force", .organization), ("Esmail Qaani", .person), ("Baghdad", .gpe)], person: "Esmail Qaani")
        #expect(found?.text == "Quds Force commander Brig. Gen.")
        #expect(found?.rank == "Brig. Gen.")
        #expect(found?.role == "commander")
        #expect(found?.organization == "Quds Force")
    }

    @Test func apposition() {
        let found = title(
            "Ali Hamdan , the newly appointed head of the Badr Organization , said so .",
            [("Ali Hamdan", .person), ("the Badr Organization", .organization)], person: "Ali Hamdan")
        #expect(found?.role == "head")
        #expect(found?.organization == "Badr Organization")
        #expect(found?.text == "the newly appointed head of the Badr Organization")
    }

    @Test func noTitleWithoutRoleOrRank() {
        #expect(title("Yesterday John Smith left .", [("John Smith", .person)], person: "John Smith") == nil)
        #expect(title("Mr. John Smith left .", [("John Smith", .person)], person: "John Smith") == nil)
        #expect(title("John Smith , who left , said .", [("John Smith", .person)], person: "John Smith") == nil)
    }
}

@Suite struct MoreTitleTests {
    private func title(_ sentence: String, _ entities: [(String, EntityType)], person: String) -> Title? {
        let (_, mentions) = TestDocuments.link([sentence], [entities])
        return mentions.first { $0.text == person }?.title
    }

    @Test func possessiveOrganizationAndReligiousRank() {
        let found = title(
            "Iran 's supreme leader Ayatollah Ali Khamenei spoke .",
            [("Iran", .gpe), ("Ali Khamenei", .person)], person: "Ali Khamenei")
        #expect(found?.rank == "Ayatollah")
        #expect(found?.role == "supreme leader")
        #expect(found?.organization == "Iran")
    }

    @Test func formerOfficeHolder() {
        let found = title("He praised former President Donald Trump .", [("Donald Trump", .person)], person: "Donald Trump")
        #expect(found?.role == "President")
        #expect(found?.text == "former President")
        #expect(found?.organization == nil)
    }

    @Test func ministerOfCountry() {
        let found = title(
            "Iranian Foreign Minister Abbas Araghchi arrived .",
            [("Iranian", .norp), ("Abbas Araghchi", .person)], person: "Abbas Araghchi")
        #expect(found?.role == "Foreign Minister")
        #expect(found?.organization == "Iran")
    }

    @Test func possessiveApposition() {
        let found = title(
            "Abbas Araghchi , Iran 's foreign minister , arrived .",
            [("Abbas Araghchi", .person), ("Iran", .gpe)], person: "Abbas Araghchi")
        #expect(found?.role == "foreign minister")
        #expect(found?.organization == "Iran")
    }

    @Test func officeWordsTakenForNamesAreDropped() {
        let (_, mentions) = TestDocuments.link(
            ["US Secretary of State Marco Rubio met Defense Minister Lloyd Austin and Quds Force commander Esmail Qaani ."],
            [[("US", .gpe), ("State", .organization), ("Marco Rubio", .person), ("Defense", .organization),
              ("Lloyd Austin", .person), ("Quds Force", .organization), ("Esmail Qaani", .person)]])
        let texts = mentions.map(\.text)
        #expect(!texts.contains("State"))
        #expect(!texts.contains("Defense"))
        // The country of the office and the organisation served are names of their own.
        #expect(texts.contains("US"))
        #expect(texts.contains("Quds Force"))
        #expect(mentions.first { $0.text == "Marco Rubio" }?.title?.text == "US Secretary of State")
    }
}
