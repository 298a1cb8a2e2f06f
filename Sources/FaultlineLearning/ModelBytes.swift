#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a model for ``BinaryReader``: a read-only mapping of the model file, or a copy
/// of an array. Reading a mapped file skips copying it into fresh memory (and the page faults
/// of that memory), a tenth of loading the models; the mapping goes with the last reference,
/// once the model's tables are built.
///
/// Immutable after creation, so it is `Sendable` the way an immutable array is.
public final class ModelBytes: @unchecked Sendable {
    /// The bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The mapping to unmap, or nil when the bytes were allocated here.
    private let mappedLength: Int?

    /// A copy of `array`.
    public init(copying array: [UInt8]) {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, array.count))
        _ = buffer.initialize(from: array)
        bytes = UnsafeBufferPointer(start: buffer.baseAddress, count: array.count)
        mappedLength = nil
    }

    private init(mapped start: UnsafeRawPointer, count: Int) {
        bytes = UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count)
        mappedLength = count
    }

    /// The file at `path` mapped read-only, or nil when it is not a non-empty regular file
    /// that can be mapped.
    public static func mapping(path: String) -> ModelBytes? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0 else { return nil }
        let count = Int(status.st_size)
        #if os(Linux)
        // Every page is read once, in order: map them all now rather than one fault at a time.
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let start = mmap(nil, count, PROT_READ, flags, descriptor, 0), start != MAP_FAILED else { return nil }
        return ModelBytes(mapped: UnsafeRawPointer(start), count: count)
    }

    /// The number of bytes.
    public var count: Int { bytes.count }

    deinit {
        if let mappedLength {
            munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), mappedLength)
        } else {
            UnsafeMutableRawPointer(mutating: bytes.baseAddress)?.deallocate()
        }
    }
}
