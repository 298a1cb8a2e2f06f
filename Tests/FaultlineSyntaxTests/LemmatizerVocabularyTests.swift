import Testing
@testable import FaultlineSyntax

/// The lemmatizer's vocabulary is built over bytes for ASCII keys; it must be the one the
/// general, character-based path builds.
@Suite struct LemmatizerVocabularyTests {
    /// The general path: every key through `Character`s.
    private func characterVocabulary(_ known: [String: String]) -> Set<String> {
        var words = Set<String>()
        for (key, lemma) in known {
            guard let tab = key.firstIndex(of: "\t") else { continue }
            let wordClass = String(key[key.index(after: tab)...].prefix(2))
            words.insert(wordClass + "\t" + (lemma.isEmpty ? String(key[..<tab]) : WordAtoms.lowercase(lemma)))
        }
        return words
    }

    @Test func byteAndCharacterPathsAgree() {
        let known: [String: String] = [
            "strained\tVBD": "strain", "went\tVBD": "go", "Obama\tNNP": "", "iraqis\tNNPS": "Iraqi",
            "notab": "x", "tail\t": "", "short\tV": "", "café\tNN": "", "naïve\tJJ": "Naïve", "e\u{301}\tNN": "",
            "x\tN\u{301}N": "", "cr\t\r\nNN": "", "line\r\n\tNN": "", "tab\tNN\tX": "Tab", "\tNN": "", "up\tVB": "UP",
            "ÉTAT\tNN": "", "q\tNNS": "Q\u{0130}",
        ]
        #expect(Lemmatizer.vocabulary(of: known) == characterVocabulary(known))
    }
}
