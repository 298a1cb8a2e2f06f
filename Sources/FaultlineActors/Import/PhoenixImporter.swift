import Foundation
import FaultlineCore

/// Reads PETRARCH/Phoenix actor and agent dictionaries into knowledge-base YAML.
///
/// Actor files hold blocks: a name line (`HEZBOLLAH_ [LBNREB]`), `+` synonyms, and code lines
/// (`[IRQGOV 20060520-20140908]`, `>date` from, `<date` until). Agent files hold
/// `TERM [~SECTOR]` lines with `!MACRO!` substitutions. The reader is lenient about the
/// dictionaries' known slips (missing spaces, `}` for `]`, six- and seven-digit dates,
/// swapped `~`) and reports every entry it skips and why.
public struct PhoenixImporter: Sendable {
    /// What an import read and skipped.
    public struct Report: Sendable {
        /// Entries read (actors + agent terms).
        public var read = 0
        /// Actor entries read.
        public var actors = 0
        /// Agent terms read.
        public var agents = 0
        /// Names and synonyms of actors.
        public var names = 0
        /// Date-restricted codes.
        public var datedCodes = 0
        /// Skipped lines or entries.
        public var skipped: [Skip] = []
    }

    /// A skipped entry.
    public struct Skip: Sendable {
        /// `file:line`.
        public var location: String
        /// Why it was skipped.
        public var reason: String
        /// The line as written.
        public var line: String
    }

    private struct Block {
        var names: [String] = []
        var codes: [DatedCode] = []
        var line = 0
        var file = ""
    }

    /// What was read so far.
    public private(set) var report = Report()
    private var actorsByFile: [(String, [Actor])] = []
    private var agents: [AgentTerm] = []
    private var usedIDs: Set<String> = []

    /// An empty importer.
    public init() {}

    /// Reads one dictionary file (actor or agent dictionary, told apart by its `[~` codes).
    public mutating func read(_ text: String, file: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let isAgentFile = lines.contains { $0.contains("[~") }
        if isAgentFile { readAgents(lines, file: file) } else { readActors(lines, file: file) }
    }

    // MARK: Actors

