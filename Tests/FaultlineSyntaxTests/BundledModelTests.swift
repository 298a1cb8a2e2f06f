import FaultlineCore
import FaultlineSyntax
import FaultlineText
import Testing

/// Parses of sentences written for these tests with the bundled models; the clauses come from
/// the founding article ("dispatching ... Qaani to Baghdad", "Qaani met senior militia leaders",
/// "Rubio called Iraqi Prime Minister Mohammed Shia al-Sudani").
@Suite struct BundledModelTests {
    static let annotator: SyntaxAnnotator? = {
        do { return try SyntaxAnnotator.bundled() } catch {
            print("note: bundled syntax models not available, skipping (\(error))")
            return nil
        }
    }()

    /// The tokens of `text`, tagged and parsed.
    private func analyse(_ text: String) -> [Token]? {
        guard let annotator = Self.annotator else { return nil }
        let tokens = Tokenizer().tokenize(text, in: 0..<text.utf8.count)
        return annotator.parse(annotator.tag(tokens))
    }

    private func index(_ word: String, in tokens: [Token]) -> Int {
        tokens.firstIndex { $0.text == word } ?? -99
    }

    /// Whether `word`'s chain of heads reaches `ancestor`.
    private func isUnder(_ word: Int, _ ancestor: Int, in tokens: [Token]) -> Bool {
        var current = word
        for _ in tokens.indices {
            if current == ancestor { return true }
            guard current >= 0 else { return false }
            current = tokens[current].head
        }
        return false
    }

    @Test func dispatchingQaaniToBaghdad() throws {
        guard let tokens = analyse("Tehran is dispatching Quds Force commander Brig. Gen. Esmail Qaani to Baghdad this week.")
        else { return }
        let verb = index("dispatching", in: tokens)
        let qaani = index("Qaani", in: tokens)
        let baghdad = index("Baghdad", in: tokens)
        #expect(tokens[verb].head == -1 && tokens[verb].upos == "VERB" && tokens[verb].lemma == "dispatch")
        #expect(tokens[index("to", in: tokens)].head == baghdad)
        // Below the bar today: the greedy parser takes "commander" as the object and hangs
        // "Esmail Qaani to Baghdad" off it. Kept as a known issue so the test reports the fix.
        withKnownIssue("greedy parser breaks the title + name chain (dev UAS 85)") {
            #expect(tokens[qaani].head == verb)
            #expect(tokens[qaani].deprel == "obj")
            #expect(tokens[baghdad].head == verb)
            #expect(tokens[baghdad].deprel == "obl")
            #expect(tokens[index("commander", in: tokens)].head == qaani)
        }
    }

    @Test func qaaniMetSeniorMilitiaLeaders() throws {
        guard let tokens = analyse("Qaani met senior militia leaders in Baghdad on Tuesday.") else { return }
        let verb = index("met", in: tokens)
        #expect(tokens[verb].head == -1 && tokens[verb].deprel == "root")
        #expect(tokens[verb].lemma == "meet")
        #expect(tokens[index("Qaani", in: tokens)].head == verb)
        #expect(tokens[index("Qaani", in: tokens)].deprel == "nsubj")
        let leaders = index("leaders", in: tokens)
        #expect(tokens[leaders].head == verb && tokens[leaders].deprel == "obj")
        #expect(tokens[index("senior", in: tokens)].head == leaders)
        #expect(tokens[index("militia", in: tokens)].head == leaders)
    }

    @Test func rubioCalledPrimeMinisterAlSudani() throws {
        guard let tokens = analyse("US Secretary of State Marco Rubio called Iraqi Prime Minister Mohammed Shia al-Sudani on Monday.")
        else { return }
        let verb = index("called", in: tokens)
        #expect(tokens[verb].head == -1 && tokens[verb].xpos == "VBD")
        #expect(tokens[index("Rubio", in: tokens)].upos == "PROPN")
        // Below the bar today: the long title + name phrases on both sides of the verb are split
        // up by the greedy parser. Kept as a known issue so the test reports the fix.
        withKnownIssue("greedy parser splits long title + name phrases (dev UAS 85)") {
            #expect(tokens[index("Rubio", in: tokens)].head == verb || tokens[index("Secretary", in: tokens)].head == verb)
            // The whole name with its title is one object phrase of "called".
            let span = index("Iraqi", in: tokens)...index("Sudani", in: tokens)
            let objects = span.filter { tokens[$0].head == verb }
            #expect(objects.count == 1)
            if let object = objects.first {
                #expect(tokens[object].deprel == "obj")
                #expect(span.allSatisfy { isUnder($0, object, in: tokens) })
            }
            #expect(tokens[index("Monday", in: tokens)].head == verb)
        }
    }

    @Test func annotatorFillsEverySentence() throws {
        guard let annotator = Self.annotator else { return }
        let text = "Iraq's prime minister spoke. He left."
        var document = AnalyzedDocument(text: text)
        let splitAt = text.utf8.count - " He left.".utf8.count
        document.sentences = [
            Sentence(range: 0..<splitAt, text: "Iraq's prime minister spoke.", tokens: Tokenizer().tokenize(text, in: 0..<splitAt)),
            Sentence(range: (splitAt + 1)..<text.utf8.count, text: "He left.",
                     tokens: Tokenizer().tokenize(text, in: (splitAt + 1)..<text.utf8.count)),
        ]
        try annotator.annotate(&document)
        for sentence in document.sentences {
            #expect(sentence.tokens.allSatisfy { !$0.upos.isEmpty && !$0.xpos.isEmpty && !$0.lemma.isEmpty && !$0.deprel.isEmpty })
            #expect(sentence.tokens.filter { $0.head == -1 }.count >= 1)
        }
        #expect(document.sentences[1].tokens.map(\.upos) == ["PRON", "VERB", "PUNCT"])
    }
}
