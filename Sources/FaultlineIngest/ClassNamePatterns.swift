/// What an element's class and id say about it: chrome (comments, sharing, cookie banners,
/// related links, ads), likely content, or nothing.
enum ClassNamePatterns {
    /// Substrings of class or id that mark a block as chrome outright.
    static let chrome: [String] = [
        "comment", "share", "sharing", "social", "related", "recommend", "cookie", "consent", "gdpr",
        "newsletter", "subscri", "advert", "sponsor", "promo", "outbrain", "taboola", "sidebar",
        "breadcrumb", "popup", "modal", "masthead", "navbar", "menu", "footer", "signup", "paywall-prompt",
        "most-popular", "mostpopular", "most-read", "trending", "read-more", "readmore", "more-stories",
        "skip-link", "skiplink", "toolbar", "disqus", "banner", "widget", "newsroll", "tag-list", "taglist",
        "author-bio", "authorbio", "byline", "caption", "credit", "dateline", "timestamp", "pagination", "pager",
        "rollover", "tooltip", "popover", "hovercard", "print-only", "screen-reader", "sr-only", "visually-hidden", "visuallyhidden", "offscreen",
    ]

    /// Substrings of class or id that suggest the article body.
    static let content: [String] = [
        "article", "content", "body", "story", "entry", "post", "main", "text", "blog", "prose",
    ]

    /// Substrings that suggest chrome but only weigh against a block in scoring.
    static let unlikely: [String] = [
        "header", "nav", "meta", "info", "tags", "links", "list", "teaser", "card", "aside", "extra",
        "hidden", "rail", "ads", "sponsored", "community", "follow",
    ]

    /// Substrings of class or id that name the article body itself.
    static let strongContent: [String] = [
        "articlebody", "article-body", "article__body", "article_body", "story-body", "storybody", "entry-content",
        "post-content", "post-body", "article-content", "article__content", "story-content", "main-content",
        "body-text", "article-text", "articletext", "story-text", "content-body", "postbody", "news-body",
    ]

    /// What a class and id string says, as bits.
    struct Hints: OptionSet, Sendable {
        let rawValue: UInt8
        static let chrome = Hints(rawValue: 1)
        static let content = Hints(rawValue: 2)
        static let unlikely = Hints(rawValue: 4)
        static let strongContent = Hints(rawValue: 8)
        static let embed = Hints(rawValue: 16)
    }

    /// Substrings of class or id that mark an embedded post quoted in the story.
    static let embeds: [String] = ["tweet", "instagram-media", "tiktok-embed", "social-embed", "social-media-embed", "embed-social"]

    /// All four lists in one set, so that one scan of a class string finds every hint.
    static let all = PatternSet([
        (chrome, Hints.chrome.rawValue), (content, Hints.content.rawValue),
        (unlikely, Hints.unlikely.rawValue), (strongContent, Hints.strongContent.rawValue),
        (embeds, Hints.embed.rawValue),
    ])

    /// The hints in a lowercased class and id string.
    static func hints(_ text: [UInt8]) -> Hints { Hints(rawValue: all.matchedBits(in: text)) }

    /// Class and id of a node, lowercased, separated by a space.
    static func classAndID(_ node: XMLNodes.Node, into buffer: inout [UInt8]) {
        buffer.removeAll(keepingCapacity: true)
        for name in [XMLNodes.attributeContent(node, "class"), XMLNodes.attributeContent(node, "id")] {
            guard let value = name else { continue }
            var i = 0
            while value[i] != 0 {
                let byte = value[i]
                buffer.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
                i += 1
            }
            buffer.append(0x20)
        }
    }

}

/// Byte patterns with category bits, grouped by first byte in one flat buffer so that one scan
/// of a short text checks them all without touching nested arrays.
struct PatternSet: Sendable {
    /// All pattern bytes, back to back, ordered by first byte.
    private let storage: [UInt8]
    /// Per pattern: start in `storage`, length, bits.
    private let starts: [Int]
    private let lengths: [Int]
    private let bits: [UInt8]
    /// Patterns with first byte b are `groupStart[b]..<groupStart[b + 1]`.
    private let groupStart: [Int]

    init(_ groups: [([String], UInt8)]) {
        var all = [(bytes: [UInt8], bits: UInt8)]()
        for (patterns, bits) in groups {
            for pattern in patterns where !pattern.isEmpty { all.append((Array(pattern.utf8), bits)) }
        }
        all.sort { $0.bytes[0] < $1.bytes[0] }
        var storage = [UInt8](), starts = [Int](), lengths = [Int](), bits = [UInt8]()
        var groupStart = [Int](repeating: all.count, count: 257)
        for (index, pattern) in all.enumerated().reversed() { groupStart[Int(pattern.bytes[0])] = index }
        for b in stride(from: 255, through: 0, by: -1) where groupStart[b] == all.count { groupStart[b] = groupStart[b + 1] }
        for pattern in all {
            starts.append(storage.count)
            lengths.append(pattern.bytes.count)
            bits.append(pattern.bits)
            storage += pattern.bytes
        }
        (self.storage, self.starts, self.lengths, self.bits, self.groupStart) = (storage, starts, lengths, bits, groupStart)
    }

    /// The union of the bits of all patterns that occur in `text`.
    func matchedBits(in text: [UInt8]) -> UInt8 {
        var found: UInt8 = 0
        text.withUnsafeBufferPointer { hay in
            storage.withUnsafeBufferPointer { store in
                starts.withUnsafeBufferPointer { starts in
                    lengths.withUnsafeBufferPointer { lengths in
                        bits.withUnsafeBufferPointer { bits in
                            groupStart.withUnsafeBufferPointer { groups in
                                for i in 0..<hay.count {
                                    let first = Int(hay[i])
                                    var p = groups[first]
                                    let end = groups[first + 1]
                                    while p < end {
                                        let length = lengths[p]
                                        if found & bits[p] != bits[p] && length <= hay.count - i {
                                            let start = starts[p]
                                            var j = 1
                                            while j < length && hay[i + j] == store[start + j] { j += 1 }
                                            if j == length { found |= bits[p] }
                                        }
                                        p += 1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return found
    }
}
