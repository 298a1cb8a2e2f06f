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
