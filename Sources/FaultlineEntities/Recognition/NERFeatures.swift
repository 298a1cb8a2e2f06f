import FaultlineLearning

/// What a document tells about its words before any of them is tagged, and what has been
/// tagged so far: the document-level consistency features read it.
public struct NERDocumentContext: Sendable {
    /// Keys of words written in lower case somewhere in the document ("Will" at the start of a
    /// sentence is a name less often when "will" occurs too).
    var lowercaseWords: Set<UInt64> = []
    /// The entity type (number + 1, or 0 for outside) last predicted for a capitalised word.
    var lastType: [UInt64: Int] = [:]

    /// Scans the words of a whole document.
    public init(sentences: [[String]]) {
        for words in sentences {
            for word in words {
                guard let first = word.utf8.first, first >= 0x61, first <= 0x7a else { continue }
                lowercaseWords.insert(NERFeatures.foldedKey(Array(word.utf8)))
            }
        }
    }

    /// Records the tags predicted for a sentence, for the sentences after it.
    mutating func remember(_ sentence: NERFeatures.SentenceFeatures, tags: [Int]) {
        for (index, tag) in tags.enumerated() where sentence.isCapitalized[index] {
            lastType[sentence.wordKeys[index]] = tag == 0 ? 0 : BILOU.typeNumber(ofTag: tag) + 1
        }
    }
}

/// Turns the words of a sentence into hashed features for the entity tagger.
///
/// The static features of a token (word, affixes, shape, context words, POS, gazetteer,
/// document memory) are computed once per sentence; the tag-history features are added while
/// decoding. Keys are masked to 32 bits, which keeps the model file's delta-coded keys short.
public struct NERFeatures: Sendable {
    /// Names this feature set; stored in the model so that a model meets the code it was
    /// trained with.
    public static let version = "ner-features-6"
    static let keyMask: UInt64 = 0xffff_ffff

    let gazetteer: Gazetteer
    /// Word clusters learned from raw text (stored in the model).
    public let clusters: WordClusters

    /// Features over a gazetteer and word clusters.
    public init(gazetteer: Gazetteer = .standard, clusters: WordClusters = .empty) {
        self.gazetteer = gazetteer
        self.clusters = clusters
    }

    /// The static features of every token of a sentence.
    public struct SentenceFeatures: Sendable {
        /// Features of token `i`: `keys[starts[i]..<starts[i + 1]]`.
        var keys: [UInt64] = []
        var starts: [Int] = [0]
        /// Fine cluster per token (tag-history conjunction).
        var fineClusters: [UInt64] = []
        /// Case-sensitive word keys (document memory).
        var wordKeys: [UInt64] = []
        /// Folded word keys (tag-history conjunctions).
        var lowerKeys: [UInt64] = []
        var shapeKeys: [UInt64] = []
        var isCapitalized: [Bool] = []
        /// Per token, its word's row in the ``NERWordMemo`` that holds the steps of its own
        /// features (empty without a memo: then `keys` holds those features too).
        var wordRows: [Int] = []
        /// The number of tokens.
        public var count: Int { wordKeys.count }
    }

    // Feature templates.
    private enum T: UInt64 {
        case bias = 1, word, lower, lowerM1, lowerP1, lowerM2, lowerP2, bigramM1, bigramP1
        case prefix1, prefix2, prefix3, suffix1, suffix2, suffix3, suffix4
        case shape, shortShape, shapeM1, shapeP1, shapeWindow
        case pos, posM1, posP1, posM2, posP2, posBigramM1, posBigramP1, posShape
        case gazetteer, gazetteerM1, gazetteerP1, memory, memoryShape, lowercaseElsewhere, firstShape
        case tag1, tags12, tag1Lower, tag1Shape, lowerShapeP1, wordM1Shape
        case clusterFine, clusterCoarse, clusterM1, clusterP1, clusterBigram, skipGram, suffixP1, tag1Cluster
        case clusterBigramM1, coarseM1, coarseP1, tag1LowerM1
    }

    /// `FeatureHash(template:)` of every template, computed once: each key then costs only
    /// the hashing of its values.
    private static let templateSeeds: [UInt64] = (0...UInt64(T.tag1LowerM1.rawValue)).map {
        FeatureHash(template: $0).value
    }

