/// What an element's class and id say about it: chrome (comments, sharing, cookie banners,
/// related links, ads), likely content, or nothing.
enum ClassNamePatterns {
    /// Substrings of class or id that mark a block as chrome outright.
    static let chrome = PatternSet([
        "comment", "share", "sharing", "social", "related", "recommend", "cookie", "consent", "gdpr",
        "newsletter", "subscri", "advert", "sponsor", "promo", "outbrain", "taboola", "sidebar",
        "breadcrumb", "popup", "modal", "masthead", "navbar", "menu", "footer", "signup", "paywall-prompt",
        "most-popular", "mostpopular", "most-read", "trending", "read-more", "readmore", "more-stories",
        "skip-link", "skiplink", "toolbar", "disqus", "banner", "widget", "newsroll", "tag-list", "taglist",
        "author-bio", "authorbio", "byline", "caption", "credit", "dateline", "timestamp", "pagination", "pager",
        "print-only", "screen-reader", "sr-only", "visually-hidden", "visuallyhidden", "offscreen",
    ])

    /// Substrings of class or id that suggest the article body.
    static let content = PatternSet([
        "article", "content", "body", "story", "entry", "post", "main", "text", "blog", "prose",
    ])

    /// Substrings that suggest chrome but only weigh against a block in scoring.
    static let unlikely = PatternSet([
        "header", "nav", "meta", "info", "tags", "links", "list", "teaser", "card", "aside", "extra",
        "hidden", "rail", "ads", "sponsored", "community", "follow",
    ])

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

    static func matches(_ haystack: [UInt8], any patterns: PatternSet) -> Bool {
        patterns.occurs(in: haystack)
    }

    @inline(__always) static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count, h = haystack.count
        guard n <= h else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pattern in
                let first = pattern[0]
                var i = 0
                while i <= h - n {
                    if hay[i] == first {
                        var j = 1
                        while j < n && hay[i + j] == pattern[j] { j += 1 }
                        if j == n { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}

/// A set of byte patterns, bucketed by first byte so that one scan of a short text checks them all.
struct PatternSet: Sendable {
    private var buckets: [[[UInt8]]]

    init(_ patterns: [String]) {
        buckets = Array(repeating: [], count: 256)
        for pattern in patterns where !pattern.isEmpty {
            let bytes = Array(pattern.utf8)
            buckets[Int(bytes[0])].append(bytes)
        }
    }

    /// Whether any pattern occurs in `text`.
    func occurs(in text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { hay in
            for i in 0..<hay.count {
                for pattern in buckets[Int(hay[i])] where pattern.count <= hay.count - i {
                    var j = 1
                    while j < pattern.count && hay[i + j] == pattern[j] { j += 1 }
                    if j == pattern.count { return true }
                }
            }
            return false
        }
    }
}
