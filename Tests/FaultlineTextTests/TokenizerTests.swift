import FaultlineCore
import FaultlineText
import Testing

/// The token texts of the whole of `text`.
func tokens(_ text: String) -> [String] {
    Tokenizer().tokenize(text, in: 0..<text.utf8.count).map(\.text)
}

@Suite("Tokenizer")
struct TokenizerTests {
    @Test("clitics split as in EWT")
    func clitics() {
        #expect(tokens("They can't, won't and don't; it's Salem's.") == [
            "They", "ca", "n't", ",", "wo", "n't", "and", "do", "n't", ";", "it", "'s", "Salem", "'s", ".",
        ])
        #expect(tokens("I'm sure we'll see they've gone, he'd say.") == [
            "I", "'m", "sure", "we", "'ll", "see", "they", "'ve", "gone", ",", "he", "'d", "say", ".",
        ])
        #expect(tokens("Iran’s envoy cannot stay") == ["Iran", "’s", "envoy", "can", "not", "stay"])
        #expect(tokens("O'Brien met the envoy") == ["O'Brien", "met", "the", "envoy"])
    }

    @Test("hyphens: split between words, kept after prefixes and in phone numbers")
    func hyphens() {
        #expect(tokens("Iran-backed militias and al-Amiri's non-stop e-mail") == [
            "Iran", "-", "backed", "militias", "and", "al", "-", "Amiri", "'s", "non-stop", "e-mail",
        ])
        #expect(tokens("Call 713-555-0100 -- now") == ["Call", "713-555-0100", "--", "now"])
    }

    @Test("URLs and email addresses stay whole")
    func links() {
        #expect(tokens("See https://www.example.org/new-site/a_b.html. Write to jane.doe@example.com!") == [
            "See", "https://www.example.org/new-site/a_b.html", ".", "Write", "to", "jane.doe@example.com", "!",
        ])
        #expect(tokens("(www.example.org)") == ["(", "www.example.org", ")"])
        #expect(tokens("@StateDept wrote #IraqVotes, #3") == ["@StateDept", "wrote", "#IraqVotes", ",", "#", "3"])
    }

    @Test("numbers, currency, units and ordinals")
    func numbers() {
        #expect(tokens("$1,000.50 and 5km at 10am on the 21st, 9/11 and 3.5%") == [
            "$", "1,000.50", "and", "5", "km", "at", "10", "am", "on", "the", "21st", ",", "9/11", "and", "3.5", "%",
        ])
        #expect(tokens("On 11/28/2000 at 5:30") == ["On", "11/28/2000", "at", "5:30"])
    }

    @Test("abbreviations keep their period, except at the end of the sentence")
    func abbreviations() {
        #expect(tokens("Gen. Salem of the U.S. Army, e.g. here") == [
            "Gen.", "Salem", "of", "the", "U.S.", "Army", ",", "e.g.", "here",
        ])
        #expect(tokens("She moved to the U.S.") == ["She", "moved", "to", "the", "U.S", "."])
        #expect(tokens("Wait... what?! Really!!") == ["Wait", "...", "what", "?!", "Really", "!!"])
    }

    @Test("a full stop that lost its space is split off")
    func missingSpace() {
        #expect(tokens("the north.In a statement") == ["the", "north", ".", "In", "a", "statement"])
    }

    @Test("dashes and quotes are tokens of their own")
    func dashesAndQuotes() {
        #expect(tokens("the Framework—dominated by \"hardliners\"") == [
            "the", "Framework", "—", "dominated", "by", "\"", "hardliners", "\"",
        ])
    }

    @Test("every token's range spells its text; spaceAfter follows the text")
    func offsets() {
        let text = "  «Qaani’s visit», said al-Amiri (in Baghdad), cost $5m—or more. "
        let bytes = Array(text.utf8)
        let start = 2
        let result = Tokenizer().tokenize(text, in: start..<bytes.count)
        #expect(!result.isEmpty)
        var previousEnd = start
        for token in result {
            #expect(String(decoding: bytes[token.range], as: UTF8.self) == token.text)
            #expect(token.range.lowerBound >= previousEnd)
            previousEnd = token.range.upperBound
            let followedBySpace = token.range.upperBound == bytes.count || bytes[token.range.upperBound] == 0x20
            #expect(token.spaceAfter == followedBySpace, "\(token.text)")
        }
        #expect(result.map(\.text).contains("$"))
        #expect(result.map(\.text).contains("m"))
    }
}