    /// ``FeatureHash/combine(_:)-(UInt64)`` of `number` into `value`: the same eight FNV-1a steps.
    @inline(__always)
    private static func combine(_ value: UInt64, _ number: UInt64) -> UInt64 {
        var hash = value
        var remaining = number
        for _ in 0..<8 {
            hash = (hash ^ (remaining & 0xff)) &* 0x0000_0100_0000_01b3
            remaining >>= 8
        }
        return hash
    }

    @inline(__always)
    private static func key(_ template: T, _ a: UInt64) -> UInt64 {
        combine(templateSeeds[Int(template.rawValue)], a) >> 32
    }

    @inline(__always)
    private static func key(_ template: T, _ a: UInt64, _ b: UInt64) -> UInt64 {
        combine(combine(templateSeeds[Int(template.rawValue)], a), b) >> 32
    }

    @inline(__always)
    private static func key(_ template: T, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        combine(combine(combine(templateSeeds[Int(template.rawValue)], a), b), c) >> 32
    }

    /// FNV-1a over bytes (the same function as ``FeatureHash``'s string hashing).
    @inline(__always)
    static func bytesKey<Bytes: Sequence<UInt8>>(_ bytes: Bytes, seed: UInt64) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return value
    }

    /// ``bytesKey(_:seed:)`` of `bytes[range]` with ASCII capitals lowered, without a copy.
    @inline(__always)
    static func loweredKey(_ bytes: [UInt8], _ range: Range<Int>, seed: UInt64) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for index in range {
            let byte = bytes[index]
            let lowered = byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte
            value = (value ^ UInt64(lowered)) &* 0x0000_0100_0000_01b3
        }
        return value
    }

    /// The folded key of a word's bytes (shared with ``WordClusters``, whose table it indexes).
    @inline(__always)
    static func foldedKey(_ bytes: [UInt8]) -> UInt64 { WordClusters.foldedKey(bytes) }

    /// Brackets and quotes as OntoNotes writes them (see ``WordClusters/normalizedBytes(_:)``).
    @inline(__always)
    static func normalizedBytes(_ word: String) -> [UInt8] { WordClusters.normalizedBytes(word) }

    /// What the features read of one word by itself, computed from its (normalized) bytes.
    struct WordInfo: Sendable {
        /// Case-sensitive key (document memory).
        var wordKey: UInt64
        /// Folded key (context features, clusters).
        var lowerKey: UInt64
        var fine: UInt64 = 0xc0
        var coarse: UInt64 = 0xc0
        var isCapitalized: Bool
        var gazetteerWordKey: UInt64
        var shapeKey: UInt64
        var shortShape: UInt64
        var hasLetters: Bool
        var prefixes: (UInt64, UInt64, UInt64)
        var suffixes: (UInt64, UInt64, UInt64, UInt64)
    }

    /// The per-word values of `word`.
    func wordInfo(_ word: String, shape: inout [UInt8], shortShape: inout [UInt8]) -> WordInfo {
        let bytes = NERFeatures.normalizedBytes(word)
        let first = bytes.first ?? 0
        let lowerKey = NERFeatures.foldedKey(bytes)
        // Shapes: Xxxx for "Baghdad" (runs capped at 4), Xx for the collapsed form.
        shape.removeAll(keepingCapacity: true)
        shortShape.removeAll(keepingCapacity: true)
        var run = 0
        var letters = false
        for byte in bytes {
            let symbol: UInt8
            switch byte {
            case 0x41...0x5a: symbol = 0x58; letters = true
            case 0x61...0x7a, 0x80...0xff: symbol = 0x78; letters = true
            case 0x30...0x39: symbol = 0x64
            default: symbol = byte
            }
            if symbol == shape.last { run += 1 } else { run = 1 }
            if run <= 4 { shape.append(symbol) }
            if symbol != shortShape.last { shortShape.append(symbol) }
        }
        let n = bytes.count
        var info = WordInfo(
            wordKey: NERFeatures.bytesKey(bytes, seed: 1), lowerKey: lowerKey,
            isCapitalized: first >= 0x41 && first <= 0x5a, gazetteerWordKey: Gazetteer.wordKey(word),
            shapeKey: NERFeatures.bytesKey(shape[...], seed: 3),
            shortShape: NERFeatures.bytesKey(shortShape[...], seed: 4), hasLetters: letters,
            prefixes: (
                NERFeatures.loweredKey(bytes, 0..<min(1, n), seed: 11),
                n >= 2 ? NERFeatures.loweredKey(bytes, 0..<2, seed: 12) : 0,
                n >= 3 ? NERFeatures.loweredKey(bytes, 0..<3, seed: 13) : 0),
            suffixes: (
                NERFeatures.loweredKey(bytes, max(0, n - 1)..<n, seed: 21),
                n >= 3 ? NERFeatures.loweredKey(bytes, (n - 2)..<n, seed: 22) : 0,
                n >= 4 ? NERFeatures.loweredKey(bytes, (n - 3)..<n, seed: 23) : 0,
                n >= 5 ? NERFeatures.loweredKey(bytes, (n - 4)..<n, seed: 24) : 0))
        if let found = clusters.clusters(ofFoldedKey: lowerKey) {
            info.fine = UInt64(found.fine)
            info.coarse = UInt64(found.coarse)
        }
        return info
    }

    /// The static features of a sentence. `tags` are PTB tags (empty strings when the syntax
    /// stage did not run: then no POS feature fires).
    public func sentenceFeatures(words: [String], tags: [String], context: NERDocumentContext) -> SentenceFeatures {
        var memo: NERWordMemo?
        return sentenceFeatures(words: words, tags: tags, context: context, memo: &memo, model: nil)
    }

    /// The static features of a sentence; with a memo (and the model it scores for), the
    /// features a word has by itself are not listed: the memo holds their class steps, computed
    /// at the word's first occurrence, and ``SentenceFeatures/wordRows`` points at them.
    func sentenceFeatures(
        words: [String], tags: [String], context: NERDocumentContext, memo: inout NERWordMemo?, model: SparseModel?
    ) -> SentenceFeatures {
        let count = words.count
        var features = SentenceFeatures()
        features.wordKeys.reserveCapacity(count)
        features.keys.reserveCapacity(count * 40)
        var shortShapes = [UInt64](repeating: 0, count: count)
        var posKeys = [UInt64](repeating: 0, count: count)
        var gazetteerWordKeys = [UInt64](repeating: 0, count: count)
        var prefixKeys = [(UInt64, UInt64, UInt64)](repeating: (0, 0, 0), count: count)
        var suffixKeys = [(UInt64, UInt64, UInt64, UInt64)](repeating: (0, 0, 0, 0), count: count)
        var hasLetters = [Bool](repeating: false, count: count)
        var fineClusters = [UInt64](repeating: 0xc0, count: count)
        var coarseClusters = [UInt64](repeating: 0xc0, count: count)
        /// Per token: whether its own features still have to be scored (a word new to the memo).
        var isNewWord = [Bool](repeating: memo == nil, count: count)

        var shape: [UInt8] = []
        var shortShape: [UInt8] = []
        for index in 0..<count {
            let info: WordInfo
            if memo != nil {
                let (row, isNew) = memo!.row(of: words[index]) { self.wordInfo($0, shape: &shape, shortShape: &shortShape) }
                info = memo!.infos[row]
                features.wordRows.append(row)
                isNewWord[index] = isNew
            } else {
                info = wordInfo(words[index], shape: &shape, shortShape: &shortShape)
            }
            features.wordKeys.append(info.wordKey)
            features.lowerKeys.append(info.lowerKey)
            fineClusters[index] = info.fine
            coarseClusters[index] = info.coarse
            features.isCapitalized.append(info.isCapitalized)
            gazetteerWordKeys[index] = info.gazetteerWordKey
            hasLetters[index] = info.hasLetters
            features.shapeKeys.append(info.shapeKey)
            shortShapes[index] = info.shortShape
            if index < tags.count, !tags[index].isEmpty {
                posKeys[index] = NERFeatures.bytesKey(tags[index].utf8, seed: 5)
            }
            prefixKeys[index] = info.prefixes
            suffixKeys[index] = info.suffixes
        }

        // Gazetteer: category and position of the longest name covering each word.
        var gazetteerKeys = [UInt64](repeating: 0, count: count)
        for match in gazetteer.matches(wordKeys: gazetteerWordKeys) {
            let category = UInt64(match.entry.category.rawValue)
            for index in match.start..<match.end {
                let position: UInt64 = match.end - match.start == 1 ? 3 : index == match.start ? 0 : index == match.end - 1 ? 2 : 1
                gazetteerKeys[index] = category << 4 | position
            }
        }

        let none: UInt64 = 0x5a5a
        let lowerKeys = features.lowerKeys
        var keys = features.keys
        features.keys = []
        // A word's own features go with the others without a memo; with one, to `own` for a
        // word new to it, and nowhere for a word it knows.
        var own: [UInt64] = []
        let splitsOwn = memo != nil
        for index in 0..<count {
            let lower = lowerKeys[index]
            let ownWanted = isNewWord[index]
            own.removeAll(keepingCapacity: true)
            func lowerAt(_ offset: Int) -> UInt64 {
                let at = index + offset
                return at < 0 ? 0xb05 : at >= count ? 0xe05 : lowerKeys[at]
            }
            func posAt(_ offset: Int) -> UInt64 {
                let at = index + offset
                return at < 0 ? 0xb05 : at >= count ? 0xe05 : posKeys[at]
            }
            func shapeAt(_ offset: Int) -> UInt64 {
                let at = index + offset
                return at < 0 ? 0xb05 : at >= count ? 0xe05 : shortShapes[at]
            }
            @inline(__always) func addOwn(_ key: @autoclosure () -> UInt64) {
                guard ownWanted else { return }
                if splitsOwn { own.append(key()) } else { keys.append(key()) }
            }
            addOwn(NERFeatures.key(.bias, 1))
            addOwn(NERFeatures.key(.word, features.wordKeys[index]))
            addOwn(NERFeatures.key(.lower, lower))
            keys.append(NERFeatures.key(.lowerM1, lowerAt(-1)))
            keys.append(NERFeatures.key(.lowerP1, lowerAt(1)))
            keys.append(NERFeatures.key(.lowerM2, lowerAt(-2)))
            keys.append(NERFeatures.key(.lowerP2, lowerAt(2)))
            keys.append(NERFeatures.key(.bigramM1, lowerAt(-1), lower))
            keys.append(NERFeatures.key(.bigramP1, lower, lowerAt(1)))
            if hasLetters[index] {
                let prefixes = prefixKeys[index]
                addOwn(NERFeatures.key(.prefix1, prefixes.0))
                if prefixes.1 != 0 { addOwn(NERFeatures.key(.prefix2, prefixes.1)) }
                if prefixes.2 != 0 { addOwn(NERFeatures.key(.prefix3, prefixes.2)) }
                let suffixes = suffixKeys[index]
                addOwn(NERFeatures.key(.suffix1, suffixes.0))
                if suffixes.1 != 0 { addOwn(NERFeatures.key(.suffix2, suffixes.1)) }
                if suffixes.2 != 0 { addOwn(NERFeatures.key(.suffix3, suffixes.2)) }
                if suffixes.3 != 0 { addOwn(NERFeatures.key(.suffix4, suffixes.3)) }
            }
            addOwn(NERFeatures.key(.shape, features.shapeKeys[index]))
            addOwn(NERFeatures.key(.shortShape, shortShapes[index]))
            keys.append(NERFeatures.key(.shapeM1, shapeAt(-1)))
            keys.append(NERFeatures.key(.shapeP1, shapeAt(1)))
            keys.append(NERFeatures.key(.shapeWindow, shapeAt(-1), shortShapes[index], shapeAt(1)))
            keys.append(NERFeatures.key(.lowerShapeP1, lower, shapeAt(1)))
            keys.append(NERFeatures.key(.wordM1Shape, lowerAt(-1), shortShapes[index]))
            if posKeys[index] != 0 {
                keys.append(NERFeatures.key(.pos, posKeys[index]))
                keys.append(NERFeatures.key(.posM1, posAt(-1)))
                keys.append(NERFeatures.key(.posP1, posAt(1)))
                keys.append(NERFeatures.key(.posM2, posAt(-2)))
                keys.append(NERFeatures.key(.posP2, posAt(2)))
                keys.append(NERFeatures.key(.posBigramM1, posAt(-1), posKeys[index]))
                keys.append(NERFeatures.key(.posBigramP1, posKeys[index], posAt(1)))
                keys.append(NERFeatures.key(.posShape, posKeys[index], shortShapes[index]))
            }
            if gazetteerKeys[index] != 0 { keys.append(NERFeatures.key(.gazetteer, gazetteerKeys[index])) }
            if index > 0, gazetteerKeys[index - 1] != 0 {
                keys.append(NERFeatures.key(.gazetteerM1, gazetteerKeys[index - 1]))
            }
            if index + 1 < count, gazetteerKeys[index + 1] != 0 {
                keys.append(NERFeatures.key(.gazetteerP1, gazetteerKeys[index + 1]))
            }
            if features.isCapitalized[index] {
                let remembered = context.lastType[features.wordKeys[index]].map { UInt64($0) } ?? none
                keys.append(NERFeatures.key(.memory, remembered))
                keys.append(NERFeatures.key(.memoryShape, remembered, shortShapes[index]))
                let elsewhere: UInt64 = context.lowercaseWords.contains(lower) ? 1 : 0
                keys.append(NERFeatures.key(.lowercaseElsewhere, elsewhere, index == 0 ? 1 : 0))
            }
            if index == 0 { keys.append(NERFeatures.key(.firstShape, shortShapes[index])) }
            let clusterM1: UInt64 = index > 0 ? fineClusters[index - 1] : 0xb05
            let clusterP1: UInt64 = index + 1 < count ? fineClusters[index + 1] : 0xe05
            addOwn(NERFeatures.key(.clusterFine, fineClusters[index]))
            addOwn(NERFeatures.key(.clusterCoarse, coarseClusters[index], shortShapes[index]))
            keys.append(NERFeatures.key(.clusterM1, clusterM1))
            keys.append(NERFeatures.key(.clusterP1, clusterP1))
            keys.append(NERFeatures.key(.clusterBigram, fineClusters[index], clusterP1))
            keys.append(NERFeatures.key(.clusterBigramM1, clusterM1, fineClusters[index]))
            keys.append(NERFeatures.key(.coarseM1, index > 0 ? coarseClusters[index - 1] : 0xb05, shortShapes[index]))
            keys.append(NERFeatures.key(.coarseP1, index + 1 < count ? coarseClusters[index + 1] : 0xe05, shortShapes[index]))
            keys.append(NERFeatures.key(.skipGram, lowerAt(-1), lowerAt(1)))
            if index + 1 < count { keys.append(NERFeatures.key(.suffixP1, suffixKeys[index + 1].0, suffixKeys[index + 1].2)) }
            features.starts.append(keys.count)
            if splitsOwn, ownWanted, let model {
                memo!.setSteps(ofRow: features.wordRows[index], features: own, model: model)
            }
        }
        features.keys = keys
        features.fineClusters = fineClusters
        return features
    }

    /// Appends the static features of token `index` and the features of the two tags before it
    /// (-1 before the sentence) to `buffer`, which is emptied first.
    @inline(__always)
    func tokenFeatures(
        _ sentence: SentenceFeatures, at index: Int, previous: Int, beforePrevious: Int, into buffer: inout [UInt64]
    ) {
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: sentence.keys[sentence.starts[index]..<sentence.starts[index + 1]])
        let tag1 = UInt64(bitPattern: Int64(previous))
        buffer.append(NERFeatures.key(.tag1, tag1))
        buffer.append(NERFeatures.key(.tags12, tag1, UInt64(bitPattern: Int64(beforePrevious))))
        buffer.append(NERFeatures.key(.tag1Lower, tag1, sentence.lowerKeys[index]))
        buffer.append(NERFeatures.key(.tag1Shape, tag1, sentence.shapeKeys[index]))
        buffer.append(NERFeatures.key(.tag1Cluster, tag1, sentence.fineClusters[index]))
        buffer.append(NERFeatures.key(.tag1LowerM1, tag1, index > 0 ? sentence.lowerKeys[index - 1] : 0xb05))
    }
}
