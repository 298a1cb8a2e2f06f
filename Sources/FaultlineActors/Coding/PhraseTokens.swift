/// A phrase cut into normalised tokens, remembering which were capitalised in the text.
struct PhraseTokens {
    var keys: [String] = []
    var capitalized: [Bool] = []

    init(_ text: some StringProtocol) {
        // Hyphenated parts keep their own case: in "al-Bashir", "Bashir" is capitalised.
        for piece in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "-" }) {
            let upper = piece.first(where: { $0.isLetter }).map { $0.isUppercase } ?? false
            for key in NameKey.tokens(piece) {
                keys.append(key)
                capitalized.append(upper)
            }
        }
    }

    var count: Int { keys.count }
}
