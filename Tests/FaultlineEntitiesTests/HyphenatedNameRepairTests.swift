import FaultlineCore
import FaultlineEntities
import Testing

@Suite struct HyphenatedNameRepairTests {
    private func tags(_ words: [String]) -> [String] {
        words.map { $0 == "-" ? "HYPH" : $0.first?.isUppercase == true ? "NNP" : "NN" }
    }

    @Test func aSpanStartingAtTheHyphenTakesTheWholeWordAndTheGivenName() {
        let words = ["the", "Bashar", "al", "-", "Assad", "regime"]
        let mended = HyphenatedNameRepair.repair([NamedSpan(start: 3, end: 5, type: .organization)], words: words, tags: tags(words))
        #expect(mended == [NamedSpan(start: 1, end: 5, type: .organization)])
    }

    @Test func aPersonGoesOnThroughAParticleWord() {
        let words = ["Minister", "Mohammed", "Shia", "al", "-", "Sudani", "said"]
        let mended = HyphenatedNameRepair.repair([NamedSpan(start: 1, end: 3, type: .person)], words: words, tags: tags(words))
        #expect(mended == [NamedSpan(start: 1, end: 6, type: .person)])
    }

    @Test func aNameInsideACompoundStaysItsOwnSpan() {
        let words = ["Iran", "-", "backed", "militias"]
        let span = NamedSpan(start: 0, end: 1, type: .gpe)
        #expect(HyphenatedNameRepair.repair([span], words: words, tags: tags(words)) == [span])
    }

    @Test func onlyPersonsRunOnAndClaimedWordsAreNeverTaken() {
        let words = ["Baghdad", "al", "-", "Jadida", "Reuters"]
        let place = NamedSpan(start: 0, end: 1, type: .gpe)
        #expect(HyphenatedNameRepair.repair([place], words: words, tags: tags(words)) == [place])
        // A person before a particle word that another span already holds keeps its bounds.
        let person = NamedSpan(start: 0, end: 1, type: .person)
        let other = NamedSpan(start: 1, end: 4, type: .organization)
        #expect(HyphenatedNameRepair.repair([person, other], words: words, tags: tags(words)) == [person, other])
    }

    @Test func withoutTagsNothingChanges() {
        let words = ["al", "-", "Assad"]
        let span = NamedSpan(start: 1, end: 3, type: .person)
        #expect(HyphenatedNameRepair.repair([span], words: words, tags: []) == [span])
    }
}
