/// The feature templates of the tagger, shared by training and tagging so that both see exactly
/// the same features.
enum TaggerFeatures {
    /// The atom of a predicted tag at a position (boundaries get their own atom).
    @inline(__always)
    static func tagAtom(_ tags: [Int], _ index: Int) -> UInt64 {
        index < 0 ? 1 : index >= tags.count ? 0 : UInt64(tags[index] + 2)
    }

    /// Writes the features of word `index` into `features`: the word's own
    /// (``extractWord(_:ambiguity:into:)``), then those of its context
    /// (``extractContext(at:atoms:ambiguity:left:right:into:)``).
    ///
    /// - Parameters:
    ///   - left: predicted classes of this pass (positions before `index` are filled).
    ///   - right: classes predicted by the first pass for the whole sentence (second pass only).
    static func extract(
        at index: Int, atoms: [WordAtoms], ambiguity: [UInt64], left: [Int], right: [Int]?,
        into features: inout [UInt64]
    ) {
        features.removeAll(keepingCapacity: true)
        appendWord(atoms[index], ambiguity: ambiguity[index], to: &features)
        appendContext(at: index, atoms: atoms, ambiguity: ambiguity, left: left, right: right, to: &features)
    }

    /// Writes the features of word `here` that read nothing but the word itself (its atoms and
    /// ambiguity class), into `features`, which is emptied first. With ``extractContext(at:atoms:ambiguity:left:right:into:)``
    /// they are exactly the features of ``extract(at:atoms:ambiguity:left:right:into:)``, in
    /// another order: a decoder can score them once per word type of a document.
    static func extractWord(_ here: WordAtoms, ambiguity: UInt64, into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        appendWord(here, ambiguity: ambiguity, to: &features)
    }

    private static func appendWord(_ here: WordAtoms, ambiguity: UInt64, to features: inout [UInt64]) {
        features.append(FeatureKey.of(100, 0))
        features.append(FeatureKey.of(101, here.normal))
        features.append(FeatureKey.of(102, here.suffixes.0))
        features.append(FeatureKey.of(103, here.suffixes.1))
        features.append(FeatureKey.of(104, here.suffixes.2))
        features.append(FeatureKey.of(105, here.suffixes.3))
        features.append(FeatureKey.of(106, here.prefixes.0))
        features.append(FeatureKey.of(107, here.prefixes.1))
        features.append(FeatureKey.of(108, here.prefixes.2))
        features.append(FeatureKey.of(109, here.shape))
        features.append(FeatureKey.of(124, ambiguity))
        if here.coarse != 2 {
            // A word with a cluster always has the cluster features (whatever its neighbours).
            features.append(FeatureKey.of(131, here.fine))
            features.append(FeatureKey.of(132, here.coarse))
            features.append(FeatureKey.of(137, here.coarse, here.suffixes.2))
        }
    }

    /// Writes the features of word `index` that ``extractWord(_:ambiguity:into:)`` leaves out:
    /// those that read its neighbours, its position or tags, into `features` (emptied first).
    static func extractContext(
        at index: Int, atoms: [WordAtoms], ambiguity: [UInt64], left: [Int], right: [Int]?,
        into features: inout [UInt64]
    ) {
        features.removeAll(keepingCapacity: true)
        appendContext(at: index, atoms: atoms, ambiguity: ambiguity, left: left, right: right, to: &features)
    }

    private static func appendContext(
        at index: Int, atoms: [WordAtoms], ambiguity: [UInt64], left: [Int], right: [Int]?,
        to features: inout [UInt64]
    ) {
        let count = atoms.count
        func word(_ offset: Int) -> WordAtoms {
            let position = index + offset
            return position >= 0 && position < count ? atoms[position] : .boundary
        }
        func ambiguityAt(_ offset: Int) -> UInt64 {
            let position = index + offset
            return position >= 0 && position < count ? ambiguity[position] : 1
        }
        let here = atoms[index]
        let previous = word(-1)
        let next = word(1)
        let tag1 = index > 0 ? UInt64(left[index - 1] + 2) : 1
        let tag2 = index > 1 ? UInt64(left[index - 2] + 2) : 1
        features.append(FeatureKey.of(110, here.shape, index == 0 ? 1 : 0))
        features.append(FeatureKey.of(111, previous.normal))
        features.append(FeatureKey.of(112, next.normal))
        features.append(FeatureKey.of(113, word(-2).normal))
        features.append(FeatureKey.of(114, word(2).normal))
        features.append(FeatureKey.of(115, previous.suffixes.2))
        features.append(FeatureKey.of(116, next.suffixes.2))
        features.append(FeatureKey.of(117, previous.shape))
        features.append(FeatureKey.of(118, next.shape))
        features.append(FeatureKey.of(119, tag1))
        features.append(FeatureKey.of(120, tag2, tag1))
        features.append(FeatureKey.of(121, tag1, here.normal))
        features.append(FeatureKey.of(122, previous.normal, here.normal))
        features.append(FeatureKey.of(123, here.normal, next.normal))
        features.append(FeatureKey.of(125, ambiguityAt(1)))
        features.append(FeatureKey.of(126, ambiguityAt(-1)))
        features.append(FeatureKey.of(127, tag1, ambiguityAt(0)))
        features.append(FeatureKey.of(128, ambiguityAt(0), ambiguityAt(1)))
        features.append(FeatureKey.of(129, tag1, here.suffixes.2))
        features.append(FeatureKey.of(130, here.normal, next.suffixes.2))
        if here.coarse != 2 || previous.coarse != 2 || next.coarse != 2 {
            if here.coarse == 2 {
                // Emitted for the neighbours' sake: not part of the word's own features.
                features.append(FeatureKey.of(131, here.fine))
                features.append(FeatureKey.of(132, here.coarse))
                features.append(FeatureKey.of(137, here.coarse, here.suffixes.2))
            }
            features.append(FeatureKey.of(133, previous.coarse))
            features.append(FeatureKey.of(134, next.coarse))
            features.append(FeatureKey.of(135, next.fine))
            features.append(FeatureKey.of(136, tag1, here.coarse))
        }
        guard let right else { return }
        let next1 = tagAtom(right, index + 1)
        let next2 = tagAtom(right, index + 2)
        features.append(FeatureKey.of(140, next1))
        features.append(FeatureKey.of(141, next1, next2))
        features.append(FeatureKey.of(142, tag1, next1))
        features.append(FeatureKey.of(143, here.normal, next1))
        features.append(FeatureKey.of(144, ambiguityAt(0), next1))
        features.append(FeatureKey.of(145, here.suffixes.2, next1))
        features.append(FeatureKey.of(146, tagAtom(right, index)))
    }
}
