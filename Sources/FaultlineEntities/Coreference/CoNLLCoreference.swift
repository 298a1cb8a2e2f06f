import FaultlineCore

/// A document of a CoNLL coreference file: its words and gold mentions with entity labels.
public struct CoreferenceDocument: Sendable {
    /// The document name from `# begin document NAME`.
    public var name: String
    /// The words in order.
    public var words: [String]
    /// Gold mentions: words `start..<end` belong to entity `entity` (e.g. "person-2").
    public var mentions: [(start: Int, end: Int, entity: String)]
}

/// Reads CoNLL coreference files as in the GUM distribution: `index<TAB>word<TAB>column`, where
/// the column holds `(label`, `label)`, `(label)` pieces, several per word, or `_`. A label is
/// `type-number[-Wikipedia_name]`; its first two parts identify the entity.
public enum CoNLLCoreference {
    /// A line that cannot be read.
    public struct FormatError: Error, CustomStringConvertible {
        /// 1-based line number.
        public var line: Int
        /// What is wrong.
        public var reason: String
        /// The line and what is wrong with it.
        public var description: String { "line \(line): \(reason) (expected index<TAB>word<TAB>coreference)" }
    }

    /// Parses a whole file.
    public static func parse(_ content: String) throws(FormatError) -> [CoreferenceDocument] {
        var documents: [CoreferenceDocument] = []
        var current: CoreferenceDocument? = nil
        var open: [(label: String, start: Int)] = []
        var lineNumber = 0
        for rawLine in content.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.hasPrefix("# begin document") {
                if let finished = current { documents.append(finished) }
                let name = line.dropFirst("# begin document".count).trimmingSpaces()
                current = CoreferenceDocument(name: String(name), words: [], mentions: [])
                open = []
                continue
            }
            if line.hasPrefix("#") {
                if line.hasPrefix("# end document"), let finished = current {
                    documents.append(finished)
                    current = nil
                }
                continue
            }
            if line.isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3 else { throw FormatError(line: lineNumber, reason: "found \(fields.count) fields") }
            if current == nil { current = CoreferenceDocument(name: "document\(documents.count + 1)", words: [], mentions: []) }
            let position = current!.words.count
            current!.words.append(String(fields[1]))
            let column = fields[fields.count - 1]
            guard column != "_" else { continue }
            // Walk the pieces: "(" starts a label; a label followed by ")" closes.
            let characters = Array(column)
            var index = 0
            while index < characters.count {
                var opens = false
                if characters[index] == "(" { opens = true; index += 1 }
                var label = ""
                while index < characters.count, characters[index] != "(", characters[index] != ")" {
                    label.append(characters[index])
                    index += 1
                }
                let closes = index < characters.count && characters[index] == ")"
                if closes { index += 1 }
                let entity = entityKey(label)
                if opens && closes {
                    current!.mentions.append((position, position + 1, entity))
                } else if opens {
                    open.append((entity, position))
                } else if closes {
                    guard let match = open.lastIndex(where: { $0.label == entity }) else {
                        throw FormatError(line: lineNumber, reason: "'\(label))' closes no open mention")
                    }
                    current!.mentions.append((open[match].start, position + 1, entity))
                    open.remove(at: match)
                } else if label.isEmpty {
                    break
                }
            }
        }
        if let finished = current { documents.append(finished) }
        return documents
    }

    /// "person-2-Andy_Warhol" → "person-2".
    static func entityKey(_ label: String) -> String {
        let parts = label.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        return parts.count >= 2 ? "\(parts[0])-\(parts[1])" : label
    }
}

/// Pairwise coreference scores over mentions that are both gold mentions and named mentions
/// the pipeline found: every pair of such mentions in a document is either linked or not, in
/// the gold clusters and in ours.
public struct PairwiseCoreferenceScores: Sendable, Hashable {
    /// Pairs linked in both.
    public var correctPairs = 0
    /// Pairs we linked.
    public var predictedPairs = 0
    /// Pairs gold linked.
    public var goldPairs = 0
    /// Mentions that took part.
    public var mentions = 0

    /// Empty counts.
    public init() {}

    /// Correct / predicted pairs.
    public var precision: Double { predictedPairs == 0 ? 0 : Double(correctPairs) / Double(predictedPairs) }
    /// Correct / gold pairs.
    public var recall: Double { goldPairs == 0 ? 0 : Double(correctPairs) / Double(goldPairs) }
    /// Harmonic mean.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Adds the pairs of one document: `ours[i]` and `gold[i]` are the cluster labels of the
    /// i-th matched mention.
    public mutating func add(ours: [Int], gold: [String]) {
        mentions += ours.count
        for first in ours.indices {
            for second in (first + 1)..<ours.count {
                let linked = ours[first] == ours[second]
                let goldLinked = gold[first] == gold[second]
                if linked { predictedPairs += 1 }
                if goldLinked { goldPairs += 1 }
                if linked && goldLinked { correctPairs += 1 }
            }
        }
    }

    /// Matches our named mentions (word ranges with cluster numbers) to gold mentions: a gold
    /// mention matches when it ends on the same word (a trailing possessive "'s" aside) and
    /// overlaps; the closest in length wins, each gold mention at most once. `matched` holds the
    /// indices in `ours` of the mentions that found a gold mention.
    public static func match(
        ours: [(range: Range<Int>, cluster: Int)], gold: [(start: Int, end: Int, entity: String)], words: [String]
    ) -> (ours: [Int], gold: [String], matched: [Int]) {
        var used = Set<Int>()
        var matched: [Int] = []
        var matchedOurs: [Int] = []
        var matchedGold: [String] = []
        for (position, mention) in ours.enumerated() {
            var best: Int? = nil
            var bestDifference = Int.max
            for (index, candidate) in gold.enumerated() where !used.contains(index) {
                var end = candidate.end
                if end - candidate.start > 1, words[end - 1] == "'s" || words[end - 1] == "’s" || words[end - 1] == "'" {
                    end -= 1
                }
                guard end == mention.range.upperBound, candidate.start < mention.range.upperBound,
                      mention.range.lowerBound < candidate.end else { continue }
                let difference = abs((end - candidate.start) - mention.range.count)
                if difference < bestDifference {
                    best = index
                    bestDifference = difference
                }
            }
            guard let best else { continue }
            used.insert(best)
            matched.append(position)
            matchedOurs.append(mention.cluster)
            matchedGold.append(gold[best].entity)
        }
        return (matchedOurs, matchedGold, matched)
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> Substring {
        var text = self
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
