/// Beam search over arc-eager transition sequences (Zhang & Clark 2008; Zhang & Nivre 2011):
/// the `width` best partial parses, by the sum of their transition scores, are extended
/// together, so that an early attachment that looked best locally can lose to a sequence that
/// scores better as a whole.
///
/// Every arc-eager sequence of a sentence of n words has exactly 2n transitions, so the items of
/// one step are always comparable. The states live in two pools that swap each step and are
/// reused from sentence to sentence, so decoding does not allocate per step.
struct BeamSearch {
    /// Beam width (1 is greedy search).
    let width: Int
    private var current: [ParseState] = []
    private var next: [ParseState] = []
    private var features: [UInt64] = []
    /// Where each item's features end in ``features`` (one group per item).
    private var groupEnds: [Int32] = []
    /// The scores of the step's feature groups, `classCount` per group (see ``run``).
    private var itemRows: [Float] = []
    /// The shared groups of the current step (arc contexts and pairs), by key, with their rows.
    private var sharedKeys: [(key: UInt64, row: Int)] = []
    /// The row of each item's arc context and of its (stack top, buffer front) pair.
    private var structureRow: [Int] = []
    private var pairRow: [Int] = []
    private let classCount: Int
    /// Scores of the buffer-only features by buffer front (``ParserFeatures/extractBuffer``),
    /// filled the first time an item has that front: the items of a beam often share it.
    private var bufferScores: [Float] = []
    private var bufferReady: [Bool] = []
    /// The surviving candidates of the step being built, best first.
    private var candidates: [Candidate] = []
    /// Score and gold flag of the items of the current beam, by pool slot.
    private(set) var itemScores: [Float] = []
    private(set) var itemIsGold: [Bool] = []
    /// Per step, per beam slot: the parent's slot and the transition (for training updates).
    private(set) var parents: [Int32] = []
    private(set) var moves: [Int32] = []
    /// Per step: the best item's score, whether it is the gold item.
    private(set) var bestScores: [Float] = []
    private(set) var bestIsGold: [Bool] = []
    /// The number of items in the current beam.
    private(set) var size = 0

    /// Adds the scores of every class for several feature lists, each to its own row:
    /// list `g` ends at `groupEnds[g]` in `features` and goes to row `g` (`classCount` floats).
    typealias GroupScorer = (
        _ features: UnsafeBufferPointer<UInt64>, _ groupEnds: UnsafeBufferPointer<Int32>,
        _ rows: UnsafeMutableBufferPointer<Float>
    ) -> Void

    struct Candidate {
        var parent: Int32
        var transition: Int32
        var score: Float
        var isGold: Bool
    }

    /// Items that score more than this below the best item of their step are dropped when
    /// decoding (not in recorded training runs): where the model is sure, the beam narrows and
    /// costs less. Infinity keeps every item.
    let margin: Float

    init(width: Int, classCount: Int, margin: Float = .infinity) {
        self.width = max(1, width)
        self.margin = margin
        current = Array(repeating: ParseState(), count: self.width)
        next = Array(repeating: ParseState(), count: self.width)
        features.reserveCapacity(128)
        self.classCount = classCount
        itemRows = Array(repeating: 0, count: 3 * self.width * classCount)
        groupEnds.reserveCapacity(3 * self.width)
        sharedKeys.reserveCapacity(2 * self.width)
        structureRow = Array(repeating: 0, count: self.width)
        pairRow = Array(repeating: 0, count: self.width)
        candidates.reserveCapacity(self.width + 1)
        itemScores = Array(repeating: 0, count: self.width)
        itemIsGold = Array(repeating: false, count: self.width)
    }

    /// The best complete state after ``run(count:sentence:transitions:gold:record:score:)``.
    var best: ParseState { current[0] }

