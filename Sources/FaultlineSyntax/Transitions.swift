/// The classes the parser's model chooses among: SHIFT, REDUCE, then LEFT-ARC and RIGHT-ARC
/// with every dependency label (labels are predicted jointly with the transition).
struct Transitions: Sendable {
    static let shift = 0
    static let reduce = 1
    /// The number of dependency labels.
    let labelCount: Int
    /// The index of the "root" label, the only label of arcs from the artificial root.
    let rootLabel: Int

    var classCount: Int { 2 + 2 * labelCount }
    func left(_ label: Int) -> Int { 2 + label }
    func right(_ label: Int) -> Int { 2 + labelCount + label }

    /// Class names, for the model file.
    static func names(labels: [String]) -> [String] {
        ["SHIFT", "REDUCE"] + labels.map { "L-" + $0 } + labels.map { "R-" + $0 }
    }

    /// The best class under `scores` that is allowed in `state`.
    func best(_ scores: UnsafeMutableBufferPointer<Float>, state: ParseState) -> Int {
        var best = -1
        var bestScore = -Float.infinity
        func consider(_ index: Int) {
            if scores[index] > bestScore {
                best = index
                bestScore = scores[index]
            }
        }
        let top = state.top
        if state.front < state.count { consider(Transitions.shift) }
        if top >= 0 {
            if state.heads[top] >= 0 {
                consider(Transitions.reduce)
            } else if state.front == state.count {
                consider(left(rootLabel))
            } else {
                for label in 0..<labelCount where label != rootLabel { consider(left(label)) }
            }
            if state.front < state.count {
                for label in 0..<labelCount where label != rootLabel { consider(right(label)) }
            }
        }
        return best
    }

    /// Calls `body` with every class allowed in `state` (the same set ``best(_:state:)`` picks from).
    @inline(__always)
    func forEachAllowed(in state: ParseState, _ body: (Int) -> Void) {
        let top = state.top
        forEachAllowed(top: top, topHasHead: top >= 0 && state.heads[top] >= 0, front: state.front, count: state.count, body)
    }

    /// ``forEachAllowed(in:_:)`` from the few facts it reads, for callers that would otherwise
    /// copy the state to pass it.
    @inline(__always)
    func forEachAllowed(top: Int, topHasHead: Bool, front: Int, count: Int, _ body: (Int) -> Void) {
        if front < count { body(Transitions.shift) }
        guard top >= 0 else { return }
        if topHasHead {
            body(Transitions.reduce)
        } else if front == count {
            body(left(rootLabel))
        } else {
            for label in 0..<labelCount where label != rootLabel { body(left(label)) }
        }
        if front < count {
            for label in 0..<labelCount where label != rootLabel { body(right(label)) }
        }
    }

    /// Applies a class to the state.
    func apply(_ transition: Int, to state: inout ParseState) {
        switch transition {
        case Transitions.shift: state.shift()
        case Transitions.reduce: state.reduce()
        case let value where value < 2 + labelCount: state.leftArc(label: value - 2)
        default: state.rightArc(label: transition - 2 - labelCount)
        }
    }
}
