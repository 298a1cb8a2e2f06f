import FaultlineText
import Foundation
import Testing

/// The sentences `SentenceSplitter` finds in `text`, as strings.
func sentences(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return SentenceSplitter().split(text).map { String(decoding: bytes[$0], as: UTF8.self) }
}

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    @Test("titles and ranks do not end sentences")
    func titlesAndRanks() {
        #expect(sentences("Brig. Gen. Ali Karimi flew to Mosul on Monday. He met Gov. Salem and Mr. Haddad there.") == [
            "Brig. Gen. Ali Karimi flew to Mosul on Monday.",
            "He met Gov. Salem and Mr. Haddad there.",
        ])
        #expect(sentences("Lt. Col. Dana Reyes and Sen. Ortiz spoke. Dr. Lee did not.") == [
            "Lt. Col. Dana Reyes and Sen. Ortiz spoke.", "Dr. Lee did not.",
        ])
    }

    @Test("abbreviations end a sentence only before a typical sentence opener")
    func ambiguousAbbreviations() {
        #expect(sentences("Aid reached the U.S. Embassy in Amman on Friday.") == [
            "Aid reached the U.S. Embassy in Amman on Friday."
        ])
        #expect(sentences("The envoy returned to the U.S. He said little.") == [
            "The envoy returned to the U.S.", "He said little.",
        ])
        #expect(sentences("The vote is set for Jan. 15 in Basra. Resolution No. 2334 stands.") == [
            "The vote is set for Jan. 15 in Basra.", "Resolution No. 2334 stands.",
        ])
        #expect(sentences("They sued Acme Holdings Inc. The case is open.") == [
            "They sued Acme Holdings Inc.", "The case is open.",
        ])
    }

    @Test("initials stay inside the sentence")
    func initials() {
        #expect(sentences("The novel by J. R. R. Tolkien sold well. Critics liked it.") == [
            "The novel by J. R. R. Tolkien sold well.", "Critics liked it.",
        ])
    }

    @Test("decimals, ellipses and numbers")
    func decimalsAndEllipses() {
        #expect(sentences("Prices rose 2.5 percent in May. Oil fell to $61.20 a barrel.") == [
            "Prices rose 2.5 percent in May.", "Oil fell to $61.20 a barrel.",
        ])
        #expect(sentences("He paused... Then he spoke again.") == ["He paused...", "Then he spoke again."])
        #expect(sentences("It was slow . . . and costly.") == ["It was slow . . . and costly."])
    }

    @Test("quotes and brackets after the full stop")
    func closingQuotes() {
        #expect(sentences("He said, \"We will not leave.\" Then he left the hall.") == [
            "He said, \"We will not leave.\"", "Then he left the hall.",
        ])
        #expect(sentences("\"Why now?\" she asked the minister.") == ["\"Why now?\" she asked the minister."])
        #expect(sentences("The talks failed. (Both sides blamed each other.) A new round starts soon.") == [
            "The talks failed.", "(Both sides blamed each other.)", "A new round starts soon.",
        ])
    }

    @Test("headlines, datelines and paragraphs")
    func headlinesAndParagraphs() {
        let text = "Militia Leaders Meet in Basra\n\nFriday, June 6, 2025\n\nThe leaders met on Friday. They agreed on little."
        #expect(sentences(text) == [
            "Militia Leaders Meet in Basra", "Friday, June 6, 2025", "The leaders met on Friday.",
            "They agreed on little.",
        ])
        #expect(sentences("Envoy Arrives in Damascus\nThe envoy landed at noon.") == [
            "Envoy Arrives in Damascus", "The envoy landed at noon.",
        ])
        #expect(sentences("Militias agree to truce in Basra after talks\nThe truce holds.") == [
            "Militias agree to truce in Basra after talks", "The truce holds.",
        ])
        #expect(sentences("The talks were led by the\nForeign Minister of Oman.") == [
            "The talks were led by the\nForeign Minister of Oman."
        ])
        // A line wrapped inside a sentence is not a break.
        #expect(sentences("The envoy landed at noon and was\nmet by the foreign minister.") == [
            "The envoy landed at noon and was\nmet by the foreign minister."
        ])
        #expect(sentences("AMMAN, Jordan - The king met the envoy on Sunday.") == [
            "AMMAN, Jordan -", "The king met the envoy on Sunday.",
        ])
    }

    @Test("lists")
    func lists() {
        #expect(sentences("The demands:\n- disarm the militias\n- hold the vote on time") == [
            "The demands:", "- disarm the militias", "- hold the vote on time",
        ])
        #expect(sentences("1) Cut subsidies 2) Raise taxes 3) Hold talks") == [
            "1) Cut subsidies", "2) Raise taxes", "3) Hold talks",
        ])
    }

    @Test("a full stop that lost its space still ends a sentence")
    func missingSpace() {
        #expect(sentences("Fighting resumed in the north.In a statement, the army denied it.") == [
            "Fighting resumed in the north.", "In a statement, the army denied it.",
        ])
        #expect(sentences("Posted via Example.Com and www.example.org today.") == [
            "Posted via Example.Com and www.example.org today."
        ])
    }

    @Test("ranges are trimmed and spell their sentences")
    func rangesAreTrimmed() {
        let text = "  First one.   Second one!\n\n Third one?  "
        let bytes = Array(text.utf8)
        let ranges = SentenceSplitter().split(text)
        #expect(ranges.count == 3)
        for range in ranges {
            let sentence = String(decoding: bytes[range], as: UTF8.self)
            #expect(sentence == sentence.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        #expect(SentenceSplitter().split("").isEmpty)
        #expect(SentenceSplitter().split(" \n\n ").isEmpty)
    }
}
