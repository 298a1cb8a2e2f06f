import FaultlineLearning
import Testing

@Suite struct WordClustersTests {
    /// Sentences written for the test: people and places in the same slots.
    private let sentences: [[String]] = {
        var sentences: [[String]] = []
        for person in ["Rubio", "Qaani", "Sudani", "Sadr"] {
            for place in ["Baghdad", "Tehran", "Beirut", "Ankara"] {
                sentences.append(["minister", person, "flew", "to", place, "."])
                sentences.append(["envoy", person, "arrived", "in", place, "."])
            }
        }
        return sentences
    }()

    @Test func wordsUsedAlikeShareAClusterAndSurviveTheModelFormat() throws {
        let clusters = WordClusters.learn(sentences: sentences, fine: 4, coarse: 2, minimumCount: 1, iterations: 8)
        let rubio = try #require(clusters.clusters(of: "Rubio"))
        let qaani = try #require(clusters.clusters(of: "qaani"))
        #expect(rubio.fine == qaani.fine)
        #expect(clusters.clusters(of: "Tehran")?.fine == clusters.clusters(of: "Beirut")?.fine)
        // The same seed learns the same clusters.
        let again = WordClusters.learn(sentences: sentences, fine: 4, coarse: 2, minimumCount: 1, iterations: 8)
        #expect(again.entries.map(\.fine) == clusters.entries.map(\.fine))
        #expect(clusters.clusters(of: "Washington") == nil)
        var writer = BinaryWriter(kind: "clusters-test")
        clusters.write(to: &writer)
        var reader = try BinaryReader(bytes: writer.bytes, expectedKind: "clusters-test")
        let reloaded = try WordClusters(reader: &reader)
        #expect(reader.isAtEnd)
        #expect(reloaded.entries.count == clusters.entries.count)
        for entry in clusters.entries {
            #expect(reloaded.clusters(of: entry.word)?.fine == entry.fine)
            #expect(reloaded.clusters(of: entry.word)?.coarse == entry.coarse)
        }
    }

    @Test func foldingReadsDigitsAsZeroAndBracketsAsOntoNotes() {
        #expect(WordClusters.foldedKey(Array("Iraq2024".utf8)) == WordClusters.foldedKey(Array("iraq1999".utf8)))
        #expect(WordClusters.normalizedBytes("(") == Array("-LRB-".utf8))
        #expect(WordClusters.empty.isEmpty)
    }
}
