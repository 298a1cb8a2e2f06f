/// Rebuilds running text from the tokens of a pre-tokenized corpus, so that the chain reads what
/// a report would have said: "the EU ’ s chief" is "the EU’s chief", "3 . 5 million" is "3.5
/// million", "rebel - held" is "rebel-held", "( APML )" is "(APML)".
///
/// ```swift
/// var text = Detokenizer()
/// for token in ["Mr", ".", "Sisi", "'s", "office"] { text.append(token) }
/// text.text  // "Mr. Sisi's office"
/// ```
struct Detokenizer {
    /// The text so far.
    private(set) var text = ""
    private var previous: [String] = []

    /// Appends a token and returns its UTF-8 byte range in ``text``.
    @discardableResult
    mutating func append(_ token: String) -> Range<Int> {
        if !text.isEmpty, spaced(before: token) { text += " " }
        let start = text.utf8.count
        text += token
        previous.append(token)
        return start..<text.utf8.count
    }

    private func spaced(before token: String) -> Bool {
        guard let last = previous.last else { return false }
        if Self.closing.contains(token) || Self.clitics.contains(token.lowercased()) { return false }
        if Self.opening.contains(last) || token == "-" || last == "-" { return false }
        // "EU ’ s": the possessive split from its apostrophe.
        if token.lowercased() == "s", last == "’" || last == "'" { return false }
        if token == "’" || token == "'", let first = last.unicodeScalars.first, first.properties.isAlphabetic { return false }
        // "3 . 5": a decimal point split from its digits.
        if previous.count >= 2, last == "." || last == ",", Self.isNumber(previous[previous.count - 2]), Self.isNumber(token) {
            return false
        }
        return true
    }

    private static func isNumber(_ token: String) -> Bool {
        !token.isEmpty && token.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    private static let closing: Set<String> = [",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "''", "”"]
    private static let opening: Set<String> = ["(", "[", "{", "$", "€", "£", "``", "“"]
    private static let clitics: Set<String> = ["'s", "’s", "n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"]
}
