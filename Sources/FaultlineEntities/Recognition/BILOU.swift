import FaultlineCore

/// A typed span of tokens: tokens `start..<end` of a sentence name one entity of `type`.
public struct NamedSpan: Sendable, Hashable {
    /// The first token.
    public var start: Int
    /// One past the last token.
    public var end: Int
    /// The OntoNotes type.
    public var type: EntityType

    /// A span from its bounds and type.
    public init(start: Int, end: Int, type: EntityType) {
        self.start = start
        self.end = end
        self.type = type
    }
}

/// The BILOU tag set over the 18 OntoNotes types (Begin, Inside, Last, Unit, Outside) and the
/// constraints a well-formed tag sequence obeys.
///
/// Tag 0 is `O`; the tag of prefix `p` (B=0, I=1, L=2, U=3) and type number `t` is `1 + 4t + p`.
/// Inside a span (after B or I of a type) only I or L of the same type may follow; outside,
/// only O, B or U; a sentence may not end inside a span.
public enum BILOU {
    /// The four span prefixes.
    public enum Prefix: Int, Sendable, CaseIterable {
        case begin = 0, inside, last, unit
    }

    /// The entity types in tag order.
    public static let types: [EntityType] = EntityType.allCases
    /// The number of tags: O plus four per type.
    public static let tagCount = 1 + 4 * types.count
    /// Tag names, e.g. "O", "B-PERSON", "U-GPE".
    public static let labels: [String] = ["O"] + types.flatMap { type in
        ["B", "I", "L", "U"].map { "\($0)-\(type.rawValue)" }
    }
    private static let typeNumber: [EntityType: Int] = Dictionary(
        uniqueKeysWithValues: types.enumerated().map { ($1, $0) })

    /// The tag for a prefix and type.
    @inline(__always)
    public static func tag(_ prefix: Prefix, _ type: EntityType) -> Int {
        1 + 4 * typeNumber[type]! + prefix.rawValue
    }

    /// The type number of a tag (its index in ``types``), or -1 for O.
    @inline(__always)
    public static func typeNumber(ofTag tag: Int) -> Int { tag == 0 ? -1 : (tag - 1) >> 2 }

    /// The prefix of a tag, or `nil` for O.
    @inline(__always)
    public static func prefix(ofTag tag: Int) -> Prefix? { tag == 0 ? nil : Prefix(rawValue: (tag - 1) & 3) }

    /// Whether `tag` leaves a span open (B or I), so that the next tag must continue it.
    @inline(__always)
    public static func opensSpan(_ tag: Int) -> Bool {
        tag != 0 && (tag - 1) & 3 < 2
    }

    /// Whether `tag` may follow `previous` (-1 at the start of a sentence); `isLast` says it is
    /// the last token, where no span may stay open.
    @inline(__always)
    public static func allowed(previous: Int, tag: Int, isLast: Bool) -> Bool {
        if previous > 0, opensSpan(previous) {
            // Inside a span: only I or L of the same type.
            guard tag != 0, typeNumber(ofTag: tag) == typeNumber(ofTag: previous) else { return false }
            let prefix = (tag - 1) & 3
            return isLast ? prefix == 2 : (prefix == 1 || prefix == 2)
        }
        if tag == 0 { return true }
        let prefix = (tag - 1) & 3
        return isLast ? prefix == 3 : (prefix == 0 || prefix == 3)
    }

    /// The tag sequence that encodes `spans` over `count` tokens (spans must not overlap).
    public static func tags(for spans: [NamedSpan], count: Int) -> [Int] {
        var tags = [Int](repeating: 0, count: count)
        for span in spans where span.start < span.end && span.end <= count {
            if span.end - span.start == 1 {
                tags[span.start] = tag(.unit, span.type)
                continue
            }
            tags[span.start] = tag(.begin, span.type)
            for index in (span.start + 1)..<(span.end - 1) { tags[index] = tag(.inside, span.type) }
            tags[span.end - 1] = tag(.last, span.type)
        }
        return tags
    }

    /// The spans a tag sequence encodes. Ill-formed sequences are read leniently: a span ends
    /// where its type changes or an O follows.
    public static func spans(in tags: [Int]) -> [NamedSpan] {
        var spans: [NamedSpan] = []
        var start = -1
        var type = -1
        func close(at end: Int) {
            if start >= 0 { spans.append(NamedSpan(start: start, end: end, type: types[type])) }
            start = -1
            type = -1
        }
        for (index, tag) in tags.enumerated() {
            guard tag > 0 else { close(at: index); continue }
            let tagType = typeNumber(ofTag: tag)
            let prefix = (tag - 1) & 3
            if prefix == 0 || prefix == 3 || tagType != type { close(at: index) }
            if start < 0 { start = index; type = tagType }
            if prefix >= 2 { close(at: index + 1) }
        }
        close(at: tags.count)
        return spans
    }
}
