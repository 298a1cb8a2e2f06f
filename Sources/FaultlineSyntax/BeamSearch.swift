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
    private var scores: [Float] = []
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

    struct Candidate {
        var parent: Int32
        var transition: Int32
        var score: Float
        var isGold: Bool
    }

    init(width: Int, classCount: Int) {
        self.width = max(1, width)
        current = Array(repeating: ParseState(), count: self.width)
        next = Array(repeating: ParseState(), count: self.width)
        features.reserveCapacity(128)
        scores = Array(repeating: 0, count: classCount)
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
    ///   - score: adds the scores of every class for the features to the buffer.
    mutating func run(
        count: Int, sentence: ParserFeatures.Sentence, transitions: Transitions, gold: [Int]? = nil,
        record: Bool = false, score: (_ features: [UInt64], _ scores: inout [Float]) -> Void
    ) {
        let classCount = scores.count
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
        while !current[0].isTerminal {
            candidates.removeAll(keepingCapacity: true)
            let goldMove = gold.map { step < $0.count ? $0[step] : -1 } ?? -1
            for slot in 0..<size {
                let front = current[slot].front
                let row = front * classCount
                if bufferReady[front] {
                    for index in 0..<classCount { scores[index] = bufferScores[row + index] }
                } else {
                    features.removeAll(keepingCapacity: true)
                    ParserFeatures.extractBuffer(front: front, count: count, sentence: sentence, into: &features)
                    for index in 0..<classCount { scores[index] = 0 }
                    score(features, &scores)
                    for index in 0..<classCount { bufferScores[row + index] = scores[index] }
                    bufferReady[front] = true
                }
                features.removeAll(keepingCapacity: true)
                ParserFeatures.extractState(current[slot], sentence: sentence, into: &features)
                score(features, &scores)
                let base = itemScores[slot]
                let parentGold = itemIsGold[slot]
                transitions.forEachAllowed(in: current[slot]) { transition in
                    let total = base + scores[transition]
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
            for (slot, candidate) in candidates.enumerated() {
                next[slot].assign(current[Int(candidate.parent)])
                transitions.apply(Int(candidate.transition), to: &next[slot])
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
