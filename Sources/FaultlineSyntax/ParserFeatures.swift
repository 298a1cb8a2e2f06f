/// Zhang & Nivre (2011) rich non-local features for arc-eager parsing: words and tags of the
/// stack top, buffer front and their neighbours, distance, valency, the labels and label sets
/// of children, and third-order (grandparent, second child) context.
enum ParserFeatures {
    /// Word atoms for the words of a sentence plus the root (last), as used by the parser.
    struct Sentence {
        var words: [UInt64]
        var tags: [UInt64]
        /// Fine and coarse word-cluster atoms (2 for a word without a cluster).
        var fine: [UInt64]
        var coarse: [UInt64]
        /// Whether the model has clusters (models without them skip the cluster templates).
        var hasClusters: Bool
    }

    @inline(__always)
    static func bucket(_ distance: Int) -> UInt64 {
        distance <= 5 ? UInt64(distance) : distance <= 10 ? 6 : 7
    }

    /// Writes the features of `state` into `features` (cleared first): those of the buffer
    /// alone, then those that read the stack and the arcs.
    static func extract(_ state: ParseState, sentence: Sentence, into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        extractBuffer(front: state.front, count: state.count, sentence: sentence, into: &features)
        extractState(state, sentence: sentence, into: &features)
    }

    /// Appends the features that read only the words at and after the buffer front: every state
    /// with the same front shares them, so beam search scores them once per front.
    static func extractBuffer(front b0: Int, count n: Int, sentence: Sentence, into features: inout [UInt64]) {
        let words = sentence.words
        let tags = sentence.tags
        @inline(__always) func w(_ index: Int) -> UInt64 { index < 0 ? 1 : words[index] }
        @inline(__always) func p(_ index: Int) -> UInt64 { index < 0 ? 1 : tags[index] }
        @inline(__always) func c(_ index: Int) -> UInt64 { index < 0 ? 1 : sentence.coarse[index] }
        func add(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            features.append(FeatureKey.of(template, a, b, c))
        }
        let b1 = b0 + 1 <= n ? b0 + 1 : -1
        let b2 = b0 + 2 <= n ? b0 + 2 : -1
        let b0w = w(b0), b0p = p(b0), b1w = w(b1), b1p = p(b1), b2w = w(b2), b2p = p(b2)
        add(1, 0)
        add(5, FeatureKey.of(0, b0w, b0p)); add(6, b0w); add(7, b0p)
        add(8, b1w, b1p); add(9, b1w); add(10, b1p)
        add(11, b2w, b2p); add(12, b2w); add(13, b2p)
        add(21, b0p, b1p); add(22, b0p, b1p, b2p)
        guard sentence.hasClusters else { return }
        let b0c = c(b0)
        add(78, b0c); add(79, c(b1)); add(81, sentence.fine[b0], b0p); add(86, b0c, c(b1))
    }

    /// Appends the features that read the stack, the arcs built so far or the distance.
    static func extractState(_ state: ParseState, sentence: Sentence, into features: inout [UInt64]) {
        extractPair(top: state.top, front: state.front, count: state.count, sentence: sentence, into: &features)
        extractStructure(state, sentence: sentence, into: &features)
        extractTopLabel(state, into: &features)
    }

    /// Appends the feature of the stack top's own label: the one feature that tells apart the
    /// states an arc with one label or another leads to.
    @inline(__always)
    static func extractTopLabel(_ state: ParseState, into features: inout [UInt64]) {
        let s0 = state.top
        features.append(FeatureKey.of(42, s0 < 0 ? 1 : UInt64(bitPattern: Int64(state.labels[s0]) + 3)))
    }

    /// A 64-bit digest of everything ``extractStructure(_:sentence:into:)`` reads: states with the
    /// same digest have the same structure features (up to a hash collision, about one in 2^64).
    /// The positions the arc features read: the stack top's head, its two leftmost and two
    /// rightmost children, and the buffer front's two leftmost children (-1 where none).
    @inline(__always)
    static func arcNeighbours(_ state: ParseState) -> (Int, Int, Int, Int, Int, Int, Int) {
        let s0 = state.top
        let b0 = state.front
        guard s0 >= 0 else { return (-1, -1, -1, -1, -1, Int(state.leftmost[b0]), Int(state.leftmost2[b0])) }
        return (
            Int(state.heads[s0]), Int(state.leftmost[s0]), Int(state.leftmost2[s0]), Int(state.rightmost[s0]),
            Int(state.rightmost2[s0]), Int(state.leftmost[b0]), Int(state.leftmost2[b0])
        )
    }

