import FaultlineCore

/// Finds time expressions in English text and normalises them TimeML-style (TIMEX3 type and value).
///
/// Rule-based, written for this project from the TimeML 1.2.1 guidelines: absolute dates
/// ("Nov. 11, 2025", "the 1990s"), dates relative to the report ("this week", "last June",
/// "yesterday"), durations ("two decades"), clock times ("8 a.m.") and sets ("every week").
/// Months and weekdays without a year resolve to the past or the future by the tense of their
/// clause. Extents follow TimeBank: determiners and modifiers are included ("the past two
/// months", "a year ago", "early next year"), prepositions are not.
///
/// ```swift
/// let tagger = TimeExpressionTagger()
/// let found = tagger.find(in: "Talks resume this week.", documentDate: CivilDate(iso: "2025-10-30"))
/// found[0].value   // "2025-W44"
/// ```
public struct TimeExpressionTagger: Sendable {
    /// A tagger; it holds no state.
    public init() {}

    /// The time expressions in `text`, in order, with UTF-8 byte ranges into `text`.
    ///
    /// Relative expressions resolve against `documentDate`; without one their values keep
    /// unknown digits as `X` (`XXXX-WXX`).
    public func find(in text: String, documentDate: CivilDate?) -> [TimeExpression] {
        find(inUTF8: Array(text.utf8), documentDate: documentDate)
    }

    /// The time expressions in UTF-8 `bytes`; ranges are offsets into `bytes` plus `base`.
    public func find(inUTF8 bytes: [UInt8], base: Int = 0, documentDate: CivilDate?) -> [TimeExpression] {
        let tokens = TimeTokenizer().tokens(of: bytes, base: 0)
        var scanner = TimeScanner(tokens: tokens, documentDate: documentDate)
        return scanner.scan().map { match in
            let start = tokens[match.start].start
            let end = tokens[match.end - 1].end
            return TimeExpression(
                range: (base + start)..<(base + end),
                text: String(decoding: bytes[start..<end], as: UTF8.self),
                kind: match.kind, value: match.value)
        }
    }
}
