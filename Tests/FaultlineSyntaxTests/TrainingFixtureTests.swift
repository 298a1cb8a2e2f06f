import FaultlineCore
import FaultlineLearning
@testable import FaultlineSyntax
import Testing

/// Training on a tiny treebank written for these tests: the commands' code paths run end to end
/// and the models survive the binary format unchanged.
@Suite struct TrainingFixtureTests {
    /// Six short sentences, tagged and parsed by hand in UD English style.
    static let fixture = """
        # text = The envoy met militia leaders.
        1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
        2\tenvoy\tenvoy\tNOUN\tNN\t_\t3\tnsubj\t_\t_
        3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
        4\tmilitia\tmilitia\tNOUN\tNN\t_\t5\tcompound\t_\t_
        5\tleaders\tleader\tNOUN\tNNS\t_\t3\tobj\t_\tSpaceAfter=No
        6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

        # text = Ministers visited the capital.
        1\tMinisters\tminister\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
        2\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
        4\tcapital\tcapital\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No
        5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        # text = Iran sent the commander to Baghdad.
        1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
        4\tcommander\tcommander\tNOUN\tNN\t_\t2\tobj\t_\t_
        5\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_
        6\tBaghdad\tBaghdad\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No
        7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        # text = The leaders called the minister.
        1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
        2\tleaders\tleader\tNOUN\tNNS\t_\t3\tnsubj\t_\t_
        3\tcalled\tcall\tVERB\tVBD\t_\t0\troot\t_\t_
        4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_
        5\tminister\tminister\tNOUN\tNN\t_\t3\tobj\t_\tSpaceAfter=No
        6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

        # text = Tehran sent envoys to Iraq.
        1\tTehran\tTehran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tenvoys\tenvoy\tNOUN\tNNS\t_\t2\tobj\t_\t_
        4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_
        5\tIraq\tIraq\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No
        6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        # text = The commander visits leaders.
        1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
        2\tcommander\tcommander\tNOUN\tNN\t_\t3\tnsubj\t_\t_
        3\tvisits\tvisit\tVERB\tVBZ\t_\t0\troot\t_\t_
        4\tleaders\tleader\tNOUN\tNNS\t_\t3\tobj\t_\tSpaceAfter=No
        5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

        """

    private func untagged(_ sentence: TreebankSentence) -> [Token] {
        sentence.tokens.map { Token(range: $0.range, text: $0.text, spaceAfter: $0.spaceAfter) }
    }

    @Test func taggerLearnsTheFixtureAndRoundTrips() throws {
        let sentences = try CoNLLU.parse(Self.fixture)
        let options = TrainingOptions(epochs: 6, seed: 7, folds: 2, minimumWeight: 0)
        var lines: [String] = []
        let tagger = TaggerTrainer.train(train: sentences, dev: sentences, options: options) { lines.append($0) }
        #expect(lines.contains { $0.contains("second pass: keeping epoch") })
        var correct = 0
        var total = 0
        for sentence in sentences {
            let tagged = tagger.tag(untagged(sentence))
            for (found, gold) in zip(tagged, sentence.tokens) {
                total += 1
                if found.upos == gold.upos && found.xpos == gold.xpos { correct += 1 }
            }
        }
        #expect(Double(correct) / Double(total) >= 0.9)
        let reloaded = try Tagger(bytes: tagger.serialized())
        for sentence in sentences {
            let tokens = untagged(sentence)
            #expect(reloaded.tag(tokens).map(\.xpos) == tagger.tag(tokens).map(\.xpos))
        }
    }