    @inline(__always)
    static func structureSignature(_ state: ParseState) -> UInt64 {
        let n = state.count
        let s0 = state.top
        let b0 = state.front
        @inline(__always) func at(_ array: [Int32], _ index: Int) -> UInt64 {
            index < 0 || index > n ? 0xFFFF_FFFF_FFFF : UInt64(UInt32(bitPattern: array[index]))
        }
        let (s0h, s0l, s0l2, s0r, s0r2, b0l, b0l2) = arcNeighbours(state)
        @inline(__always) func pack(_ a: Int, _ b: Int) -> UInt64 {
            UInt64(UInt32(bitPattern: Int32(a))) << 32 | UInt64(UInt32(bitPattern: Int32(b)))
        }
        var digest = FeatureKey.of(1, pack(s0, b0), pack(state.second, s0h), pack(s0l, s0l2))
        digest = FeatureKey.of(digest, pack(s0r, s0r2), pack(b0l, b0l2), at(state.heads, s0h))
        digest = FeatureKey.of(
            digest, at(state.labels, s0h) << 32 | at(state.labels, s0l), at(state.labels, s0r) << 32 | at(state.labels, b0l),
            at(state.labels, s0l2) << 32 | at(state.labels, s0r2))
        digest = FeatureKey.of(
            digest, at(state.labels, b0l2) << 32 | at(state.leftValency, s0), at(state.rightValency, s0) << 32 | at(state.leftValency, b0),
            s0 >= 0 ? state.leftLabels[s0] : 1 << 63)
        return FeatureKey.of(digest, s0 >= 0 ? state.rightLabels[s0] : 1 << 63, state.leftLabels[b0])
    }

    /// Appends the features that read only the stack top, the buffer front (and its neighbour)
    /// and their distance: the items of a beam often share these two positions (an arc with
    /// one label or another, SHIFT or RIGHT-ARC), so beam search scores them once per pair.
    static func extractPair(top s0: Int, front b0: Int, count n: Int, sentence: Sentence, into features: inout [UInt64]) {
        let words = sentence.words
        let tags = sentence.tags
        @inline(__always) func w(_ index: Int) -> UInt64 { index < 0 ? 1 : words[index] }
        @inline(__always) func p(_ index: Int) -> UInt64 { index < 0 ? 1 : tags[index] }
        func add(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            features.append(FeatureKey.of(template, a, b, c))
        }
        let b1 = b0 + 1 <= n ? b0 + 1 : -1
        let s0w = w(s0), s0p = p(s0), b0w = w(b0), b0p = p(b0)
        let b1p = p(b1)
        let s0wp = FeatureKey.of(0, s0w, s0p)
        let b0wp = FeatureKey.of(0, b0w, b0p)
        let distance = s0 >= 0 ? bucket(b0 - s0) : 0
        // Single words (those of the buffer alone are in extractBuffer).
        add(2, s0wp); add(3, s0w); add(4, s0p)
        // Pairs.
        add(14, s0wp, b0wp); add(15, s0wp, b0w); add(16, s0w, b0wp)
        add(17, s0wp, b0p); add(18, s0p, b0wp); add(19, s0w, b0w)
        add(20, s0p, b0p)
        // Three words.
        add(23, s0p, b0p, b1p)
        // Distance.
        add(28, s0w, distance); add(29, s0p, distance); add(30, b0w, distance)
        add(31, b0p, distance); add(32, s0w, b0w, distance); add(33, s0p, b0p, distance)
        // Word clusters (Koo et al. 2008): cluster-for-word and cluster-for-tag backoffs.
        guard sentence.hasClusters else { return }
        let fine = sentence.fine
        let coarse = sentence.coarse
        @inline(__always) func f(_ index: Int) -> UInt64 { index < 0 ? 1 : fine[index] }
        @inline(__always) func c(_ index: Int) -> UInt64 { index < 0 ? 1 : coarse[index] }
        let s0c = c(s0), b0c = c(b0), s0f = f(s0), b0f = f(b0)
        add(77, s0c); add(80, s0f, s0p)
        add(82, s0c, b0c); add(83, s0c, b0p); add(84, s0p, b0c); add(85, s0f, b0f)
        add(87, s0c, b0c, distance)
        add(89, s0f, b0p, p(b1)); add(90, s0p, b0f, p(b1))
    }

