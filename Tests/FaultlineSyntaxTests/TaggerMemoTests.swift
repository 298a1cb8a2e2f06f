import FaultlineCore
import FaultlineText
import Testing
@testable import FaultlineSyntax

/// Tagging with a word memo shared by the sentences of a document gives exactly the tags of
/// tagging each sentence from scratch.
@Suite struct TaggerMemoTests {
    static let tagger: Tagger? = try? SyntaxAnnotator.bundled().tagger

    private static let sentences = [
        "Tehran is dispatching Quds Force commander Esmail Qaani to Baghdad this week.",
        "Qaani met senior militia leaders in Baghdad on Tuesday, and the leaders met him again.",
        "The militia leaders said the meeting in Baghdad was \u{201C}productive\u{201D}; caf\u{E9} and cafe\u{301} differ.",
        "Rubio called Iraqi Prime Minister Mohammed Shia al-Sudani on 12 May 2025.",
    ]

    private func tokens(_ text: String) -> [Token] {
        Tokenizer().tokenize(text, in: 0..<text.utf8.count)
    }

    @Test func memoTagsEqualTagsFromScratch() throws {
        guard let tagger = Self.tagger else {
            print("note: bundled tagger not available, skipping")
            return
        }
        var memo = TaggerWordMemo()
        for text in Self.sentences + Self.sentences {
            let words = tokens(text)
            let atoms = words.map { WordAtoms($0.text, clusters: tagger.clusters) }
            let expected = tagger.predict(atoms: atoms)
            let tagged = tagger.tag(words, memo: &memo)
            #expect(tagged.map(\.xpos) == expected.map { tagger.xposOfClass[$0] }, "\(text)")
            #expect(tagged.map(\.lemma) == tagger.tag(words).map(\.lemma))
        }
        // Words repeat across and within the sentences, so the memo holds fewer rows than tokens.
        let tokenCount = Self.sentences.map { tokens($0).count }.reduce(0, +)
        #expect(memo.wordCount < tokenCount)
    }

    @Test func wordAndContextFeaturesAreTheFeaturesOfExtract() {
        let clustered = WordAtoms(normal: 5, lower: "a", suffixes: (1, 2, 3, 4), prefixes: (5, 6, 7), shape: 8, fine: 0x10001, coarse: 0x20001)
        let plain = WordAtoms(normal: 9, lower: "b", suffixes: (9, 10, 11, 12), prefixes: (13, 14, 15), shape: 16)
        // Every mix of words with and without clusters, at the edges and in the middle.
        let sentences: [[WordAtoms]] = [[plain], [clustered], [plain, plain, plain], [plain, clustered, plain], [clustered, plain, clustered, plain]]
        var whole: [UInt64] = []
        var own: [UInt64] = []
        var context: [UInt64] = []
        for atoms in sentences {
            let ambiguity = atoms.indices.map { UInt64($0 + 40) }
            let left = atoms.indices.map { $0 % 3 }
            for right in [nil, atoms.indices.map { ($0 + 1) % 4 }] {
                for index in atoms.indices {
                    TaggerFeatures.extract(at: index, atoms: atoms, ambiguity: ambiguity, left: left, right: right, into: &whole)
                    TaggerFeatures.extractWord(atoms[index], ambiguity: ambiguity[index], into: &own)
                    TaggerFeatures.extractContext(at: index, atoms: atoms, ambiguity: ambiguity, left: left, right: right, into: &context)
                    #expect((own + context).sorted() == whole.sorted())
                }
            }
        }
    }
}
