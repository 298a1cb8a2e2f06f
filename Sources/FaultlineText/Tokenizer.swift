import FaultlineCore

/// Splits a sentence into words and punctuation the way the UD English Web Treebank (and Penn
/// Treebank) does, keeping each token's UTF-8 byte range in the text.
///
/// - clitics split off: "John's" → "John" "'s", "can't" → "ca" "n't", "won't" → "wo" "n't",
///   "I'm" → "I" "'m", and the apostrophe-less forms EWT splits ("dont", "cannot", "gonna");
/// - punctuation split off, runs kept together ("...", "!!", "--", ":)");
/// - hyphens split between words ("al - Sudani", "Iran - backed") except after prefixes
///   ("non-stop", "e-mail", "anti-American") and in phone numbers;
/// - kept whole: URLs, email addresses, numbers with decimals and separators ("1,000.50",
///   "5:30", "9/11"), abbreviations with their period ("U.S.", "Gen."), ordinals ("21st"),
///   names with inner apostrophes ("O'Brien");
/// - numbers split from units and currency: "5km" → "5" "km", "$100" → "$" "100".
///
/// ```swift
/// let text = "Iran-backed militias can't win."
/// let tokens = Tokenizer().tokenize(text, in: 0..<text.utf8.count)
/// // Iran, -, backed, militias, ca, n't, win, .
/// ```
public struct Tokenizer: Sendable {
    /// A tokenizer with the built-in English conventions.
    public init() {}

    /// The tokens of the UTF-8 byte `range` of `text`, with ranges into the whole text.
    public func tokenize(_ text: String, in range: Range<Int>) -> [Token] {
        var text = text
        return text.withUTF8 { tokenize(bytes: $0, in: range) }
    }

    /// The tokens of `range` in the UTF-8 `bytes`, with ranges into `bytes`.
    public func tokenize(bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Token] {
        var scanner = TokenScanner(bytes: bytes)
        scanner.scan(range)
        var tokens: [Token] = []
        tokens.reserveCapacity(scanner.ranges.count)
        for (index, tokenRange) in scanner.ranges.enumerated() {
            let end = tokenRange.upperBound
            let spaceAfter: Bool
            if index + 1 < scanner.ranges.count, scanner.ranges[index + 1].lowerBound == end {
                spaceAfter = false
            } else {
                spaceAfter = end >= bytes.count || UTF8Text.isSpace(UTF8Text.scalar(bytes, at: end).value)
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokenRange]), as: UTF8.self)
            tokens.append(Token(range: tokenRange, text: text, spaceAfter: spaceAfter))
        }
        return tokens
    }
}
