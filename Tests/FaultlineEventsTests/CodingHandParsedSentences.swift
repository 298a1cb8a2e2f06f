import FaultlineCore
@testable import FaultlineEvents

/// A phrase coder that codes a phrase when it contains one of the given words.
struct FixedPhrases: PhraseCoding {
    var codes: [String: String]

    /// Codes are "CTY" or "CTY/SECTOR"; "/GOV" is a sector without a country.
    func code(phrase: String, date: CivilDate?) -> CodedActor? {
        for (word, code) in codes where phrase.contains(word) {
            let parts = code.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            let country = parts[0].isEmpty ? nil : parts[0]
            return CodedActor(name: phrase, code: ActorCode(country: country, sector: parts.count > 1 ? parts[1] : nil))
        }
        return nil
    }
}

extension EventAnnotator {
    /// The events coded in a document made of hand-parsed sentences; with `phrases`, a phrase
    /// that contains one of its words is coded with that word's "CTY" or "CTY/SECTOR".
    func events(in sentences: [TestSentence], phrases: [String: String] = [:]) throws -> [CodedEvent] {
        var document = TestDocument.build(sentences)
        try with(phraseCoder: phrases.isEmpty ? nil : FixedPhrases(codes: phrases)).annotate(&document)
        return document.events
    }
}
