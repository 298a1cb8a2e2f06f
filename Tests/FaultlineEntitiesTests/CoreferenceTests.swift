import FaultlineCore
import Testing
@testable import FaultlineEntities

@Suite struct CoreferenceTests {
    private func cluster(of text: String, in mentions: [EntityMention], occurrence: Int = 0) -> Int? {
        mentions.filter { $0.text == text }.dropFirst(occurrence).first?.cluster
    }

    @Test func surnameAndTransliterationsJoinTheFullName() {
        let (_, mentions) = TestDocuments.link([
            "Quds Force commander Esmail Qaani arrived .",
            "Qaani met officials .",
            "Some spelled it Qa'ani , others Ghaani .",
            "John Smith disagreed .",
        ], [
            [("Quds Force", .organization), ("Esmail Qaani", .person)],
            [("Qaani", .person)],
            [("Qa'ani", .organization), ("Ghaani", .gpe)],
            [("John Smith", .person)],
        ])
        let qaani = cluster(of: "Esmail Qaani", in: mentions)
        #expect(qaani != nil)
        #expect(cluster(of: "Qaani", in: mentions) == qaani)
        // Mistyped by the recognizer, still linked by name.
        #expect(cluster(of: "Qa'ani", in: mentions) == qaani)
        #expect(cluster(of: "Ghaani", in: mentions) == qaani)
        #expect(cluster(of: "John Smith", in: mentions) != qaani)
        #expect(cluster(of: "Quds Force", in: mentions) != qaani)
    }

    @Test func surnameJoinsAMistypedFullName() {
        let (_, mentions) = TestDocuments.link(
            ["Esmail Qaani arrived in Baghdad .", "Qaani met officials ."],
            [[("Esmail Qaani", .organization), ("Baghdad", .gpe)], [("Qaani", .person)]])
        #expect(cluster(of: "Qaani", in: mentions) == cluster(of: "Esmail Qaani", in: mentions))
    }

    @Test func fullNameAfterSurname() {
        let (_, mentions) = TestDocuments.link(
            ["Sadr spoke first .", "Later Muqtada al-Sadr left ."],
            [[("Sadr", .person)], [("Muqtada al-Sadr", .person)]])
        #expect(cluster(of: "Sadr", in: mentions) == cluster(of: "Muqtada al-Sadr", in: mentions))
    }

    @Test func acronymsAndExpansions() {
        let (_, mentions) = TestDocuments.link([
            "The Korean Central News Agency reported it .",
            "KCNA added more .",
            "IRGC units moved .",
            "The Islamic Revolutionary Guard Corps denied it .",
        ], [
            [("The Korean Central News Agency", .organization)], [("KCNA", .organization)],
            [("IRGC", .organization)], [("The Islamic Revolutionary Guard Corps", .organization)],
        ])
        #expect(cluster(of: "KCNA", in: mentions) == cluster(of: "The Korean Central News Agency", in: mentions))
        #expect(cluster(of: "IRGC", in: mentions) == cluster(of: "The Islamic Revolutionary Guard Corps", in: mentions))
        #expect(cluster(of: "IRGC", in: mentions) != cluster(of: "KCNA", in: mentions))
    }

    @Test func demonymsAndAgentCapitalsJoinTheirCountry() {
        let (_, mentions) = TestDocuments.link([
            "Iran sent envoys .",
            "Iranian state media said so .",
            "Tehran launched a campaign .",
            "He flew to Baghdad .",
            "Iraq agreed , and Baghdad 's allies cheered .",
        ], [
            [("Iran", .gpe)], [("Iranian", .norp)], [("Tehran", .gpe)], [("Baghdad", .gpe)],
            [("Iraq", .gpe), ("Baghdad", .gpe)],
        ])
        let iran = cluster(of: "Iran", in: mentions)
        #expect(cluster(of: "Iranian", in: mentions) == iran)
        #expect(cluster(of: "Tehran", in: mentions) == iran)
        // "to Baghdad" is a place, not an agent; "Baghdad 's allies" is the government.
        let iraq = cluster(of: "Iraq", in: mentions)
        #expect(cluster(of: "Baghdad", in: mentions, occurrence: 0) != iraq)
        #expect(cluster(of: "Baghdad", in: mentions, occurrence: 1) == iraq)
        #expect(iraq != iran)
    }

