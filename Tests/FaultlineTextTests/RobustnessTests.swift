import FaultlineCore
import FaultlineText
import Testing

/// A small deterministic generator (xorshift), so the random texts are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}

@Suite("Robustness")
struct RobustnessTests {
    /// Pieces that exercise every rule: abbreviations, marks, quotes, dashes, links, lists, bytes
    /// of several lengths, line breaks.
    static let pieces = [
        "Gen.", "U.S.", "a", "word", "The", "I", "1.", "2)", "a.", "...", ". . .", "?", "!", "\"", "'",
        "’s", "n't", "—", "-", "--", "(", ")", "http://x.org/a.", "x@y.com", "3.5", "1,000", "$", "é",
        "Ω", "😀", "\n", "\n\n", " ", "  ", "•", ":)", "St.", "No.", "Jan.", "e.g.", "5km", "al-", "co",
        "\r\n", "\t", "\u{00A0}", "9/11", ".In", "A.", "J.", "R.",
    ]

    @Test("random texts: sentences and tokens stay in order, in bounds and spell their text")
    func randomTexts() {
        var generator = SeededGenerator(state: 0x9E37_79B9_7F4A_7C15)
        let splitter = SentenceSplitter()
        let tokenizer = Tokenizer()
        for _ in 0..<300 {
            let count = Int.random(in: 0..<40, using: &generator)
            var text = ""
            for _ in 0..<count {
                text += Self.pieces.randomElement(using: &generator)!
                if Bool.random(using: &generator) { text += " " }
            }
            let bytes = Array(text.utf8)
            var previousEnd = 0
            for range in splitter.split(text) {
                #expect(range.lowerBound >= previousEnd && range.upperBound <= bytes.count && !range.isEmpty)
                previousEnd = range.upperBound
                var tokenEnd = range.lowerBound
                for token in tokenizer.tokenize(text, in: range) {
                    #expect(token.range.lowerBound >= tokenEnd && token.range.upperBound <= range.upperBound)
                    #expect(!token.range.isEmpty)
                    #expect(String(decoding: bytes[token.range], as: UTF8.self) == token.text)
                    tokenEnd = token.range.upperBound
                }
            }
        }
    }

    @Test("long tables and runs of marks are handled in one pass")
    func longInputs() {
        let table = (1...3000).map { "\($0). Item" }.joined(separator: " ")
        #expect(!SentenceSplitter().split(table).isEmpty)
        let marks = String(repeating: ". ", count: 5000) + String(repeating: "!", count: 5000)
        #expect(!Tokenizer().tokenize(marks, in: 0..<marks.utf8.count).isEmpty)
    }
}