    /// Appends the features that read the arcs built so far and the second stack word (but not
    /// the stack top's own label: ``extractTopLabel(_:into:)``).
    @inline(__always)
    static func extractStructure(_ state: ParseState, sentence: Sentence, into features: inout [UInt64]) {
        let words = sentence.words
        let tags = sentence.tags
        let coarse = sentence.coarse
        @inline(__always) func c(_ index: Int) -> UInt64 { index < 0 ? 1 : coarse[index] }
        @inline(__always) func w(_ index: Int) -> UInt64 { index < 0 ? 1 : words[index] }
        @inline(__always) func p(_ index: Int) -> UInt64 { index < 0 ? 1 : tags[index] }
        @inline(__always) func l(_ index: Int) -> UInt64 {
            index < 0 ? 1 : UInt64(bitPattern: Int64(state.labels[index]) + 3)
        }
        let n = state.count
        let s0 = state.top
        let b0 = state.front
        let (s0h, s0l, s0l2, s0r, s0r2, b0l, b0l2) = arcNeighbours(state)
        let s0h2 = s0h >= 0 && s0h < n ? Int(state.heads[s0h]) : -1
        let s1 = state.second

        let s0w = w(s0), s0p = p(s0), b0w = w(b0), b0p = p(b0)
        let s0vl: UInt64 = s0 >= 0 ? UInt64(state.leftValency[s0]) : 9
        let s0vr: UInt64 = s0 >= 0 ? UInt64(state.rightValency[s0]) : 9
        let b0vl = UInt64(state.leftValency[b0])
        let s0sl: UInt64 = s0 >= 0 ? state.leftLabels[s0] : 1 << 63
        let s0sr: UInt64 = s0 >= 0 ? state.rightLabels[s0] : 1 << 63
        let b0sl = state.leftLabels[b0]

        func add(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            features.append(FeatureKey.of(template, a, b, c))
        }
        // Three words.
        add(24, p(s0h), s0p, b0p)
        add(25, s0p, p(s0l), b0p); add(26, s0p, p(s0r), b0p); add(27, s0p, b0p, p(b0l))
        // Valency.
        add(34, s0w, s0vr); add(35, s0p, s0vr); add(36, s0w, s0vl)
        add(37, s0p, s0vl); add(38, b0w, b0vl); add(39, b0p, b0vl)
        // Unigrams of heads and children.
        add(40, w(s0h)); add(41, p(s0h))
        add(43, w(s0l)); add(44, p(s0l)); add(45, l(s0l))
        add(46, w(s0r)); add(47, p(s0r)); add(48, l(s0r))
        add(49, w(b0l)); add(50, p(b0l)); add(51, l(b0l))
        // Third order.
        add(52, w(s0h2)); add(53, p(s0h2)); add(54, s0h >= 0 && s0h < n ? l(s0h) : 2)
        add(55, w(s0l2)); add(56, p(s0l2)); add(57, l(s0l2))
        add(58, w(s0r2)); add(59, p(s0r2)); add(60, l(s0r2))
        add(61, w(b0l2)); add(62, p(b0l2)); add(63, l(b0l2))
        add(64, s0p, p(s0l), p(s0l2)); add(65, s0p, p(s0r), p(s0r2))
        add(66, s0p, p(s0h), p(s0h2)); add(67, b0p, p(b0l), p(b0l2))
        // Label sets.
        add(68, s0w, s0sr); add(69, s0p, s0sr); add(70, s0w, s0sl)
        add(71, s0p, s0sl); add(72, b0w, b0sl); add(73, b0p, b0sl)
        // The second stack word.
        add(74, p(s1), s0p); add(75, p(s1), s0p, b0p); add(76, w(s1), b0p)
        // Word clusters of the stack top's head.
        guard sentence.hasClusters else { return }
        add(88, c(s0h), c(s0), b0p)
    }
}
