import Foundation

/// Checks on raw input bytes that come before any format is tried.
enum InputBytes {
    /// The bytes without a leading UTF-8 byte-order mark.
    static func droppingByteOrderMark(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return bytes[3...] }
        return bytes[...]
    }

    /// Whether the bytes are empty or only ASCII whitespace.
    static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C || $0 == 0x0B }
    }

    /// Whether the bytes look binary: any NUL byte, or more than 5% control bytes other than
    /// tab, newline, carriage return and form feed in the first 16 KB.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return false }
            if memchr(base, 0, all.count) != nil { return true }
            let sample = UnsafeBufferPointer(rebasing: all.prefix(16_384))
            var control = 0
            for byte in sample where byte < 0x20 || byte == 0x7F {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { control += 1 }
            }
            return control * 20 > sample.count
        }
    }

    /// The bytes decoded as UTF-8, or `nil` when they are not valid UTF-8.
    static func decodeUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        String(validating: bytes, as: UTF8.self)
    }
}
