/// A read-only array of a model's flat feature data (keys, entry starts, classes, weights),
/// kept in ``LookupMemory``.
///
/// A model's flat data is megabytes of fresh memory written once while the model file is
/// read. As ordinary arrays it took one page fault per 4 KB, the largest cost of loading the
/// models; in lookup memory large blocks come in 2 MB pages, a fault each.
struct ModelArray<Element: BitwiseCopyable>: RandomAccessCollection, Sendable {
    private let memory: LookupMemory<Element>
    /// The number of elements.
    let count: Int

    /// The first `count` elements of `memory` (which the caller has written).
    init(_ memory: LookupMemory<Element>, count: Int) {
        precondition(count >= 0 && count <= memory.count, "a model array within its memory")
        self.memory = memory
        self.count = count
    }

    /// A copy of `array`.
    init(_ array: [Element]) {
        let memory = LookupMemory<Element>(count: array.count)
        array.withUnsafeBufferPointer { source in
            if let start = source.baseAddress { memory.base.update(from: start, count: source.count) }
        }
        self.init(memory, count: array.count)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Element {
        precondition(position >= 0 && position < count, "model array index out of range")
        return memory.base[position]
    }

    /// The elements as a buffer, valid while this array (or a copy of it) lives.
    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: memory.base, count: count) }

    /// Calls `body` with the elements as a buffer.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(memory) { try body(buffer) }
    }
}
