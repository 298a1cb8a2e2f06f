import FaultlineCore
import Foundation

/// The actor and agent dictionaries a PETRARCH validation file names (its fictional actors,
/// "Arnor" = ARN, are in no knowledge base), applied over the actors stage so that the event
/// coder is measured on its own job. Used only by `faultline eval events --petrarch`.
public struct PetrarchDictionary: Sendable {
    /// A dictionary phrase: lowercased words; the last may be a stem ("argentin").
    struct Entry: Sendable {
        var words: [String]
        var lastIsStem: Bool
        /// Codes with their validity: (from, to) as yyyymmdd integers, inclusive.
        var codes: [(code: String, from: Int, to: Int)]
    }

    var actors: [Entry] = []
    var agents: [Entry] = []
    /// Entries by first word, for scanning.
    var actorsByFirst: [String: [Int]] = [:]
    var agentsByFirst: [String: [Int]] = [:]

    /// The dictionaries named in a PETRARCH XML file's `<Environment>` (Actorfile, Agentfile),
    /// looked up beside it; `nil` when it names none or they are absent.
    public static func beside(xmlPath: String) -> PetrarchDictionary? {
        guard let data = FileManager.default.contents(atPath: xmlPath), let text = String(data: data, encoding: .utf8) else { return nil }
        let directory = URL(fileURLWithPath: xmlPath).deletingLastPathComponent()
        func named(_ element: String) -> String? {
            PetrarchRecord.element(element, in: Substring(text)).map { directory.appendingPathComponent($0).path }
        }
        guard let actorFile = named("Actorfile"), let actorText = try? String(contentsOfFile: actorFile, encoding: .utf8) else { return nil }
        let agentText = named("Agentfile").flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""
        return PetrarchDictionary(actors: actorText, agents: agentText)
    }

    /// Parses actor and agent dictionary texts.
    public init(actors actorText: String, agents agentText: String) {
        actors = Self.parse(actorText)
        agents = Self.parse(agentText).map { entry in
            var entry = entry
            entry.codes = entry.codes.map { ($0.code.replacingOccurrences(of: "~", with: ""), $0.from, $0.to) }
            return entry
        }
        for (index, entry) in actors.enumerated() { actorsByFirst[entry.words[0], default: []].append(index) }
        for (index, entry) in agents.enumerated() { agentsByFirst[entry.words[0], default: []].append(index) }
    }

    static func parse(_ text: String) -> [Entry] {
        let cleaned = PetrarchRecord.stripComments(text)
        var entries: [Entry] = []
        var group: [Entry] = []
        var groupCodes: [(String, Int, Int)] = []
        func flush() {
            for var entry in group where !groupCodes.isEmpty {
                entry.codes = groupCodes
                entries.append(entry)
            }
            group = []
            groupCodes = []
        }
        for rawLine in cleaned.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let startsIndented = line.first == " " || line.first == "\t"
            var namePart = line
            var codePart: Substring?
            if let open = line.firstIndex(of: "[") {
                namePart = line[..<open]
                codePart = line[open...]
            }
            let name = namePart.trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("+") {
                if let entry = entry(String(name.dropFirst())) { group.append(entry) }
            } else if !name.isEmpty, !startsIndented {
                if name.hasPrefix("&") || name.hasPrefix("!") || name.hasPrefix("-") || name.contains("=") { flush(); continue }
                flush()
                if let entry = entry(name) { group.append(entry) }
            }
            if let codePart, let code = Self.code(codePart) { groupCodes.append(code) }
        }
        flush()
        return entries
    }

    private static func entry(_ name: String) -> Entry? {
        guard !name.contains("!"), !name.contains("{") else { return nil }
        let stem = !name.hasSuffix("_")
        let words = name.lowercased().split(whereSeparator: { $0 == "_" || $0 == " " }).map(String.init)
        guard !words.isEmpty else { return nil }
        return Entry(words: words, lastIsStem: stem, codes: [])
    }

    /// "[ARN]", "[HOB < 950601]", "[HOBGOV 19950601 - 19990815]", "[HOBREB > 990816]".
    private static func code(_ text: Substring) -> (String, Int, Int)? {
        guard let close = text.firstIndex(of: "]") else { return nil }
        let inside = text[text.index(after: text.startIndex)..<close].split(separator: " ", omittingEmptySubsequences: true)
        guard let first = inside.first else { return nil }
        let code = String(first).uppercased()
        guard code.allSatisfy({ $0.isLetter || $0 == "~" }) else { return nil }
        func date(_ value: Substring) -> Int {
            guard let number = Int(value) else { return 0 }
            if value.count == 6 { return (number / 10000 < 50 ? 20_000_000 : 19_000_000) + number }
            return number
        }
        let rest = Array(inside.dropFirst())
        if rest.count == 2, rest[0] == "<" { return (code, 0, date(rest[1]) - 1) }
        if rest.count == 2, rest[0] == ">" { return (code, date(rest[1]) + 1, 99_999_999) }
        if rest.count == 3, rest[1] == "-" { return (code, date(rest[0]), date(rest[2])) }
        if rest.isEmpty { return (code, 0, 99_999_999) }
        return nil
    }

    /// The code of an entry on a date (yyyymmdd).
    func code(of entry: Entry, on date: Int) -> String? {
        entry.codes.first { date >= $0.from && date <= $0.to }?.code ?? entry.codes.first?.code
    }

    /// The longest entry matching at a token position, with its length.
    func match(_ words: [String], at position: Int, in table: [Entry], index: [String: [Int]]) -> (Entry, Int)? {
        var best: (Entry, Int)?
        let key = words[position]
        var candidates = index[key] ?? []
        // Stems ("argentin") index under their own text; try prefixes of the word.
        for length in stride(from: min(key.count - 1, 12), through: 3, by: -1) {
            candidates += (index[String(key.prefix(length))] ?? []).filter { table[$0].words.count == 1 && table[$0].lastIsStem }
        }
        for candidate in candidates {
            let entry = table[candidate]
            guard position + entry.words.count <= words.count else { continue }
            var matches = true
            for (offset, word) in entry.words.enumerated() {
                let token = words[position + offset]
                let isLast = offset == entry.words.count - 1
                if token == word || (isLast && entry.lastIsStem && token.hasPrefix(word)) { continue }
                matches = false
                break
            }
            if matches, best == nil || entry.words.count > best!.1 { best = (entry, entry.words.count) }
        }
        return best
    }
}

