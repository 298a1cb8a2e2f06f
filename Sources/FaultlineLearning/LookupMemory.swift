#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed number of zeroed elements for a model's lookup table, freed with the last reference.
///
/// Lookup tables are read at random addresses far apart. Large ones are mapped on their own,
/// aligned to 2 MB and, on Linux, marked for transparent huge pages (most systems only give
/// them on request): one TLB entry then covers 2 MB instead of 4 KB, so a lookup that misses
/// the caches does not also miss the TLB. Fresh mappings are zero already, so nothing is
/// written before the table is.
///
/// Written only while the table that owns it is built, read-only once the table is shared, so
/// it is `Sendable` the way an immutable array is.
final class LookupMemory<Element: BitwiseCopyable>: @unchecked Sendable {
    /// The first element.
    let base: UnsafeMutablePointer<Element>
    /// The number of elements.
    let count: Int
    /// The mapping to unmap, or nil when the memory came from `calloc`.
    private let mapping: (start: UnsafeMutableRawPointer, length: Int)?

    /// Blocks at least this large are mapped on their own, aligned to it: a huge page.
    static var hugePage: Int { 2 << 20 }

    /// `count` elements, every byte zero.
    init(count: Int) {
        let capacity = max(1, count)
        let bytes = capacity * MemoryLayout<Element>.stride
        if bytes >= Self.hugePage, let mapped = Self.mapAligned(bytes) {
            base = mapped.bindMemory(to: Element.self, capacity: capacity)
            mapping = (mapped, Self.rounded(bytes))
        } else {
            guard let memory = calloc(1, bytes) else {
                fatalError("no memory left for a model lookup table of \(capacity) elements")
            }
            base = memory.bindMemory(to: Element.self, capacity: capacity)
            mapping = nil
        }
        self.count = count
    }

    deinit {
        if let mapping {
            munmap(mapping.start, mapping.length)
        } else {
            free(UnsafeMutableRawPointer(base))
        }
    }

    private static func rounded(_ bytes: Int) -> Int {
        (bytes + hugePage - 1) / hugePage * hugePage
    }

    /// Anonymous memory of `bytes` rounded up to whole huge pages, aligned to a huge page; nil
    /// when the system refuses the mapping.
    private static func mapAligned(_ bytes: Int) -> UnsafeMutableRawPointer? {
        let length = rounded(bytes)
        let span = length + hugePage
        guard let mapped = mmap(nil, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              mapped != UnsafeMutableRawPointer(bitPattern: -1)
        else { return nil }
        let address = UInt(bitPattern: mapped)
        let alignedAddress = (address + UInt(hugePage) - 1) & ~UInt(hugePage - 1)
        let head = Int(alignedAddress - address)
        if head > 0 { munmap(mapped, head) }
        let tail = span - head - length
        if tail > 0 { munmap(mapped + head + length, tail) }
        let aligned = mapped + head
        #if os(Linux)
        // Advice only: where huge pages are off, the memory is ordinary pages.
        _ = madvise(aligned, length, MADV_HUGEPAGE)
        #endif
        return aligned
    }
}