    @Test func taggerWithClustersStoresThemAndRoundTrips() throws {
        let sentences = try CoNLLU.parse(Self.fixture)
        let clusters = WordClusters.learn(
            sentences: sentences.map { $0.tokens.map(\.text) }, fine: 4, coarse: 2, minimumCount: 1, iterations: 4)
        let options = TrainingOptions(epochs: 4, seed: 7, folds: 2, minimumWeight: 0)
        let tagger = TaggerTrainer.train(train: sentences, dev: sentences, options: options, clusters: clusters) { _ in }
        #expect(tagger.clusters.entries.count == clusters.entries.count)
        let reloaded = try Tagger(bytes: tagger.serialized())
        #expect(reloaded.clusters.entries.count == clusters.entries.count)
        for sentence in sentences {
            let tokens = untagged(sentence)
            #expect(reloaded.tag(tokens).map(\.xpos) == tagger.tag(tokens).map(\.xpos))
        }
    }

    @Test func lemmatizerUsesDictionaryAndLearnedSuffixRules() throws {
        let sentences = try CoNLLU.parse(Self.fixture)
        let lemmatizer = Lemmatizer.train(sentences)
        #expect(lemmatizer.lemma(of: "met", xpos: "VBD") == "meet")
        #expect(lemmatizer.lemma(of: "Baghdad", xpos: "NNP") == "Baghdad")
        // "commanders" was never seen, but "-ers" → "-er" (NNS) was learned from leaders and Ministers.
        #expect(lemmatizer.lemma(of: "commanders", xpos: "NNS") == "commander")
    }

    /// A guessed lemma that the dictionary does not know gives way to one it knows: the silent
    /// "e" of "scored" comes back, but not the adjective "severe" for "severed".
    @Test func lemmatizerPrefersGuessesTheDictionaryKnows() throws {
        let sentences = try CoNLLU.parse("""
            # text = They visited and called.
            1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_
            2\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_
            3\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_
            4\tcalled\tcall\tVERB\tVBD\t_\t2\tconj\t_\tSpaceAfter=No
            5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

            # text = Teams score under severe pressure.
            1\tTeams\tteam\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
            2\tscore\tscore\tVERB\tVBP\t_\t0\troot\t_\t_
            3\tunder\tunder\tADP\tIN\t_\t5\tcase\t_\t_
            4\tsevere\tsevere\tADJ\tJJ\t_\t5\tamod\t_\t_
            5\tpressure\tpressure\tNOUN\tNN\t_\t2\tobl\t_\tSpaceAfter=No
            6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

            """)
        let lemmatizer = Lemmatizer.train(sentences)
        #expect(lemmatizer.lemma(of: "walked", xpos: "VBD") == "walk")
        #expect(lemmatizer.lemma(of: "scored", xpos: "VBD") == "score")
        #expect(lemmatizer.lemma(of: "pressured", xpos: "VBD") == "pressure")
        #expect(lemmatizer.lemma(of: "severed", xpos: "VBD") == "sever")
    }

    @Test func parserLearnsTheFixtureAndRoundTrips() throws {
        let sentences = try CoNLLU.parse(Self.fixture)
        let options = TrainingOptions(epochs: 10, seed: 3, folds: 2, minimumWeight: 0)
        let parser = ParserTrainer.train(train: sentences, dev: sentences, options: options) { _ in }
        let scores = ParserTrainer.evaluate(parser, on: sentences)
        #expect(scores.uas >= 90)
        #expect(scores.las >= 85)
        let reloaded = try Parser(bytes: parser.serialized())
        for sentence in sentences {
            let parsed = parser.parse(sentence.tokens)
            let again = reloaded.parse(sentence.tokens)
            #expect(parsed.map(\.head) == again.map(\.head))
            #expect(parsed.map(\.deprel) == again.map(\.deprel))
            // Exactly one word hangs from the root in these sentences, and every head is in range.
            #expect(parsed.allSatisfy { $0.head >= -1 && $0.head < parsed.count })
        }
    }