/// Puts dictionary actors over a document's mentions (after the actors stage).
public struct PetrarchActorOverlay: Annotator {
    /// The dictionaries.
    public let dictionary: PetrarchDictionary

    /// An overlay over dictionaries.
    public init(dictionary: PetrarchDictionary) {
        self.dictionary = dictionary
    }

    /// Codes the mentions this dictionary knows, over the standard actor coding.
    public func annotate(_ document: inout AnalyzedDocument) throws {
        let date = document.metadata.published.map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? 20_000_101
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            let words = sentence.tokens.map { $0.text.lowercased() }
            var position = 0
            while position < words.count {
                guard let (entry, length) = dictionary.match(words, at: position, in: dictionary.actors, index: dictionary.actorsByFirst),
                      var code = dictionary.code(of: entry, on: date)
                else {
                    position += 1
                    continue
                }
                // "Arnorian police", "Arnor's army": an agent next to the actor adds its sector.
                var end = position + length
                var after = end
                if after < words.count, words[after] == "'s" { after += 1 }
                if after < words.count,
                   let (agent, agentLength) = dictionary.match(words, at: after, in: dictionary.agents, index: dictionary.agentsByFirst),
                   let sector = dictionary.code(of: agent, on: date) {
                    // "White House (USAGOV) security officials (GOV)": a sector the code has stays once.
                    if !Self.codeHasSector(code, sector) { code += sector }
                    end = after + agentLength
                }
                let tokens = position..<end
                let range = sentence.tokens[position].range.lowerBound..<sentence.tokens[end - 1].range.upperBound
                // Mentions overlapping the match no longer speak for these tokens.
                for index in document.actors.indices {
                    guard let mention = document.actors[index].mention, document.entities.indices.contains(mention) else { continue }
                    let entity = document.entities[mention]
                    if entity.sentence == sentenceIndex, entity.tokens.overlaps(tokens) { document.actors[index].mention = nil }
                }
                let text = document.substring(range)
                document.entities.append(EntityMention(sentence: sentenceIndex, tokens: tokens, range: range, text: text, type: .gpe))
                let country = code.count >= 3 ? String(code.prefix(3)) : code
                let sector = code.count > 3 ? String(code.dropFirst(3)) : nil
                document.actors.append(CodedActor(
                    name: text, code: ActorCode(country: country, sector: sector), mention: document.entities.count - 1))
                position = end
            }
        }
    }

    /// Whether an actor code already carries a sector among the three-letter groups after its
    /// country ("USAGOV" has "GOV"; "USAMILGOV" has both).
    static func codeHasSector(_ code: String, _ sector: String) -> Bool {
        let bytes = Array(code.utf8)
        let wanted = Array(sector.utf8)
        guard !wanted.isEmpty, bytes.count > 3 else { return false }
        var start = 3
        while start + wanted.count <= bytes.count {
            if Array(bytes[start..<start + wanted.count]) == wanted { return true }
            start += 3
        }
        return false
    }
}
