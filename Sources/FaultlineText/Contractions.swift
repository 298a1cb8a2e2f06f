/// Words written without their apostrophe that EWT still splits into two words, with where:
/// "cannot" → "can" "not", "dont" → "do" "nt", "gonna" → "gon" "na", "im" → "i" "m".
enum Contractions {
    private static let splits: [String: Int] = [
        "cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "outta": 3, "dont": 2, "wont": 2,
        "cant": 2, "didnt": 3, "doesnt": 4, "couldnt": 5, "wouldnt": 5, "shouldnt": 6,
        "isnt": 2, "wasnt": 3, "arent": 3, "werent": 4, "hasnt": 3, "havent": 4, "hadnt": 3,
        "aint": 2, "im": 1, "ive": 1, "youre": 3, "theyre": 4, "thats": 4, "whats": 4, "itll": 2,
    ]

    private static let words = WordSet(Array(splits.keys))

    /// Where to split `word`, or nil when it is not one of these contractions.
    static func splitPoint(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int? {
        guard word.count >= 2, word.count <= 8, words.contains(bytes, word) else { return nil }
        let lowered = String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self).lowercased()
        return splits[lowered].map { word.lowerBound + $0 }
    }
}
