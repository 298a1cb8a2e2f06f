/// What an element's class and id say about it: chrome (comments, sharing, cookie banners,
/// related links, ads), likely content, or nothing.
enum ClassNamePatterns {
    /// Substrings of class or id that mark a block as chrome outright.
    static let chrome: [[UInt8]] = [
        "comment", "share", "sharing", "social", "related", "recommend", "cookie", "consent", "gdpr",
        "newsletter", "subscri", "advert", "sponsor", "promo", "outbrain", "taboola", "sidebar",
        "breadcrumb", "popup", "modal", "masthead", "navbar", "menu", "footer", "signup", "paywall-prompt",
        "most-popular", "mostpopular", "most-read", "trending", "read-more", "readmore", "more-stories",
        "skip-link", "skiplink", "toolbar", "disqus", "banner", "widget", "newsroll", "tag-list", "taglist",
        "author-bio", "authorbio", "byline", "caption", "credit", "dateline", "timestamp", "pagination", "pager",
        "print-only", "screen-reader", "sr-only", "visually-hidden", "visuallyhidden", "offscreen",
    ].map { Array($0.utf8) }

    /// Substrings of class or id that suggest the article body.
    static let content: [[UInt8]] = [
        "article", "content", "body", "story", "entry", "post", "main", "text", "blog", "prose",
    ].map { Array($0.utf8) }

    /// Substrings that suggest chrome but only weigh against a block in scoring.
    static let unlikely: [[UInt8]] = [
        "header", "nav", "meta", "info", "tags", "links", "list", "teaser", "card", "aside", "extra",
        "hidden", "rail", "ads", "sponsored", "community", "follow",
    ].map { Array($0.utf8) }

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

    static func matches(_ haystack: [UInt8], any patterns: [[UInt8]]) -> Bool {
        patterns.contains { contains(haystack, $0) }
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
