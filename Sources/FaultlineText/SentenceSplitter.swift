/// Splits English news text into sentences.
///
/// Rules on the UTF-8 bytes, with hand-written abbreviation and sentence-starter lists
/// (``Abbreviations``):
/// - a blank line always ends a sentence; a single line break ends one when the line before
///   looks like a heading or dateline, or either line is a list item;
/// - `.`, `?`, `!` and ellipses end a sentence before whitespace, after any closing quotes and
///   brackets (`."`, `?)`), unless the word before is a title or rank ("Brig. Gen."), an initial
///   ("J. R. R. Tolkien"), an abbreviation that the next word does not show to be final
///   ("U.S. Government" but "the U.S. How"), a date or number abbreviation ("Jan. 15", "No. 5"),
///   or the next word continues the sentence in lower case;
/// - enumerations ("1) ... 2) ...", "a. ... b. ...") and bullets start new sentences.
///
/// ```swift
/// let ranges = SentenceSplitter().split("Brig. Gen. Esmail Qaani arrived. He left.")
/// // two UTF-8 byte ranges: "Brig. Gen. Esmail Qaani arrived." and "He left."
/// ```
public struct SentenceSplitter: Sendable {
    /// A splitter with the built-in English rules.
    public init() {}

    /// The sentences of `text` as UTF-8 byte ranges, trimmed of surrounding whitespace.
    public func split(_ text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { split(bytes: $0, in: 0..<$0.count) }
    }

    /// The sentences in `range` of the UTF-8 `bytes`, as trimmed byte ranges into `bytes`.
    public func split(bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        for block in TextBlocks.blocks(bytes, in: range) {
            var scanner = BlockScanner(bytes: bytes, block: block)
            scanner.scan()
            var start = block.lowerBound
            for boundary in scanner.boundaries.sorted() where boundary > start {
                Self.appendTrimmed(bytes, start..<boundary, to: &sentences)
                start = boundary
            }
            Self.appendTrimmed(bytes, start..<block.upperBound, to: &sentences)
        }
        return sentences
    }

    private static func appendTrimmed(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to sentences: inout [Range<Int>]
    ) {
        let trimmed = TextBlocks.trim(bytes, range)
        if !trimmed.isEmpty { sentences.append(trimmed) }
    }
}