    @Test func nominalReferenceToTheLastPersonWithThatRole() {
        let (_, mentions) = TestDocuments.link([
            "Quds Force commander Esmail Qaani arrived .",
            "Hezbollah leader Naim Qassem spoke .",
            "The commander later left , the leader said .",
        ], [
            [("Quds Force", .organization), ("Esmail Qaani", .person)],
            [("Hezbollah", .organization), ("Naim Qassem", .person)],
            [],
        ])
        let nominals = mentions.filter(\.isNominal)
        #expect(nominals.map(\.text) == ["The commander", "the leader"])
        #expect(nominals.first?.cluster == cluster(of: "Esmail Qaani", in: mentions))
        #expect(nominals.last?.cluster == cluster(of: "Naim Qassem", in: mentions))
        #expect(nominals.allSatisfy { $0.type == .person })
    }

    @Test func nominalWithDemonymAndOffice() {
        let (_, mentions) = TestDocuments.link([
            "Iraqi Prime Minister Mohammed Shia al-Sudani met envoys .",
            "Then the Iraqi prime minister flew home .",
        ], [[("Iraqi", .norp), ("Mohammed Shia al-Sudani", .person)], [("Iraqi", .norp)]])
        let nominal = mentions.first(where: \.isNominal)
        #expect(nominal?.text == "the Iraqi prime minister")
        #expect(nominal?.cluster == cluster(of: "Mohammed Shia al-Sudani", in: mentions))
    }

    @Test func numericMentionsHaveNoCluster() {
        let (_, mentions) = TestDocuments.link(["Iran fired 12 missiles ."], [[("Iran", .gpe), ("12", .cardinal)]])
        #expect(mentions.first { $0.type == .cardinal }?.cluster == nil)
    }

    @Test func nameKeys() {
        #expect(NameKey.token("al-Sadr") == "sadr")
        #expect(NameKey.skeleton("Qaani") == NameKey.skeleton("Qa'ani"))
        #expect(NameKey.skeleton("Qaani") == NameKey.skeleton("Ghaani"))
        #expect(NameKey.skeleton("Mohammed") == NameKey.skeleton("Muhammad"))
        #expect(NameKey.skeleton("Qaani") != NameKey.skeleton("Sadr"))
        #expect(NameKey.acronym(["the", "Islamic", "Revolutionary", "Guard", "Corps"]) == "irgc")
        #expect(NameKey.full(["The", "United", "Nations", "'s"]) == "united nations")
    }

    @Test func readsCoNLLCoreferenceAndScoresPairs() throws {
        let text = """
            # begin document test
            0\tEsmail\t(person-1-Esmail_Qaani
            1\tQaani\tperson-1-Esmail_Qaani)
            2\tmet\t_
            3\tSudani\t(person-2)
            4\t.\t_
            5\tQaani\t(person-1)
            6\tleft\t_
            # end document

            """
        let documents = try CoNLLCoreference.parse(text)
        #expect(documents.count == 1)
        let gold = documents[0].mentions.sorted { $0.start < $1.start }
        #expect(gold.map(\.start) == [0, 3, 5])
        #expect(gold.map(\.entity) == ["person-1", "person-2", "person-1"])
        let matched = PairwiseCoreferenceScores.match(
            ours: [(0..<2, 0), (3..<4, 1), (5..<6, 1)], gold: documents[0].mentions, words: documents[0].words)
        var scores = PairwiseCoreferenceScores()
        scores.add(ours: matched.ours, gold: matched.gold)
        #expect(scores.goldPairs == 1)
        #expect(scores.predictedPairs == 1)
        #expect(scores.correctPairs == 0)
    }

    @Test func byteSkeletonsAreTheCharacterSkeletons() {
        let keys = [
            "qaani", "ghaani", "khamenei", "phillip", "yazidi", "kataib", "chechnya", "cicero", "kkhh", "ccch",
            "aaron", "yy", "y", "a", "hezbollah", "sudani", "mohammed", "muhammad", "ph", "gh", "kh", "ch",
            "o'neil", "al-sadr", "x9k", "",
        ]
        for key in keys {
            #expect(NameKey.asciiSkeleton(key) == NameKey.characterSkeleton(key), "\(key)")
        }
        // Other keys take the character path.
        #expect(NameKey.asciiSkeleton("qāani") == nil)
        #expect(NameKey.skeleton("Qāani") == NameKey.characterSkeleton(NameKey.token("Qāani")))
    }
}
