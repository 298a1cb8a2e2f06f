import Foundation

/// Empties `<script>` (except JSON-LD), `<style>` and `<svg>` elements, drops comments and keeps
/// only the attributes the extractor reads, before parsing: scripts and styles are about half
/// the bytes of a typical news page and attributes two thirds of the rest, none of it article
/// text, and libxml2 spends its time (and allocations) on every byte and attribute.
enum HTMLPrefilter {
    /// The page with those contents removed (the elements themselves stay, empty).
    static func strip(_ input: UnsafeRawBufferPointer) -> [UInt8] {
        let bytes = input.bindMemory(to: UInt8.self)
        let count = bytes.count
        var output = [UInt8]()
        output.reserveCapacity(count)
        var copyFrom = 0
        var i = 0
        while i < count {
            guard let open = nextLessThan(bytes, from: i) else { break }
            i = open + 1
            if startsComment(bytes, at: open) {
                guard let end = find(bytes, "-->", from: open + 4) else { break }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copyFrom..<open]))
                copyFrom = end + 3
                i = copyFrom
                continue
            }
            guard open + 1 < count, isLetter(bytes[open + 1]) else { continue }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copyFrom..<open]))
            copyFrom = open
            let written = output.count
            guard let (tagEnd, name) = writeStartTag(bytes, at: open, into: &output) else {
                output.removeSubrange(written...)
                break  // an unterminated tag: the rest goes to the parser as it is
            }
            copyFrom = tagEnd + 1
            i = tagEnd + 1
            guard let rawName = name else { continue }
            let close: Int?
            if rawName == "script" || rawName == "style" {
                close = findClosingTag(bytes, name: rawName, from: tagEnd + 1)  // raw text: no nesting
            } else {
                close = findMatchingClose(bytes, name: rawName, from: tagEnd + 1)
            }
            guard let close else { break }
            if rawName == "script" && isJSONLD(bytes, open..<tagEnd) {
                // JSON-LD text may hold markup in its strings: copy it untouched.
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(tagEnd + 1)..<close]))
            }
            copyFrom = close
            i = close + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copyFrom..<count]))
        return output
    }

    /// Writes the start tag at `open` with only the attributes the extractor reads. Returns the
    /// index of its `>` and, for elements whose content is dropped, the element name; `nil` when the tag
    /// does not end.
    static func writeStartTag(_ bytes: UnsafeBufferPointer<UInt8>, at open: Int, into output: inout [UInt8]) -> (Int, String?)? {
        let count = bytes.count
        var j = open + 1
        while j < count, isNameByte(bytes[j]) { j += 1 }
        let nameRange = (open + 1)..<j
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[open..<j]))
        let rawName = emptiedName(bytes, at: open + 1)
        let isLink = nameRange.count == 4 && bytes[open + 1] | 0x20 == UInt8(ascii: "l") && matchesName(bytes, at: open + 1, "link")
        while j < count {
            let byte = bytes[j]
            if ASCIIBytes.isSpace(byte) || byte == UInt8(ascii: "/") { j += 1; continue }
            if byte == UInt8(ascii: ">") {
                // A self-closing tag (<svg ... />) keeps its slash and has no content to drop.
                let selfClosing = bytes[j - 1] == UInt8(ascii: "/")
                if selfClosing { output.append(UInt8(ascii: "/")) }
                output.append(byte)
                return (j, selfClosing ? nil : rawName)
            }
            let attributeStart = j
            while j < count, !ASCIIBytes.isSpace(bytes[j]), bytes[j] != UInt8(ascii: "="), bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "/") { j += 1 }
            let attributeName = attributeStart..<j
            if attributeName.isEmpty { j += 1; continue }
            while j < count, ASCIIBytes.isSpace(bytes[j]) { j += 1 }
            var value: Range<Int>?
            if j < count, bytes[j] == UInt8(ascii: "=") {
                j += 1
                while j < count, ASCIIBytes.isSpace(bytes[j]) { j += 1 }
                guard j < count else { return nil }
                let quote = bytes[j]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let end = nextByte(bytes, quote, from: j + 1) else { return nil }
                    value = j..<(end + 1)
                    j = end + 1
                } else {
                    let start = j
                    while j < count, !ASCIIBytes.isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
                    value = start..<j
                }
            }
            if keeps(bytes, attributeName, isLink: isLink) {
                output.append(0x20)
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[attributeName]))
                if let value {
                    output.append(UInt8(ascii: "="))
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[value]))
                }
            }
        }
        return nil
    }

    /// Elements whose content is dropped: never article text (the extractor skips them too).
    static let emptied = ["script", "style", "svg", "nav", "footer", "aside", "noscript", "select", "button", "template", "iframe"]

    /// The name of an element whose content is dropped starting at `i`, if any.
    static func emptiedName(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> String? {
        guard i < bytes.count else { return nil }
        let names: [String]
        switch bytes[i] | 0x20 {
        case UInt8(ascii: "s"): names = ["script", "style", "svg", "select"]
        case UInt8(ascii: "n"): names = ["nav", "noscript"]
        case UInt8(ascii: "f"): names = ["footer"]
        case UInt8(ascii: "a"): names = ["aside"]
        case UInt8(ascii: "t"): names = ["template"]
        case UInt8(ascii: "i"): names = ["iframe"]
        case UInt8(ascii: "b"): names = ["button"]
        default: return nil
        }
        return names.first { matchesName(bytes, at: i, $0) }
    }

    /// The index of the `<` of the end tag that closes an element opened before `start`,
    /// counting nested elements of the same name.
    static func findMatchingClose(_ bytes: UnsafeBufferPointer<UInt8>, name: String, from start: Int) -> Int? {
        var depth = 0
        var i = start
        while let open = nextLessThan(bytes, from: i) {
            if open + 1 < bytes.count, bytes[open + 1] == UInt8(ascii: "/") {
                if matchesName(bytes, at: open + 2, name) {
                    if depth == 0 { return open }
                    depth -= 1
                }
            } else if matchesName(bytes, at: open + 1, name) {
                depth += 1
            }
            i = open + 1
        }
        return nil
    }

    /// The attributes read by the extractor and the metadata reader (`href` only on `<link>`).
    static let keptAttributes: [[UInt8]] = [
        "class", "id", "role", "itemprop", "hidden", "aria-hidden", "style", "content", "property", "name",
        "rel", "type", "datetime", "charset", "http-equiv",
    ].map { Array($0.utf8) }

    static func keeps(_ bytes: UnsafeBufferPointer<UInt8>, _ name: Range<Int>, isLink: Bool) -> Bool {
        func equals(_ expected: [UInt8]) -> Bool {
            guard expected.count == name.count else { return false }
            var k = 0
            for index in name {
                var byte = bytes[index]
                if byte >= 65 && byte <= 90 { byte += 32 }
                if byte != expected[k] { return false }
                k += 1
            }
            return true
        }
        if isLink && equals(Array("href".utf8)) { return true }
        return keptAttributes.contains(where: equals)
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90)
    }

    @inline(__always) static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
    }

    @inline(__always) static func nextLessThan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        nextByte(bytes, UInt8(ascii: "<"), from: start)
    }

    @inline(__always) static func nextByte(_ bytes: UnsafeBufferPointer<UInt8>, _ byte: UInt8, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    static func startsComment(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 3 < bytes.count && bytes[i + 1] == UInt8(ascii: "!") && bytes[i + 2] == UInt8(ascii: "-") && bytes[i + 3] == UInt8(ascii: "-")
    }

    /// Whether `name` (lowercase ASCII) stands at `i`, followed by whitespace, `>` or `/`.
    static func matchesName(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ name: String) -> Bool {
        var j = i
        for expected in name.utf8 {
            guard j < bytes.count else { return false }
            var byte = bytes[j]
            if byte >= 65 && byte <= 90 { byte += 32 }
            if byte != expected { return false }
            j += 1
        }
        guard j < bytes.count else { return false }
        let next = bytes[j]
        return next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next == 0x20 || next == 0x0A || next == 0x09 || next == 0x0D
    }

    /// The index of the `<` of `</name`, searching from `start`.
    static func findClosingTag(_ bytes: UnsafeBufferPointer<UInt8>, name: String, from start: Int) -> Int? {
        var i = start
        while let open = nextLessThan(bytes, from: i) {
            if open + 1 < bytes.count, bytes[open + 1] == UInt8(ascii: "/"), matchesName(bytes, at: open + 2, name) { return open }
            i = open + 1
        }
        return nil
    }

    static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: StaticString, from start: Int) -> Int? {
        let needle = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        var i = start
        while i + needle.count <= bytes.count {
            guard let first = nextByte(bytes, needle[0], from: i), first + needle.count <= bytes.count else { return nil }
            var j = 1
            while j < needle.count && bytes[first + j] == needle[j] { j += 1 }
            if j == needle.count { return first }
            i = first + 1
        }
        return nil
    }

    /// Whether a script start tag declares JSON-LD (`type="application/ld+json"`).
    static func isJSONLD(_ bytes: UnsafeBufferPointer<UInt8>, _ tag: Range<Int>) -> Bool {
        let marker = Array("ld+json".utf8)
        guard tag.count >= marker.count else { return false }
        var i = tag.lowerBound
        while i + marker.count <= tag.upperBound {
            var j = 0
            while j < marker.count {
                var byte = bytes[i + j]
                if byte >= 65 && byte <= 90 { byte += 32 }
                if byte != marker[j] { break }
                j += 1
            }
            if j == marker.count { return true }
            i += 1
        }
        return false
    }
}
