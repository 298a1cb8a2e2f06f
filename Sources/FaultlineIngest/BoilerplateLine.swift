/// Recognises page chrome that survives as a line of text: skip links, photo credits, share and
/// subscribe prompts, cookie notices, advertisement markers, related-link headers, copyright.
///
/// The rules are general: a line counts as chrome only when it is short and has no sentence
/// punctuation at its end (real sentences that mention "photo" or "share" stay), except for
/// cookie notices and copyright lines, which are recognised at any length.
enum BoilerplateLine {
    /// Lines longer than this (in characters) are never chrome, except cookie and copyright notices.
    static let maxChromeLength = 90

    /// Whether `line` (trimmed) is page chrome rather than article text.
    static func isBoilerplate(_ line: String) -> Bool {
        let lower = line.lowercased()
        if isCookieNotice(lower) || isCopyright(lower) { return true }
        guard line.count <= maxChromeLength else { return false }
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" })
        if words.isEmpty { return true }  // separators such as "***" or "|"
        if isCredit(lower, words: words) { return true }
        if endsLikeSentence(line) { return false }
        if words.count <= 12 && matchesChromePhrase(lower, words: words) { return true }
        return false
    }

    /// Whether the line ends with sentence punctuation (optionally inside closing quotes).
    static func endsLikeSentence(_ line: String) -> Bool {
        var scalars = line.unicodeScalars.reversed().makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\"", "'", "\u{201D}", "\u{2019}", ")", " ": continue
            case ".", "!", "?", "\u{2026}": return true
            default: return false
            }
        }
        return false
    }

    /// "We use cookies ...", "This site uses cookies", "Accept all cookies".
    static func isCookieNotice(_ lower: String) -> Bool {
        guard lower.contains("cookie") else { return false }
        return lower.count < 400
            && ["use cookies", "uses cookies", "accept", "consent", "cookie policy", "cookie settings", "privacy", "cookies to"]
                .contains(where: lower.contains)
    }

    /// "© 2025 Outlet", "Copyright 2025 ...", "All rights reserved".
    static func isCopyright(_ lower: String) -> Bool {
        guard lower.count < 300 else { return false }
        return lower.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.hasPrefix("copyright")
            || lower.contains("all rights reserved")
    }

    /// Photo, image and video credits: "Photo: Wikimedia", "Image credit: Reuters",
    /// "Getty Images", "AP Photo/Jane Doe", "(Photo by X/AFP via Getty Images)".
    static func isCredit(_ lower: String, words: [Substring]) -> Bool {
        let trimmed = lower.drop(while: { $0 == "(" || $0 == "[" || $0 == " " })
        let creditHeads = ["photo", "photos", "photograph", "image", "images", "picture", "pictures",
                           "illustration", "video", "graphic", "credit", "credits", "source", "file photo", "caption"]
        for head in creditHeads where trimmed.hasPrefix(head) {
            let rest = trimmed.dropFirst(head.count).drop(while: { $0 == " " })
            if rest.hasPrefix("credit") || rest.hasPrefix(":") || rest.hasPrefix("|") || rest.hasPrefix("/")
                || rest.hasPrefix("by ") || rest.hasPrefix("©") || rest.hasPrefix("courtesy") || rest.hasPrefix("-") || rest.hasPrefix("\u{2014}") {
                return words.count <= 14
            }
        }
        if words.count <= 10 {
            for agency in ["getty images", "ap photo", "afp photo", "reuters/", "via reuters", "/afp", "via getty", "shutterstock", "epa-efe", "wikimedia commons"]
                where lower.contains(agency) { return true }
        }
        return false
    }

    /// Short chrome phrases: navigation, sharing, subscription, ads, related links, comments.
    static func matchesChromePhrase(_ lower: String, words: [Substring]) -> Bool {
        // Phrases that mark chrome wherever they stand in a short line.
        let anywhere = [
            "skip to main", "skip to content", "skip navigation", "back to top", "toggle navigation",
            "share this", "share on ", "share via", "copy link", "link copied", "click to share",
            "newsletter", "advertisement", "scroll to continue", "continue reading", "you may also like",
            "you might also like", "listen to this article", "min read", "minute read", "download the app",
            "enable javascript", "privacy policy", "terms of use", "terms of service", "all rights reserved",
            "leave a comment", "join the conversation", "view comments", "show comments",
        ]
        if anywhere.contains(where: lower.contains) { return true }
        // Phrases that mark chrome when a short line starts with them.
        let prefixes = [
            "skip to", "jump to", "main menu", "share", "email this", "print this", "subscribe", "sign up",
            "log in", "login", "sign in", "register", "sponsored", "read more", "read also", "read next",
            "also read", "see also", "related", "more from", "more stories", "recommended", "most read",
            "most popular", "trending", "don't miss", "follow us", "follow on", "comments", "accept",
            "ad ", "advertising", "watch:", "listen:", "updated", "published", "posted",
        ]
        if prefixes.contains(where: lower.hasPrefix) { return true }
        if words.count <= 3 && words.contains(where: { $0.hasPrefix("comment") }) { return true }
        // A line made only of social network and menu words: "Facebook Twitter Email".
        let chromeWords: Set<String> = [
            "share", "shares", "facebook", "twitter", "x", "whatsapp", "linkedin", "email", "e-mail", "mail", "print",
            "reddit", "telegram", "pinterest", "messenger", "tweet", "copy", "link", "menu", "search", "home",
            "close", "open", "comment", "more", "next", "previous", "prev", "top", "ad", "ads", "advertising", "flipboard",
            "instagram", "youtube", "tiktok", "rss", "save", "bookmark", "gift", "article", "feedback", "sections", "toggle",
        ]
        return words.allSatisfy { chromeWords.contains(String($0)) }
    }
}
