/// Writes the compact binary form of models: LEB128 varints, length-prefixed strings.
///
/// ```swift
/// var writer = BinaryWriter(kind: "tagger")
/// writer.write(model)
/// try writer.bytes.write(to: url)   // via Foundation's Data(writer.bytes)
/// ```
public struct BinaryWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// Starts a file with the Faultline model header and the kind of model it holds.
    public init(kind: String) {
        bytes.append(contentsOf: BinaryReader.magic)
        write(UInt64(BinaryReader.formatVersion))
        write(kind)
    }

    /// An unsigned varint.
    public mutating func write(_ value: UInt64) {
        var remaining = value
        while remaining >= 0x80 {
            bytes.append(UInt8(remaining & 0x7f) | 0x80)
            remaining >>= 7
        }
        bytes.append(UInt8(remaining))
    }

    /// A signed integer, zigzag-encoded as a varint.
    public mutating func write(_ value: Int) {
        let zigzag = (Int64(value) << 1) ^ (Int64(value) >> 63)
        write(UInt64(bitPattern: zigzag))
    }

    /// A 32-bit float, little-endian.
    public mutating func write(_ value: Float) {
        let bits = value.bitPattern
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((bits >> UInt32(shift)) & 0xff)) }
    }

    /// A length-prefixed UTF-8 string.
    public mutating func write(_ text: String) {
        let utf8 = Array(text.utf8)
        write(UInt64(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    /// A count followed by the strings.
    public mutating func write(_ texts: [String]) {
        write(UInt64(texts.count))
        for text in texts { write(text) }
    }

    /// A sparse model: labels, then features sorted by key with delta-coded keys and weights
    /// quantised to 16 bits against the largest weight.
    public mutating func write(_ model: SparseModel) {
        write(model.labels)
        let largest = model.entryWeight.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / 32_767 : 1
        write(scale)
        let order = model.keys.indices.sorted { model.keys[$0] < model.keys[$1] }
        write(UInt64(order.count))
        var previous: UInt64 = 0
        for index in order {
            let key = model.keys[index]
            write(key &- previous)
            previous = key
            let weights = model.weights(ofFeatureAt: index)
            write(UInt64(weights.count))
            for entry in weights {
                write(UInt64(entry.classIndex))
                write(Int((entry.weight / scale).rounded()))
            }
        }
    }
}
