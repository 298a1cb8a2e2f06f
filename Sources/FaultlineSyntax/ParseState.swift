/// The configuration of the arc-eager transition system: a stack, the front of the buffer and
/// the arcs built so far, with the per-word facts the features read (children, valency,
/// label sets). The artificial root sits at the end of the buffer (index `count`), so words
/// left without a head are attached to it at the very end.
struct ParseState {
    private(set) var count = 0
    private(set) var stack: [Int32] = []
    private(set) var front = 0
    private(set) var heads: [Int32] = []
    private(set) var labels: [Int32] = []
    private(set) var leftmost: [Int32] = []
    private(set) var leftmost2: [Int32] = []
    private(set) var rightmost: [Int32] = []
    private(set) var rightmost2: [Int32] = []
    private(set) var leftValency: [Int32] = []
    private(set) var rightValency: [Int32] = []
    private(set) var leftLabels: [UInt64] = []
    private(set) var rightLabels: [UInt64] = []
    private(set) var inStack: [Bool] = []

    /// Starts a sentence of `count` words, reusing the buffers.
    mutating func reset(count: Int) {
        self.count = count
        stack.removeAll(keepingCapacity: true)
        front = 0
        func fill<T>(_ array: inout [T], _ value: T) {
            array.removeAll(keepingCapacity: true)
            array.append(contentsOf: repeatElement(value, count: count + 1))
        }
        fill(&heads, -1)
        fill(&labels, -1)
        fill(&leftmost, -1)
        fill(&leftmost2, -1)
        fill(&rightmost, -1)
        fill(&rightmost2, -1)
        fill(&leftValency, 0)
        fill(&rightValency, 0)
        fill(&leftLabels, 0)
        fill(&rightLabels, 0)
        fill(&inStack, false)
    }

    /// Makes this state a copy of `other` by copying into the buffers it already has, so that
    /// beam search moves states between its two pools without allocating.
    @inline(__always)
    mutating func assign(_ other: ParseState) {
        count = other.count
        front = other.front
        @inline(__always) func copy<T>(_ target: inout [T], _ source: [T]) {
            if target.count == source.count {
                guard !source.isEmpty else { return }
                target.withUnsafeMutableBufferPointer { target in
                    source.withUnsafeBufferPointer { source in
                        target.baseAddress!.update(from: source.baseAddress!, count: source.count)
                    }
                }
            } else {
                target.removeAll(keepingCapacity: true)
                target.append(contentsOf: source)
            }
        }
        copy(&stack, other.stack)
        copy(&heads, other.heads)
        copy(&labels, other.labels)
        copy(&leftmost, other.leftmost)
        copy(&leftmost2, other.leftmost2)
        copy(&rightmost, other.rightmost)
        copy(&rightmost2, other.rightmost2)
        copy(&leftValency, other.leftValency)
        copy(&rightValency, other.rightValency)
        copy(&leftLabels, other.leftLabels)
        copy(&rightLabels, other.rightLabels)
        copy(&inStack, other.inStack)
    }

    var isTerminal: Bool { front == count && stack.isEmpty }
    var top: Int { stack.isEmpty ? -1 : Int(stack[stack.count - 1]) }
    var second: Int { stack.count < 2 ? -1 : Int(stack[stack.count - 2]) }

    mutating func shift() {
        stack.append(Int32(front))
        inStack[front] = true
        front += 1
    }

    mutating func reduce() {
        let word = Int(stack.removeLast())
        inStack[word] = false
    }

    /// Makes the front of the buffer the head of the stack top, and pops it.
    mutating func leftArc(label: Int) {
        let dependent = Int(stack.removeLast())
        inStack[dependent] = false
        heads[dependent] = Int32(front)
        labels[dependent] = Int32(label)
        leftmost2[front] = leftmost[front]
        leftmost[front] = Int32(dependent)
        leftValency[front] += 1
        leftLabels[front] |= 1 << UInt64(label & 63)
    }

    /// Makes the stack top the head of the front of the buffer, and shifts it.
    mutating func rightArc(label: Int) {
        let head = top
        heads[front] = Int32(head)
        labels[front] = Int32(label)
        rightmost2[head] = rightmost[head]
        rightmost[head] = Int32(front)
        rightValency[head] += 1
        rightLabels[head] |= 1 << UInt64(label & 63)
        shift()
    }
}
