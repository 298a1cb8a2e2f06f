/// A phrase cut into normalised tokens, remembering which were capitalised in the text.
struct PhraseTokens {
    var keys: [String] = []
    var capitalized: [Bool] = []

    init(_ text: some StringProtocol) {
        for piece in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let upper = piece.first.map { $0.isUppercase } ?? false
            for key in NameKey.tokens(piece) {
                keys.append(key)
                capitalized.append(upper)
            }
        }
    }

    var count: Int { keys.count }
}
