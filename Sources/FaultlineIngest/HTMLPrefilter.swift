/// Empties `<script>` (except JSON-LD), `<style>` and `<svg>` elements and drops comments before
/// parsing: they are about half the bytes of a typical news page and never article text, and
/// libxml2 reads script text character by character.
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
            guard let name = rawTextElement(bytes, at: open) else { continue }
            guard let tagEnd = nextByte(bytes, UInt8(ascii: ">"), from: open + 1) else { break }
            if name == "script" && isJSONLD(bytes, open..<tagEnd) { i = tagEnd + 1; continue }
            guard let close = findClosingTag(bytes, name: name, from: tagEnd + 1) else { break }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copyFrom...tagEnd]))
            copyFrom = close
            i = close + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copyFrom..<count]))
        return output
    }

    @inline(__always) static func nextLessThan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        nextByte(bytes, UInt8(ascii: "<"), from: start)
    }

    @inline(__always) static func nextByte(_ bytes: UnsafeBufferPointer<UInt8>, _ byte: UInt8, from start: Int) -> Int? {
        var i = start
        while i < bytes.count {
            if bytes[i] == byte { return i }
            i += 1
        }
        return nil
    }

    static func startsComment(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 3 < bytes.count && bytes[i + 1] == UInt8(ascii: "!") && bytes[i + 2] == UInt8(ascii: "-") && bytes[i + 3] == UInt8(ascii: "-")
    }

    /// "script", "style" or "svg" when an opening tag of one starts at `i`.
    static func rawTextElement(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> String? {
        for name in ["script", "style", "svg"] where matchesName(bytes, at: i + 1, name) { return name }
        return nil
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
