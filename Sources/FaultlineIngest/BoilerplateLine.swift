/// Recognises page chrome that survives as a line of text: skip links, photo credits, share and
/// subscribe prompts, cookie notices, advertisement markers, related-link headers, copyright.
///
/// The rules are general: a line counts as chrome only when it is short and has no sentence
/// punctuation at its end (real sentences that mention "photo" or "share" stay), except for
/// cookie notices and copyright lines, which are recognised up to a few hundred bytes.
/// Works on ASCII-lowercased UTF-8 bytes: it runs on every paragraph of every page.
enum BoilerplateLine {
    /// Lines longer than this (in bytes) are never short chrome.
    static let maxChromeBytes = 100

    /// Whether `line` (trimmed) is page chrome rather than article text.
    static func isBoilerplate(_ line: String) -> Bool {
        let count = line.utf8.count
        if count > 400 { return false }
        var lower = [UInt8]()
        lower.reserveCapacity(count)
        for byte in line.utf8 { lower.append(byte >= 65 && byte <= 90 ? byte + 32 : byte) }
        if isCookieNotice(lower) || isCopyright(lower) || isLinkTeaser(lower) { return true }
        guard count <= maxChromeBytes else { return false }
        let words = words(of: lower)
        if words.isEmpty { return true }  // separators such as "***" or "|"
        if isCredit(lower, wordCount: words.count) { return true }
        if isDateLine(words) { return true }
        // Notices that are sentences but never article text.
        if words.count <= 14 && technicalNotices.contains(where: { ASCIIBytes.contains(lower, $0) }) { return true }
        if isByline(lower, original: line, wordCount: words.count) { return true }
        if endsLikeSentence(lower) { return false }
        return words.count <= 12 && matchesChromePhrase(lower, words: words)
    }

    /// Promotional phrases of the paragraphs that close many articles: "Follow us on Twitter",
    /// "Sign up for our newsletter", "This document is subject to copyright".
    static let promoPhrases = bytes([
        "follow us", "follow him", "follow her", "follow them", "on twitter", "on facebook", "on instagram",
        "subscribe", "newsletter", "sign up", "copyright", "get access to", "join our", "listen to", "listen live",
        "download our app", "download the app", "news tip", "email us", "contact us", "citation:",
        "appeared first on",
        "reproduced without",
    ])

    /// Whether a paragraph at the end of an article is a promotion or notice rather than text:
    /// at most 400 bytes and containing a promotional phrase.
    static func isClosingPromo(_ paragraph: String) -> Bool {
        guard paragraph.utf8.count <= 400 else { return false }
        let lower = paragraph.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        return promoPhrases.contains { ASCIIBytes.contains(lower, $0) }
    }

    /// The paragraphs without closing promotions (at most four, from the end).
    static func trimmingClosingPromos(_ paragraphs: [String]) -> [String] {
        var result = paragraphs
        var removed = 0
        while removed < 4, result.count > 1, let last = result.last, isClosingPromo(last) {
            result.removeLast()
            removed += 1
        }
        return result
    }

    /// Whether the line ends with sentence punctuation (optionally inside closing quotes).
    static func endsLikeSentence(_ line: String) -> Bool { endsLikeSentence(Array(line.utf8)) }

