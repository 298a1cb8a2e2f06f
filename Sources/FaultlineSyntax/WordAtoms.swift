import FaultlineLearning

/// The hashed pieces of one word that the tagger and parser build their features from,
/// computed once per token so that decoding loops touch only integers.
struct WordAtoms: Sendable {
    /// Lowercased form with digits folded to "0" (so "1990" and "2024" share a feature).
    var normal: UInt64
    /// Lowercased form, as used by the tag dictionary and lemmatizer.
    var lower: String
    /// Suffixes of 1 to 4 bytes and prefixes of 1 to 3 bytes of the lowercased form.
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    var prefixes: (UInt64, UInt64, UInt64)
    /// Word shape: "Xxxx" for "Qaani", "dd" for "12", "x-x" for "al-Sudani"-like lowercased parts.
    var shape: UInt64
    /// Fine and coarse word-cluster atoms (2 when the word has no cluster).
    var fine: UInt64 = 2
    var coarse: UInt64 = 2

    /// Atoms for positions outside the sentence.
    static let boundary = WordAtoms(
        normal: 1, lower: "", suffixes: (1, 1, 1, 1), prefixes: (1, 1, 1), shape: 1, fine: 1, coarse: 1)

    init(normal: UInt64, lower: String, suffixes: (UInt64, UInt64, UInt64, UInt64),
         prefixes: (UInt64, UInt64, UInt64), shape: UInt64, fine: UInt64 = 2, coarse: UInt64 = 2) {
        self.normal = normal
        self.lower = lower
        self.suffixes = suffixes
        self.prefixes = prefixes
        self.shape = shape
        self.fine = fine
        self.coarse = coarse
    }

    /// Computes the atoms of `text`, with its clusters when `clusters` has them.
    init(_ text: String, clusters: WordClusters) {
        self.init(text)
        if !clusters.isEmpty, let found = clusters.clusters(of: text) {
            fine = 0x10000 + UInt64(found.fine)
            coarse = 0x20000 + UInt64(found.coarse)
        }
    }

    /// Computes the atoms of `text` (without clusters).
    init(_ text: String) {
        let lower = WordAtoms.lowercase(text)
        self.lower = lower
        let bytes = Array(lower.utf8)
        var folded = bytes
        for index in folded.indices where folded[index] >= 0x30 && folded[index] <= 0x39 { folded[index] = 0x30 }
        normal = WordAtoms.hash(folded[...], template: 1)
        func suffix(_ length: Int) -> UInt64 {
            WordAtoms.hash(bytes[max(0, bytes.count - length)...], template: UInt64(10 + length))
        }
        func prefix(_ length: Int) -> UInt64 {
            WordAtoms.hash(bytes[..<min(bytes.count, length)], template: UInt64(20 + length))
        }
        suffixes = (suffix(1), suffix(2), suffix(3), suffix(4))
        prefixes = (prefix(1), prefix(2), prefix(3))
        var shapeBytes: [UInt8] = []
        var runLength = 0
        for byte in text.utf8.prefix(24) {
            let mapped: UInt8
            switch byte {
            case 0x41...0x5A: mapped = 0x58  // X
            case 0x61...0x7A: mapped = 0x78  // x
            case 0x30...0x39: mapped = 0x64  // d
            case 0x80...: mapped = 0x75  // u: any non-ASCII byte
            default: mapped = byte
            }
            if let last = shapeBytes.last, last == mapped {
                runLength += 1
                if runLength >= 2 { continue }
            } else {
                runLength = 0
            }
            shapeBytes.append(mapped)
        }
        shape = WordAtoms.hash(shapeBytes[...], template: 30)
    }

    /// FNV-1a over bytes, seeded by a template number.
    static func hash(_ bytes: ArraySlice<UInt8>, template: UInt64) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ template
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return value
    }

    /// `hash(lowercase(text).utf8, template:)` without building the lowercased bytes (ASCII
    /// words are folded on the fly; others take the general path).
    static func lowercaseHash(_ text: String, template: UInt64) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ template
        for byte in text.utf8 {
            if byte >= 0x80 { return hash(Array(lowercase(text).utf8)[...], template: template) }
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            value = (value ^ UInt64(lowered)) &* 0x0000_0100_0000_01b3
        }
        return value
    }

    /// Lowercases ASCII without allocating a new String when there is nothing to change.
    static func lowercase(_ text: String) -> String {
        var hasUpper = false
        for byte in text.utf8 {
            if byte >= 0x80 { return text.lowercased() }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        guard hasUpper else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
