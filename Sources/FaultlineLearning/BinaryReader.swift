/// Reads what ``BinaryWriter`` wrote, checking the header and every bound.
public struct BinaryReader: Sendable {
    /// The first four bytes of every model file.
    public static let magic: [UInt8] = Array("FLM1".utf8)
    /// The layout version this code reads and writes.
    public static let formatVersion = 1

    /// What can go wrong when reading a model.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case notAModel
        case unsupportedVersion(Int)
        case wrongKind(expected: String, found: String)
        case truncated(at: Int)

        /// What is wrong with the model file and what to do.
        public var description: String {
            switch self {
            case .notAModel: return "not a Faultline model file (bad header); retrain it with `faultline train`"
            case .unsupportedVersion(let version):
                return "model format version \(version) is not supported (this build reads \(BinaryReader.formatVersion)); retrain it"
            case .wrongKind(let expected, let found):
                return "the file holds a \(found) model where a \(expected) model was expected; retrain it with the matching `faultline train` command"
            case .truncated(let offset): return "the model file ends early (at byte \(offset)); it is damaged"
            }
        }
    }

    /// Keeps the bytes alive while they are read.
    private let contents: ModelBytes
    private var offset = 0
    /// The kind of model, as written in the header.
    public let kind: String

    private var bytes: UnsafeBufferPointer<UInt8> { contents.bytes }

    /// Opens a model file's bytes, checking the header and the kind when one is expected.
    public init(bytes: [UInt8], expectedKind: String? = nil) throws(Failure) {
        try self.init(contents: ModelBytes(copying: bytes), expectedKind: expectedKind)
    }

    /// Opens a model's bytes (a mapped file, see ``ModelFile/contents(atPath:)``), checking the
    /// header and the kind when one is expected.
    public init(contents: ModelBytes, expectedKind: String? = nil) throws(Failure) {
        let bytes = contents.bytes
        guard bytes.count >= 4, Array(bytes[0..<4]) == BinaryReader.magic else { throw .notAModel }
        var header = BinaryReader(contents: contents, offset: 4, kind: "")
        let version = Int(try header.readUInt())
        guard version == BinaryReader.formatVersion else { throw .unsupportedVersion(version) }
        let kind = try header.readString()
        if let expectedKind, expectedKind != kind { throw .wrongKind(expected: expectedKind, found: kind) }
        self.init(contents: contents, offset: header.offset, kind: kind)
    }

    private init(contents: ModelBytes, offset: Int, kind: String) {
        self.contents = contents
        self.offset = offset
        self.kind = kind
    }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { offset >= bytes.count }

    /// The number of bytes not read yet.
    public var remainingCount: Int { max(0, bytes.count - offset) }

    /// An unsigned varint.
    public mutating func readUInt() throws(Failure) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw .truncated(at: offset) }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    /// A zigzag-encoded signed integer.
    public mutating func readInt() throws(Failure) -> Int {
        let raw = try readUInt()
        return Int(Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1))
    }

    /// A 32-bit little-endian float.
    public mutating func readFloat() throws(Failure) -> Float {
        guard offset + 4 <= bytes.count else { throw .truncated(at: offset) }
        var bits: UInt32 = 0
        for index in 0..<4 { bits |= UInt32(bytes[offset + index]) << UInt32(8 * index) }
        offset += 4
        return Float(bitPattern: bits)
    }

    /// A length-prefixed UTF-8 string.
    public mutating func readString() throws(Failure) -> String {
        let count = Int(try readUInt())
        guard count >= 0, offset + count <= bytes.count else { throw .truncated(at: offset) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
        offset += count
        return text
    }

    /// A counted list of strings.
    public mutating func readStrings() throws(Failure) -> [String] {
        let count = Int(try readUInt())
        guard count <= bytes.count - offset else { throw .truncated(at: offset) }
        var texts: [String] = []
        texts.reserveCapacity(count)
        for _ in 0..<count { texts.append(try readString()) }
        return texts
    }

    /// A sparse model written by ``BinaryWriter/write(_:)-(SparseModel)``.
    public mutating func readSparseModel() throws(Failure) -> SparseModel {
        let labels = try readStrings()
        let scale = try readFloat()
        let featureCount = Int(try readUInt())
        guard featureCount <= bytes.count - offset else { throw .truncated(at: offset) }
        // Flat arrays, not a list per feature: a model has hundreds of thousands of features.
        // They are written through raw pointers (appending one by one, with its capacity and
        // uniqueness checks, cost more than decoding the varints).
        // Every entry takes at least two bytes (class, weight): enough room without regrowing.
        let entryBound = (bytes.count - offset) / 2
        let labelCount = labels.count
        var failedAt: Int?
        var position = offset
        var featuresKept = 0
        var entriesKept = 0
        // In lookup memory, not arrays: see ``ModelArray``.
        let keys = LookupMemory<UInt64>(count: featureCount)
        let starts = LookupMemory<Int32>(count: featureCount + 1)
        let classes = LookupMemory<UInt16>(count: entryBound)
        let weights = LookupMemory<Float>(count: entryBound)
        do {
            let bytes = self.bytes
            let end = bytes.count
            /// An unsigned varint at `position` (nil when the bytes end first).
            @inline(__always) func varint() -> UInt64? {
                var result: UInt64 = 0
                var shift: UInt64 = 0
                while position < end, shift < 64 {
                    let byte = bytes[position]
                    position += 1
                    result |= UInt64(byte & 0x7f) << shift
                    if byte < 0x80 { return result }
                    shift += 7
                }
                return nil
            }
            /// Decodes every feature into the four buffers; false when the bytes are malformed.
            func decode(
                keys: UnsafeMutablePointer<UInt64>, starts: UnsafeMutablePointer<Int32>,
                classes: UnsafeMutablePointer<UInt16>, weights: UnsafeMutablePointer<Float>
            ) -> Bool {
                var key: UInt64 = 0
                var kept = 0
                var entries = 0
                starts[0] = 0
                defer {
                    featuresKept = kept
                    entriesKept = entries
                }
                for _ in 0..<featureCount {
                    guard let delta = varint(), let count = varint() else { return false }
                    key &+= delta
                    let entryCount = Int(count)
                    guard entryCount <= labelCount else { return false }
                    guard entryCount > 0 else { continue }
                    keys[kept] = key
                    for _ in 0..<entryCount {
                        guard let rawClass = varint() else { return false }
                        let classIndex = Int(rawClass)
                        guard classIndex < labelCount else { return false }
                        guard let raw = varint() else { return false }
                        // Never false (each entry read two bytes or more), but the buffers
                        // are raw: no write may depend on that reasoning alone.
                        guard entries < entryBound else { return false }
                        classes[entries] = UInt16(classIndex)
                        weights[entries] = Float(Int(Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1))) * scale
                        entries += 1
                    }
                    kept += 1
                    starts[kept] = Int32(entries)
                }
                return true
            }
            if !decode(keys: keys.base, starts: starts.base, classes: classes.base, weights: weights.base) {
                failedAt = position
            }
        }
        offset = position
        if let failedAt { throw .truncated(at: failedAt) }
        return SparseModel(
            labels: labels, keys: ModelArray(keys, count: featuresKept), entryStart: ModelArray(starts, count: featuresKept + 1),
            entryClass: ModelArray(classes, count: entriesKept), entryWeight: ModelArray(weights, count: entriesKept))
    }
}