    static func endsLikeSentence(_ bytes: [UInt8]) -> Bool {
        var i = bytes.count - 1
        while i >= 0 {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: " "):
                i -= 1
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                return true
            case 0x9D where i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80:  // ”
                i -= 3
            case 0x99 where i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80:  // ’
                i -= 3
            case 0xA6 where i >= 2 && bytes[i - 2] == 0xE2 && bytes[i - 1] == 0x80:  // …
                return true
            default:
                return false
            }
        }
        return false
    }

    /// Words: runs of ASCII letters and digits, apostrophes and non-ASCII bytes.
    static func words(of lower: [UInt8]) -> [ArraySlice<UInt8>] {
        var words = [ArraySlice<UInt8>]()
        var start = -1
        for (i, byte) in lower.enumerated() {
            let isWordByte = (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte >= 0x80 || byte == 39
            if isWordByte {
                if start < 0 { start = i }
            } else if start >= 0 {
                words.append(lower[start..<i])
                start = -1
            }
        }
        if start >= 0 { words.append(lower[start...]) }
        // A lone non-ASCII symbol (a bullet, an arrow) is not a word.
        return words.filter { $0.contains { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || ($0 >= 0xC3 && $0 != 0xE2) } }
    }

    static let cookieContext = bytes(["use cookies", "uses cookies", "accept", "consent", "cookie policy", "cookie settings", "privacy", "cookies to"])

    /// "We use cookies ...", "This site uses cookies", "Accept all cookies".
    static func isCookieNotice(_ lower: [UInt8]) -> Bool {
        ASCIIBytes.contains(lower, Array("cookie".utf8)) && cookieContext.contains { ASCIIBytes.contains(lower, $0) }
    }

    static let copyrightPrefixes = bytes(["\u{00A9}", "(c) ", "copyright"])

    /// "© 2025 Outlet", "Copyright 2025 ...", "All rights reserved".
    static func isCopyright(_ lower: [UInt8]) -> Bool {
        guard lower.count < 300 else { return false }
        return copyrightPrefixes.contains { lower.starts(with: $0) } || ASCIIBytes.contains(lower, Array("all rights reserved".utf8))
    }

    static let creditHeads = bytes([
        "file photo", "photographs", "photograph", "photos", "photo", "images", "image", "pictures", "picture",
        "illustration", "video", "graphic", "credits", "credit", "source", "caption",
    ])
    static let creditSeparators = bytes(["credit", ":", "|", "/", "by ", "\u{00A9}", "courtesy", "-", "\u{2014}", "\u{2013}"])
    static let agencies = bytes([
        "getty images", "ap photo", "afp photo", "reuters/", "via reuters", "/afp", "via getty", "shutterstock",
        "epa-efe", "wikimedia commons", "/ap ", "(ap)", "anadolu",
    ])

    /// Photo, image and video credits: "Photo: Wikimedia", "Image credit: Reuters",
    /// "Getty Images", "AP Photo/Jane Doe", "(Photo by X/AFP via Getty Images)".
    static func isCredit(_ lower: [UInt8], wordCount: Int) -> Bool {
        let trimmed = lower.drop { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "|") }
        // "IHA Photo", "AFP Photos", "| Reuters Images": an agency name and a photo word.
        if wordCount <= 4, ["photo", "photos", "images", "image", "pictures"].contains(where: { lower.reversed().starts(with: $0.utf8.reversed()) }) {
            return true
        }
        for head in creditHeads where trimmed.starts(with: head) {
            let rest = trimmed.dropFirst(head.count).drop { $0 == UInt8(ascii: " ") }
            if creditSeparators.contains(where: { rest.starts(with: $0) }) { return wordCount <= 14 }
        }
        if wordCount <= 20 && ASCIIBytes.contains(lower, Array("\u{00A9}".utf8)) { return true }  // "photos © Agency"
        return wordCount <= 10 && agencies.contains { ASCIIBytes.contains(lower, $0) }
    }

    static let teaserLabels = bytes(["read more:", "read also:", "also read:", "see also:", "related:", "recommended:", "more:", "watch:", "listen:", "read:"])

    /// "Read more: Quds Force chief visits Baghdad ...": a label and a linked headline.
    static func isLinkTeaser(_ lower: [UInt8]) -> Bool {
        lower.count <= 300 && teaserLabels.contains { lower.starts(with: $0) }
    }

    /// "By Jane Doe", "By JANE DOE - 2019-04-10", "Written by ...": a byline is metadata.
    static func isByline(_ lower: [UInt8], original: String, wordCount: Int) -> Bool {
        guard wordCount <= 10 else { return false }
        for prefix in ["by ", "written by ", "words by ", "reporting by "] where lower.starts(with: prefix.utf8) {
            // A name follows: "By Jane Doe", not "By the numbers".
            let next = original.utf8.dropFirst(prefix.utf8.count).first ?? 0
            return (next >= 65 && next <= 90) || next >= 0xC3
        }
        return false
    }

    /// Browser and player notices: "This slideshow requires JavaScript.", "Your browser does not
    /// support the video tag."
    static let technicalNotices = bytes([
        "requires javascript", "enable javascript", "javascript is disabled", "javascript must be enabled",
        "browser does not support", "browser doesn't support", "update your browser", "requires a browser",
    ])

    /// Phrases that mark chrome wherever they stand in a short line.
    static let anywhere = bytes([
        "skip to main", "skip to content", "skip navigation", "back to top", "toggle navigation",
        "share this", "share on ", "share via", "copy link", "link copied", "click to share",
        "newsletter", "advertisement", "scroll to continue", "continue reading", "you may also like",
        "you might also like", "listen to this article", "min read", "minute read", "download the app",
        "enable javascript", "privacy policy", "terms of use", "terms of service", "all rights reserved",
        "leave a comment", "join the conversation", "view comments", "show comments",
    ])

    /// Phrases that mark chrome when a short line starts with them.
    static let prefixes = bytes([
        "skip to", "jump to", "main menu", "share", "email this", "print this", "subscribe", "sign up",
        "log in", "login", "sign in", "register", "sponsored", "read more", "read also", "read next",
        "also read", "see also", "related", "more from", "more stories", "recommended", "most read",
        "most popular", "trending", "don't miss", "follow us", "follow on", "comments",
        "ad ", "advert", "advertising", "watch:", "listen:", "updated", "published", "posted",
    ])

    /// Lines made only of these words are chrome: "Facebook Twitter Email".
    static let chromeWords: Set<[UInt8]> = Set(bytes([
        "share", "shares", "facebook", "twitter", "x", "whatsapp", "linkedin", "email", "e-mail", "mail", "print",
        "reddit", "telegram", "pinterest", "messenger", "tweet", "copy", "link", "menu", "search", "home",
        "close", "open", "comment", "more", "next", "previous", "prev", "top", "ad", "ads", "advertising", "flipboard",
        "instagram", "youtube", "tiktok", "rss", "save", "bookmark", "gift", "article", "feedback", "sections", "toggle",
        "accept", "all", "reject", "settings", "manage", "agree", "ok",
    ]))

    static func matchesChromePhrase(_ lower: [UInt8], words: [ArraySlice<UInt8>]) -> Bool {
        if anywhere.contains(where: { ASCIIBytes.contains(lower, $0) }) { return true }
        // A prefix counts as a whole word: "share this" and "share:", not "shared interests".
        for prefix in prefixes where lower.starts(with: prefix) {
            guard lower.count > prefix.count, let last = prefix.last, last >= 97 && last <= 122 else { return true }
            let next = lower[prefix.count]
            if !(next >= 97 && next <= 122) { return true }
        }
        if words.count <= 3 && words.contains(where: { $0.starts(with: "comment".utf8) }) { return true }
        return words.allSatisfy { chromeWords.contains(Array($0)) }
    }

    static let dateWords: Set<[UInt8]> = Set(bytes([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "gmt", "utc", "et", "est", "edt", "bst", "cet",
        "updated", "published", "posted", "on", "at", "last",
    ]))

    /// A dateline or timestamp alone: "5 November", "Updated 14:05 GMT, Tuesday 4 March 2025".
    static func isDateLine(_ words: [ArraySlice<UInt8>]) -> Bool {
        guard words.count <= 10 else { return false }
        var hasDateWord = false
        for word in words {
            if word.allSatisfy({ $0 >= 48 && $0 <= 57 }) { continue }
            if word.count > 2, word.dropLast(2).allSatisfy({ $0 >= 48 && $0 <= 57 }),
               ["st", "nd", "rd", "th"].contains(where: { word.suffix(2).elementsEqual($0.utf8) }) { continue }
            guard dateWords.contains(Array(word)) else { return false }
            hasDateWord = true
        }
        return hasDateWord || words.count >= 3  // "30 10 2025" without words: numbers only
    }

    static func bytes(_ strings: [String]) -> [[UInt8]] { strings.map { Array($0.utf8) } }
}