    @Test func beamParserWithClustersLearnsTheFixtureAndRoundTrips() throws {
        let sentences = try CoNLLU.parse(Self.fixture)
        let words = sentences.map { $0.tokens.map(\.text) }
        let clusters = WordClusters.learn(sentences: words, fine: 4, coarse: 2, minimumCount: 1, iterations: 4)
        #expect(!clusters.isEmpty)
        let options = TrainingOptions(epochs: 10, seed: 3, folds: 2, minimumWeight: 0)
        var lines: [String] = []
        let parser = ParserTrainer.train(
            train: sentences, dev: sentences, options: options, beamWidth: 4, clusters: clusters) { lines.append($0) }
        #expect(parser.beamWidth == 4)
        #expect(lines.contains { $0.contains("(beam 4)") })
        let scores = ParserTrainer.evaluate(parser, on: sentences)
        #expect(scores.uas >= 90)
        #expect(scores.las >= 85)
        let reloaded = try Parser(bytes: parser.serialized())
        #expect(reloaded.beamWidth == 4)
        #expect(reloaded.clusters.entries.count == clusters.entries.count)
        for sentence in sentences {
            let parsed = parser.parse(sentence.tokens)
            #expect(reloaded.parse(sentence.tokens).map(\.head) == parsed.map(\.head))
            #expect(parsed.filter { $0.head == -1 }.count == 1)
            // Greedy decoding of the same model still gives a complete tree.
            let greedy = parser.withBeamWidth(1).parse(sentence.tokens)
            #expect(greedy.allSatisfy { $0.head >= -1 && $0.head < greedy.count && !$0.deprel.isEmpty })
            // A margin that drops nothing decodes as the full beam; a zero margin keeps one item
            // per step, and still gives a complete tree.
            #expect(parser.withBeamWidth(4, margin: 1e9).parse(sentence.tokens).map(\.head) == parsed.map(\.head))
            let narrow = parser.withBeamWidth(4, margin: 0).parse(sentence.tokens)
            #expect(narrow.filter { $0.head == -1 }.count == 1)
            #expect(narrow.allSatisfy { $0.head >= -1 && $0.head < narrow.count && !$0.deprel.isEmpty })
        }
    }

    @Test func modelOfAnotherKindIsRejectedWithAMessage() {
        var writer = BinaryWriter(kind: "faultline-tagger-2")
        writer.write(["root"])
        #expect {
            try Parser(bytes: writer.bytes)
        } throws: { error in
            "\(error)".contains("faultline-tagger-2 model where a faultline-parser-3 model was expected; retrain")
        }
    }

    @Test func greedyVersionOneParserFilesStillLoad() throws {
        let sentences = try CoNLLU.parse(Self.fixture)
        let parser = ParserTrainer.train(
            train: sentences, dev: sentences, options: TrainingOptions(epochs: 3, seed: 3, folds: 2, minimumWeight: 0)) { _ in }
        // A version 1 file: labels, tags and the model (full keys), no beam width and no clusters.
        var writer = BinaryWriter(kind: "faultline-parser")
        writer.write(parser.labels)
        writer.write(parser.tagNames)
        writer.write(parser.model)
        let old = try Parser(bytes: writer.bytes)
        #expect(old.beamWidth == 1 && old.clusters.isEmpty && old.keyBits == 64)
        // A version 2 file: the same with a beam width and clusters, still with full keys.
        var writer2 = BinaryWriter(kind: "faultline-parser-2")
        writer2.write(parser.labels)
        writer2.write(parser.tagNames)
        writer2.write(UInt64(1))
        WordClusters.empty.write(to: &writer2)
        writer2.write(parser.model)
        let version2 = try Parser(bytes: writer2.bytes)
        #expect(version2.keyBits == 64)
        // Files written now keep 40-bit keys.
        let compact = try Parser(bytes: parser.serialized())
        #expect(compact.keyBits == 40)
        for sentence in sentences {
            let heads = parser.parse(sentence.tokens).map(\.head)
            #expect(old.parse(sentence.tokens).map(\.head) == heads)
            #expect(version2.parse(sentence.tokens).map(\.head) == heads)
            #expect(compact.parse(sentence.tokens).map(\.head) == heads)
        }
    }

    @Test func damagedModelIsRejectedWithAMessage() {
        #expect(throws: BinaryReader.Failure.self) { try Parser(bytes: Array("FLM1 not a model".utf8)) }
    }
}
