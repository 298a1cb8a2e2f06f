/// Shapes of chunks (whitespace-separated runs) that mark the layout of mail and web text,
/// where sentences often end without punctuation: dates and times of mail headers, rules of
/// repeated symbols, links, item numbers.
enum WebLayout {
    /// "03/15/2001", "1/9/01".
    static func isDate(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>) -> Bool {
        digitGroups(bytes, chunk, separator: 0x2F, minimumGroups: 3)
    }

    /// "04:03", "06:00:56".
    static func isClockTime(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>) -> Bool {
        digitGroups(bytes, chunk, separator: 0x3A, minimumGroups: 2)
    }

    /// "AM" or "PM".
    static func isMeridiem(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>) -> Bool {
        chunk.count == 2 && (bytes[chunk.lowerBound] == 0x41 || bytes[chunk.lowerBound] == 0x50)
            && bytes[chunk.lowerBound + 1] == 0x4D
    }

    /// Four or more of one symbol: "=====", "-----", "_____", "*****".
    static func isRule(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>) -> Bool {
        guard chunk.count >= 4 else { return false }
        let symbol = bytes[chunk.lowerBound]
        guard symbol == 0x3D || symbol == 0x2D || symbol == 0x5F || symbol == 0x2A || symbol == 0x7E
            || symbol == 0x23
        else { return false }
        return chunk.allSatisfy { bytes[$0] == symbol }
    }

    /// A chunk that starts with "http://", "https://" or "www.".
    static func isLink(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>) -> Bool {
        hasPrefix(bytes, chunk, "http://") || hasPrefix(bytes, chunk, "https://") || hasPrefix(bytes, chunk, "www.")
    }

    /// The number of an item mark like "9." or "10." (one or two digits and a full stop).
    static func itemNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>) -> Int? {
        guard chunk.count >= 2, chunk.count <= 3, bytes[chunk.upperBound - 1] == 0x2E else { return nil }
        var value = 0
        for index in chunk.lowerBound..<chunk.upperBound - 1 {
            guard UTF8Text.isDigit(UInt32(bytes[index])) else { return nil }
            value = value * 10 + Int(bytes[index] - 0x30)
        }
        return value
    }

    /// Whether the chunk holds `byte`.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>, _ byte: UInt8) -> Bool {
        chunk.contains { bytes[$0] == byte }
    }

    /// Whether the chunk starts with the ASCII `prefix` (case-insensitive).
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard chunk.count >= count else { return false }
        let start = prefix.utf8Start
        for offset in 0..<count {
            let byte = bytes[chunk.lowerBound + offset]
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if folded != start[offset] { return false }
        }
        return true
    }

    /// One- to four-digit groups joined by `separator`, at least `minimumGroups` of them.
    private static func digitGroups(
        _ bytes: UnsafeBufferPointer<UInt8>, _ chunk: Range<Int>, separator: UInt8, minimumGroups: Int
    ) -> Bool {
        var groups = 1
        var groupLength = 0
        for index in chunk {
            let byte = bytes[index]
            if byte == separator {
                guard groupLength > 0 else { return false }
                groups += 1
                groupLength = 0
            } else if byte >= 0x30, byte <= 0x39 {
                groupLength += 1
                if groupLength > 4 { return false }
            } else {
                return false
            }
        }
        return groupLength > 0 && groups >= minimumGroups
    }

    /// A full stop with the space after it lost, as scraped pages often have: "conflict.In",
    /// "Israel.Out" (a lower-case letter, the stop, a capitalised word), but not "U.S.",
    /// "example.com" or "ASP.NET".
    static func isMissingSpace(_ bytes: UnsafeBufferPointer<UInt8>, period: Int, end: Int) -> Bool {
        guard period >= 2, period + 2 < end else { return false }
        let before = bytes[period - 1]
        let beforeThat = bytes[period - 2]
        let first = bytes[period + 1]
        let second = bytes[period + 2]
        guard before >= 0x61 && before <= 0x7A && ((beforeThat | 0x20) >= 0x61 && (beforeThat | 0x20) <= 0x7A)
            && first >= 0x41 && first <= 0x5A && second >= 0x61 && second <= 0x7A
        else { return false }
        // "Newsfeed.Com": a domain name.
        var wordEnd = period + 1
        while wordEnd < end, UTF8Text.isLetter(UInt32(bytes[wordEnd])) { wordEnd += 1 }
        return !Abbreviations.topLevelDomains.contains(bytes, period + 1..<wordEnd)
    }
}
