import CShims

/// A fixed number of zeroed elements for a model's lookup table, on huge pages where the system
/// gives them (see `faultline_lookup_memory`), freed with the last reference.
///
/// Written only while the table that owns it is built, read-only once the table is shared, so
/// it is `Sendable` the way an immutable array is.
final class LookupMemory<Element: BitwiseCopyable>: @unchecked Sendable {
    /// The first element.
    let base: UnsafeMutablePointer<Element>
    /// The number of elements.
    let count: Int
    private let bytes: Int

    /// `count` elements, every byte zero.
    init(count: Int) {
        let capacity = max(1, count)
        bytes = capacity * MemoryLayout<Element>.stride
        guard let raw = faultline_lookup_memory(bytes) else {
            fatalError("no memory left for a model lookup table of \(capacity) elements")
        }
        base = raw.bindMemory(to: Element.self, capacity: capacity)
        self.count = count
    }

    deinit { faultline_lookup_memory_free(base, bytes) }
}