    /// Searches the transition sequences of a sentence of `count` words.
    ///
    /// - Parameters:
    ///   - gold: when given, the gold transition of every step: items that followed it so far
    ///     are flagged, for training.
    ///   - record: keep back-pointers and the best score of every step (for training updates).
    ///   - score: adds the scores of every class of several feature lists to their rows.
    mutating func run(
        count: Int, sentence: ParserFeatures.Sentence, transitions: Transitions, gold: [Int]? = nil,
        record: Bool = false, score: GroupScorer
    ) {
        bufferReady.removeAll(keepingCapacity: true)
        bufferReady.append(contentsOf: repeatElement(false, count: count + 1))
        if bufferScores.count < (count + 1) * classCount {
            bufferScores = Array(repeating: 0, count: (count + 1) * classCount)
        }
        current[0].reset(count: count)
        itemScores[0] = 0
        itemIsGold[0] = gold != nil
        size = 1
        if record {
            parents.removeAll(keepingCapacity: true)
            moves.removeAll(keepingCapacity: true)
            bestScores.removeAll(keepingCapacity: true)
            bestIsGold.removeAll(keepingCapacity: true)
        }
        var step = 0
        // Every arc-eager sequence has 2n transitions (n shifts or right arcs, n reductions or
        // left arcs); counting them avoids reading (and copying) a state to test it.
        while step < 2 * count {
            candidates.removeAll(keepingCapacity: true)
            let goldMove = gold.map { step < $0.count ? $0[step] : -1 } ?? -1
            // The buffer-only features, once per buffer front.
            for slot in 0..<size {
                let front = current[slot].front
                guard !bufferReady[front] else { continue }
                features.removeAll(keepingCapacity: true)
                ParserFeatures.extractBuffer(front: front, count: count, sentence: sentence, into: &features)
                groupEnds.removeAll(keepingCapacity: true)
                groupEnds.append(Int32(features.count))
                let row = front * classCount
                bufferScores.withUnsafeMutableBufferPointer { rows in
                    let output = UnsafeMutableBufferPointer(rebasing: rows[row..<(row + classCount)])
                    for index in output.indices { output[index] = 0 }
                    features.withUnsafeBufferPointer { keys in
                        groupEnds.withUnsafeBufferPointer { score(keys, $0, output) }
                    }
                }
                bufferReady[front] = true
            }
            // The step's features in one batch of groups, each scored into its own row: first the
            // stack top's label of every item (row `slot`), then the features of the arcs of
            // every distinct arc context, then those of every distinct (stack top, buffer front)
            // pair. Items that differ only by the label of their last arc, or by arcs no feature
            // reads, share the rows of their contexts. States are read through a buffer pointer:
            // passing `current[slot]` itself copies the state, retaining and releasing its arrays.
            features.removeAll(keepingCapacity: true)
            groupEnds.removeAll(keepingCapacity: true)
            sharedKeys.removeAll(keepingCapacity: true)
            current.withUnsafeBufferPointer { states in
                for slot in 0..<size {
                    ParserFeatures.extractTopLabel(states[slot], into: &features)
                    groupEnds.append(Int32(features.count))
                }
                for slot in 0..<size {
                    let signature = ParserFeatures.structureSignature(states[slot])
                    if let found = sharedKeys.firstIndex(where: { $0.key == signature }) {
                        structureRow[slot] = sharedKeys[found].row
                        continue
                    }
                    structureRow[slot] = groupEnds.count
                    sharedKeys.append((signature, groupEnds.count))
                    ParserFeatures.extractStructure(states[slot], sentence: sentence, into: &features)
                    groupEnds.append(Int32(features.count))
                }
                for slot in 0..<size {
                    let top = states[slot].top
                    let front = states[slot].front
                    // Distinct from every signature: the high bit is set.
                    let key = UInt64((top + 1) * (count + 2) + front) | 1 << 63
                    if let found = sharedKeys.firstIndex(where: { $0.key == key }) {
                        pairRow[slot] = sharedKeys[found].row
                        continue
                    }
                    pairRow[slot] = groupEnds.count
                    sharedKeys.append((key, groupEnds.count))
                    ParserFeatures.extractPair(top: top, front: front, count: count, sentence: sentence, into: &features)
                    groupEnds.append(Int32(features.count))
                }
            }
            for index in 0..<(groupEnds.count * classCount) { itemRows[index] = 0 }
            itemRows.withUnsafeMutableBufferPointer { rows in
                features.withUnsafeBufferPointer { keys in
                    groupEnds.withUnsafeBufferPointer { score(keys, $0, rows) }
                }
            }
            current.withUnsafeBufferPointer { states in
              for slot in 0..<size {
                let row = slot * classCount
                let structureRow = structureRow[slot] * classCount
                let pairRow = pairRow[slot] * classCount
                let bufferRow = states[slot].front * classCount
                let base = itemScores[slot]
                let parentGold = itemIsGold[slot]
                let top = states[slot].top
                transitions.forEachAllowed(
                    top: top, topHasHead: top >= 0 && states[slot].heads[top] >= 0, front: states[slot].front, count: count
                ) { transition in
                    let total = base + itemRows[row + transition] + itemRows[structureRow + transition]
                        + itemRows[pairRow + transition] + bufferScores[bufferRow + transition]
                    if candidates.count == width, total <= candidates[width - 1].score { return }
                    let candidate = Candidate(
                        parent: Int32(slot), transition: Int32(transition), score: total,
                        isGold: parentGold && transition == goldMove)
                    var position = candidates.count
                    while position > 0, candidates[position - 1].score < total { position -= 1 }
                    candidates.insert(candidate, at: position)
                    if candidates.count > width { candidates.removeLast() }
                }
              }
            }
            if !record, margin < .infinity {
                let floor = candidates[0].score - margin
                while candidates.count > 1, candidates[candidates.count - 1].score < floor { candidates.removeLast() }
            }
            for (slot, candidate) in candidates.enumerated() {
                current.withUnsafeBufferPointer { states in
                    next.withUnsafeMutableBufferPointer { targets in
                        targets[slot].assign(states[Int(candidate.parent)])
                        transitions.apply(Int(candidate.transition), to: &targets[slot])
                    }
                }
                itemScores[slot] = candidate.score
                itemIsGold[slot] = candidate.isGold
                if record {
                    parents.append(candidate.parent)
                    moves.append(candidate.transition)
                }
            }
            if record {
                for _ in candidates.count..<width {
                    parents.append(-1)
                    moves.append(-1)
                }
                bestScores.append(candidates[0].score)
                bestIsGold.append(candidates[0].isGold)
            }
            size = candidates.count
            swap(&current, &next)
            step += 1
        }
    }

    /// The transitions that led to slot `slot` of the beam after step `step` (recorded runs).
    func sequence(endingAt step: Int, slot: Int) -> [Int] {
        var result = [Int](repeating: 0, count: step + 1)
        var position = slot
        var index = step
        while index >= 0 {
            result[index] = Int(moves[index * width + position])
            position = Int(parents[index * width + position])
            index -= 1
        }
        return result
    }
}
