import FaultlineCore
import Foundation

/// A compact binary encoding of a sentence's tokens, one blob per sentence.
///
/// Per token: start offset (zigzag delta from the previous token's end), length, a flag byte
/// (space after; text differs from the clean-text bytes it covers), head + 1, then UPOS, XPOS,
/// lemma and relation as length-prefixed UTF-8. The token text is usually the clean text under
/// its range, so it is only stored when it differs. Storing ~10 bytes a token keeps the store
/// small and the per-document transaction fast.
enum TokenBlob {
    static let version: UInt8 = 1

    /// Encodes tokens whose ranges are offsets into `text` (UTF-8 bytes of the clean text) into
    /// `out`, replacing what it held: one buffer serves every sentence of a save instead of an
    /// allocation per sentence.
    static func encode(_ tokens: [Token], text: [UInt8], into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(tokens.count * 16 + 4)
        out.append(version)
        writeVarint(UInt64(tokens.count), to: &out)
        var previousEnd = 0
        // Read in place: a `for token in tokens` copy retains and releases the token's strings.
        for index in tokens.indices {
            let range = tokens[index].range
            writeVarint(zigzag(range.lowerBound - previousEnd), to: &out)
            writeVarint(UInt64(max(0, range.count)), to: &out)
            let storesText = !covers(tokens[index].text, range: range, in: text)
            var flags: UInt8 = tokens[index].spaceAfter ? 1 : 0
            if storesText { flags |= 2 }
            out.append(flags)
            writeVarint(UInt64(max(0, tokens[index].head + 1)), to: &out)
            if storesText { writeString(tokens[index].text, to: &out) }
            writeString(tokens[index].upos, to: &out)
            writeString(tokens[index].xpos, to: &out)
            writeString(tokens[index].lemma, to: &out)
            writeString(tokens[index].deprel, to: &out)
            previousEnd = range.upperBound
        }
    }

    /// Decodes a blob written by ``encode(_:text:into:)`` against the same clean text.
    static func decode(_ data: Data, text: [UInt8]) throws(StoreError) -> [Token] {
        var reader = Reader(bytes: [UInt8](data))
        guard try reader.byte() == version else {
            throw .corrupt(detail: "token blob of an unknown version")
        }
        let count = Int(try reader.varint())
        var tokens = [Token]()
        tokens.reserveCapacity(count)
        var previousEnd = 0
        for _ in 0..<count {
            let start = previousEnd + unzigzag(try reader.varint())
            let length = Int(try reader.varint())
            let flags = try reader.byte()
            let head = Int(try reader.varint()) - 1
            let written: String
            if flags & 2 != 0 {
                written = try reader.string()
            } else {
                guard start >= 0, start + length <= text.count else {
                    throw .corrupt(detail: "token range \(start)..<\(start + length) outside the text")
                }
                written = String(decoding: text[start..<(start + length)], as: UTF8.self)
            }
            let upos = try reader.string()
            let xpos = try reader.string()
            let lemma = try reader.string()
            let deprel = try reader.string()
            tokens.append(Token(
                range: start..<(start + length), text: written, spaceAfter: flags & 1 != 0,
                upos: upos, xpos: xpos, lemma: lemma, head: head, deprel: deprel))
            previousEnd = start + length
        }
        return tokens
    }

    /// Whether `written` is the clean text under `range` (compared with memcmp, not byte by
    /// byte through the string's view).
    private static func covers(_ written: String, range: Range<Int>, in text: [UInt8]) -> Bool {
        guard range.lowerBound >= 0, range.upperBound <= text.count else { return false }
        var written = written
        return written.withUTF8 { utf8 in
            utf8.count == range.count && text.withUnsafeBufferPointer { clean in
                utf8.isEmpty || memcmp(utf8.baseAddress!, clean.baseAddress! + range.lowerBound, utf8.count) == 0
            }
        }
    }

    private static func zigzag(_ value: Int) -> UInt64 {
        UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
    }

    private static func unzigzag(_ value: UInt64) -> Int {
        Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    private static func writeVarint(_ value: UInt64, to out: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            out.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        out.append(UInt8(rest))
    }

    private static func writeString(_ string: String, to out: inout [UInt8]) {
        var string = string
        string.withUTF8 { utf8 in
            writeVarint(UInt64(utf8.count), to: &out)
            out.append(contentsOf: utf8)
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        mutating func byte() throws(StoreError) -> UInt8 {
            guard position < bytes.count else { throw .corrupt(detail: "token blob ends early") }
            defer { position += 1 }
            return bytes[position]
        }

        mutating func varint() throws(StoreError) -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let next = try byte()
                value |= UInt64(next & 0x7F) << shift
                if next < 0x80 { return value }
                shift += 7
                guard shift < 64 else { throw .corrupt(detail: "token blob varint too long") }
            }
        }

        mutating func string() throws(StoreError) -> String {
            let length = Int(try varint())
            guard position + length <= bytes.count else { throw .corrupt(detail: "token blob ends early") }
            defer { position += length }
            return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
        }
    }
}
