import Testing
@testable import FaultlineIngest

/// The byte-level shortcuts of plain-text reading answer as the character-level code they replace.
@Suite struct PlainTextLinesTests {
    static let texts = [
        "", "\n", "\n\n", "one", "one\ntwo", "one\n\ntwo\n", "crlf\r\nstays\r\none", "lone\rcr\nand lf",
        "\r\n\n\r", "caf\u{E9}\nna\u{308}ive\n\u{301}mark", "tab\there\n  two  spaces ", "\u{FEFF}bom\n\u{A0}nbsp",
    ]

    @Test func linesAreTheCharacterSplit() {
        for text in Self.texts {
            #expect(PlainTextExtractor.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
        }
    }

    @Test func spaceRunsAreCollapsedAsBefore() {
        for line in ["a  b", "a\tb", "a b", "a \u{301} b", "x\u{301}  y", "plain"] {
            let expected = line.contains("  ") || line.contains("\t")
                ? line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") : line
            #expect(PlainTextExtractor.collapseSpaces(line) == expected, "\(line.debugDescription)")
        }
    }
}
