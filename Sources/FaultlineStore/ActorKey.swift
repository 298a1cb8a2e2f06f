import FaultlineCore

/// The key that identifies an actor across documents.
///
/// A knowledge-base actor is its id; an unknown (provisional) actor is its code and normalised
/// name, so "Kataib Hezbollah" coded IRQREB in two reports is one provisional actor.
enum ActorKey {
    /// The key of a coded actor.
    static func of(_ actor: CodedActor) -> String {
        if let id = actor.actor, !id.isEmpty { return id }
        return "provisional:\(actor.code.description):\(normalized(actor.name))"
    }

    /// Lowercased, whitespace collapsed.
    static func normalized(_ name: String) -> String {
        if isNormalizedASCII(name) { return name }
        if let ascii = normalizedASCII(name) { return ascii }
        return name.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The normal form of an ASCII name, worked out on its bytes; `nil` for other names.
    ///
    /// The same as the general rule for ASCII: `lowercased()` maps A-Z only, and the ASCII
    /// characters that are whitespace are tab, line feed, vertical tab, form feed, carriage
    /// return and space.
    static func normalizedASCII(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `name` is printable ASCII without capitals, with single spaces between words and
    /// none at either end: then it is its own normal form (most names, checked without
    /// allocating).
    static func isNormalizedASCII(_ name: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in name.utf8 {
            guard byte > 0x20 || (byte == 0x20 && previous != 0x20), byte < 0x7F, !(byte >= 0x41 && byte <= 0x5A) else {
                return false
            }
            previous = byte
        }
        return previous != 0x20
    }
}
