import Testing
@testable import FaultlineActors

/// The byte shortcut for "starts with a capital" answers as `Character.isUppercase` does.
@Suite struct UppercaseStartTests {
    @Test func startsUppercaseAgreesWithCharacters() {
        let words = [
            "Baghdad", "baghdad", "IRGC", "iPhone", "'s", "1990s", "", "A", "z", "Ésmail", "éclair", "Ω", "ω",
            "A\u{301}bc", "a\u{301}bc", "\r\nX", "Zürich", "-Qaani", "Über", "über",
        ]
        for word in words {
            #expect(KnownNameFinder.startsUppercase(word) == (word.first?.isUppercase == true), "\(word)")
        }
    }
}