    private mutating func readActors(_ lines: [String], file: String) {
        var actors: [Actor] = []
        var block: Block?
        var lastWasBlank = true
        let fileName = file.split(separator: "/").last.map(String.init) ?? file
        func finish(_ block: Block?) {
            guard let block, let name = block.names.first else { return }
            guard !block.codes.isEmpty else {
                report.skipped.append(Skip(location: "\(fileName):\(block.line)", reason: "actor without a code", line: name))
                return
            }
            actors.append(makeActor(block, file: fileName))
        }
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            var line = raw
            if let hash = line.firstIndex(of: "#") { line = String(line[..<hash]) }
            if line.trimmingCharacters(in: [" ", "\t", "\r"]).isEmpty {
                if raw.trimmingCharacters(in: [" ", "\t", "\r"]).isEmpty { lastWasBlank = true }
                continue
            }
            defer { lastWasBlank = false }
            let first = line.first!
            if first == "+" {
                let name = Self.phrase(String(line.dropFirst()).components(separatedBy: "[")[0])
                if block == nil {
                    report.skipped.append(Skip(location: "\(fileName):\(number)", reason: "synonym outside an entry", line: raw))
                } else if !name.isEmpty {
                    block!.names.append(name)
                }
                parseCodes(line, into: &block, location: "\(fileName):\(number)")
                continue
            }
            if first == " " || first == "\t" || first == "[" {
                if block == nil {
                    report.skipped.append(Skip(location: "\(fileName):\(number)", reason: "code outside an entry", line: raw))
                } else {
                    parseCodes(line, into: &block, location: "\(fileName):\(number)")
                }
                continue
            }
            // A new entry. A code-less entry directly above it (no blank line between) is a
            // synonym written without its `+`, a known slip: its names join this entry.
            let namePart = line.components(separatedBy: "[")[0]
            var carried: [String] = []
            var startLine = number
            if let previous = block, previous.codes.isEmpty, !lastWasBlank {
                carried = previous.names
                startLine = previous.line
            } else {
                finish(block)
            }
            block = Block(names: carried + [Self.phrase(namePart)].filter { !$0.isEmpty }, codes: [], line: startLine, file: fileName)
            parseCodes(line, into: &block, location: "\(fileName):\(number)")
        }
        finish(block)
        actorsByFile.append((fileName, actors))
    }

    private mutating func parseCodes(_ line: String, into block: inout Block?, location: String) {
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "[") {
            let afterOpen = rest.index(after: open)
            let close = rest[afterOpen...].firstIndex(where: { $0 == "]" || $0 == "}" }) ?? rest.endIndex
            let inside = rest[afterOpen..<close].trimmingCharacters(in: [" ", "\t"])
            rest = close < rest.endIndex ? rest[rest.index(after: close)...] : ""
            let parts = inside.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let codeText = parts.first?.replacingOccurrences(of: "~", with: ""), let code = Self.code(codeText) else {
                report.skipped.append(Skip(location: location, reason: "unreadable code", line: line))
                continue
            }
            let dateText = parts.dropFirst().joined()
            var interval = ValidityInterval.always
            if !dateText.isEmpty {
                guard let parsed = Self.interval(dateText) else {
                    report.skipped.append(Skip(location: location, reason: "unreadable date restriction (code kept undated)", line: line))
                    block?.codes.append(DatedCode(code: code))
                    continue
                }
                interval = parsed
                report.datedCodes += 1
            }
            block?.codes.append(DatedCode(code: code, interval: interval))
        }
    }

    private mutating func makeActor(_ block: Block, file: String) -> Actor {
        var names: [String] = []
        var seen: Set<String> = []
        for name in block.names where seen.insert(NameKey.key(name)).inserted { names.append(name) }
        report.actors += 1
        report.read += 1
        report.names += names.count
        let base = "phx." + (NameKey.tokens(names[0]).joined(separator: "-"))
        var id = base
        var suffix = 2
        while usedIDs.contains(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        usedIDs.insert(id)
        let isPerson = block.codes.contains { $0.interval != .always }
        let main = block.codes.last(where: { $0.interval.end == nil }) ?? block.codes.last!
        let kind = isPerson ? ActorKind.person : Self.kind(for: main.code)
        return Actor(
            id: id, kind: kind, name: Self.display(names[0]), aliases: names.dropFirst().map(Self.display),
            country: main.code.country.flatMap { CodeTables.international.contains($0) && $0 != "IGO" && $0 != "IMG" ? nil : $0 },
            codes: block.codes, sources: ["Phoenix dictionary \(file) (openeventdata/petrarch2, MIT)"],
            location: SourceLocation(file: file, line: block.line))
    }

    // MARK: Agents

    private mutating func readAgents(_ lines: [String], file: String) {
        var macros: [String: [String]] = [:]
        let fileName = file.split(separator: "/").last.map(String.init) ?? file
        for (offset, raw) in lines.enumerated() {
            let location = "\(fileName):\(offset + 1)"
            var line = raw
            if let hash = line.firstIndex(of: "#") { line = String(line[..<hash]) }
            let trimmed = line.trimmingCharacters(in: [" ", "\t", "\r"])
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("!"), let equals = trimmed.firstIndex(of: "=") {
                let name = trimmed[..<equals].trimmingCharacters(in: [" "])
                macros[name] = trimmed[trimmed.index(after: equals)...].split(separator: ",").map { $0.trimmingCharacters(in: [" "]) }
                continue
            }
            guard let open = trimmed.firstIndex(of: "[") else {
                report.skipped.append(Skip(location: location, reason: "agent without a code", line: raw))
                continue
            }
            let close = trimmed[open...].firstIndex(where: { $0 == "]" || $0 == "}" }) ?? trimmed.endIndex
            let codeText = trimmed[trimmed.index(after: open)..<close].replacingOccurrences(of: "~", with: "")
            guard let code = Self.code(codeText.trimmingCharacters(in: [" "])), let sector = code.sector ?? code.country else {
                report.skipped.append(Skip(location: location, reason: "unreadable agent code", line: raw))
                continue
            }
            var term = String(trimmed[..<open]).replacingOccurrences(of: "{}", with: "")
            // Expand one macro (`CATTLE!PERSON!` -> cattle man, cattle men, ...).
            var terms = [term]
            if let start = term.firstIndex(of: "!"), let end = term[term.index(after: start)...].firstIndex(of: "!") {
                let macro = String(term[start...end])
                if let expansions = macros[macro] {
                    terms = expansions.map { term.replacingCharacters(in: start...end, with: "_" + $0) }
                } else {
                    report.skipped.append(Skip(location: location, reason: "unknown macro \(macro)", line: raw))
                    continue
                }
            }
            for variant in terms {
                term = Self.phrase(variant).lowercased()
                guard !term.isEmpty else { continue }
                agents.append(AgentTerm(term: term, sector: sector, location: SourceLocation(file: fileName, line: offset + 1)))
                report.agents += 1
                report.read += 1
            }
        }
    }

    // MARK: Output

    /// The YAML files to write: one per actor dictionary, plus `phoenix-agents.yaml`.
    public func yamlFiles() -> [(String, String)] {
        var files: [(String, String)] = []
        for (file, actors) in actorsByFile {
            let stem = file.replacingOccurrences(of: ".txt", with: "").replacingOccurrences(of: ".", with: "-").lowercased()
            var out = "# Imported by `faultline kb import --phoenix` from \(file) (openeventdata/petrarch2, MIT).\nactors:\n"
            for actor in actors {
                out += "- id: \(YAMLText.scalar(actor.id))\n  kind: \(actor.kind.rawValue)\n  name: \(YAMLText.scalar(actor.name))\n"
                if !actor.aliases.isEmpty { out += "  aliases: \(YAMLText.list(actor.aliases))\n" }
                if let country = actor.country { out += "  country: \(country)\n" }
                if actor.codes.count == 1, actor.codes[0].interval == .always {
                    out += "  code: \(actor.codes[0].code)\n"
                } else {
                    out += "  codes:\n"
                    for code in actor.codes {
                        let span = YAMLText.interval(code.interval)
                        out += "  - {code: \(code.code)\(span.isEmpty ? "" : ", " + span)}\n"
                    }
                }
                out += "  sources: \(YAMLText.list(actor.sources))\n"
            }
            files.append((stem + ".yaml", out))
        }
        if !agents.isEmpty {
            var bySector: [String: [String]] = [:]
            var order: [String] = []
            for agent in agents {
                if bySector[agent.sector] == nil { order.append(agent.sector) }
                bySector[agent.sector, default: []].append(agent.term)
            }
            var out = "# Imported by `faultline kb import --phoenix` from the Phoenix agents dictionary (openeventdata/petrarch2, MIT).\nagents:\n"
            for sector in order { out += "  \(sector): \(YAMLText.list(YAMLText.unique(bySector[sector]!)))\n" }
            files.append(("phoenix-agents.yaml", out))
        }
        return files
    }

    // MARK: Parsing helpers

    /// `U.N._SECURITY_COUNCIL_` -> `U.N. SECURITY COUNCIL`.
    static func phrase(_ raw: String) -> String {
        raw.replacingOccurrences(of: "_", with: " ").trimmingCharacters(in: [" ", "\t", "\r", "+"])
            .split(separator: " ").joined(separator: " ")
    }

    /// Title case for display; acronyms of up to four letters stay upper case.
    static func display(_ phrase: String) -> String {
        phrase.split(separator: " ").map { word -> String in
            let letters = word.filter(\.isLetter)
            if letters.count <= 4 && (word.contains(".") || letters.count <= 3) && !CountryInfoImporter.particles.contains(word.lowercased()) {
                return String(word)
            }
            return CountryInfoImporter.titleCase(String(word))
        }.joined(separator: " ")
    }

    /// A Phoenix code: country (or international code) and an optional known sector.
    static func code(_ text: String) -> ActorCode? {
        let letters = text.uppercased().filter { $0.isLetter }
        guard letters.count >= 3 else { return nil }
        let first = String(letters.prefix(3))
        let second = letters.count >= 6 ? String(letters.dropFirst(3).prefix(3)) : nil
        if CodeTables.sectors.contains(first) && first != "IGO" && first != "NGO" {
            return ActorCode(country: nil, sector: first)
        }
        return ActorCode(country: first, sector: second.flatMap { CodeTables.sectors.contains($0) ? $0 : nil })
    }

    /// `20060520-20140908`, `>20070101`, `<20060520`, six-digit `970101-061231`.
    static func interval(_ text: String) -> ValidityInterval? {
        if text.hasPrefix(">") { return date(text.dropFirst()).map { ValidityInterval(start: $0) } }
        if text.hasPrefix("<") { return date(text.dropFirst()).map { ValidityInterval(end: $0) } }
        let parts = text.split(separator: "-")
        // A lone date without `>` is a slip for "from then on".
        if parts.count == 1 { return date(parts[0]).map { ValidityInterval(start: $0) } }
        guard parts.count == 2, let start = date(parts[0]), let end = date(parts[1]) else { return nil }
        return ValidityInterval(start: start, end: end)
    }

    static func date(_ text: some StringProtocol) -> CivilDate? {
        let digits = String(text.filter(\.isNumber))
        if digits.count == 8 { return CountryInfoImporter.compactDate(digits) }
        // Slips: a doubled century ("1920030320") or a repeated last digit ("201005011").
        if digits.count == 10 { return CountryInfoImporter.compactDate(String(digits.suffix(8))) }
        if digits.count == 9 { return CountryInfoImporter.compactDate(String(digits.prefix(8))) }
        if digits.count == 6, let value = Int(digits) {
            let yy = value / 10_000
            let year = yy < 40 ? 2000 + yy : 1900 + yy
            return CountryInfoImporter.compactDate(String(year) + String(digits.suffix(4)))
        }
        return nil
    }

    static func kind(for code: ActorCode) -> ActorKind {
        if code.country == "IGO" { return .internationalOrganization }
        if code.country == "IMG" { return .militia }
        guard let sector = code.sector else { return .state }
        switch sector {
        case "INS", "SEP": return .militia
        case "JRN": return .media
        default: return ActorKind(sector: sector) ?? .ngo
        }
    }
}
