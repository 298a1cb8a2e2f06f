import Foundation

/// Pages and feeds in a legacy encoding that they declare (`<meta charset="windows-1252">`,
/// `<?xml ... encoding="ISO-8859-1"?>`) are converted to UTF-8; undeclared invalid UTF-8 stays
/// an error, since guessing an encoding silently garbles text.
enum DeclaredCharset {
    /// The encodings accepted by name (lowercased), as Foundation knows them.
    static let encodings: [String: String.Encoding] = [
        "iso-8859-1": .isoLatin1, "latin1": .isoLatin1, "latin-1": .isoLatin1, "iso8859-1": .isoLatin1,
        "windows-1252": .windowsCP1252, "cp1252": .windowsCP1252, "iso-8859-15": .windowsCP1252,
        "windows-1251": .windowsCP1251, "cp1251": .windowsCP1251, "windows-1250": .windowsCP1250,
        "windows-1253": .windowsCP1253, "windows-1254": .windowsCP1254, "iso-8859-2": .isoLatin2,
        "shift_jis": .shiftJIS, "shift-jis": .shiftJIS, "sjis": .shiftJIS, "euc-jp": .japaneseEUC,
        "iso-2022-jp": .iso2022JP, "us-ascii": .ascii, "ascii": .ascii,
    ]

    /// The text of `bytes` decoded with the charset the markup declares in its first 4 KB;
    /// `nil` when there is no declaration, it names UTF-8 or an unknown charset, or decoding fails.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String? {
        let head = ASCIIBytes.lowercased(bytes.prefix(4096))
        guard let name = declaredName(head), let encoding = encodings[name] else { return nil }
        return String(data: Data(bytes), encoding: encoding)
    }

    /// The value after `charset=` or `encoding=` in the head, lowercased.
    static func declaredName(_ head: [UInt8]) -> String? {
        for key in ["charset=", "encoding="] {
            let needle = Array(key.utf8)
            guard head.count > needle.count else { continue }
            var i = 0
            while i + needle.count <= head.count {
                if head[i..<(i + needle.count)].elementsEqual(needle) {
                    var j = i + needle.count
                    while j < head.count, head[j] == UInt8(ascii: "\"") || head[j] == UInt8(ascii: "'") || head[j] == 0x20 { j += 1 }
                    var name = [UInt8]()
                    while j < head.count, name.count < 40 {
                        let byte = head[j]
                        let allowed = (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
                        if !allowed { break }
                        name.append(byte)
                        j += 1
                    }
                    if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
                }
                i += 1
            }
        }
        return nil
    }
}
