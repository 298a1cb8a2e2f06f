import FaultlineCore
import Yams

/// Reads one knowledge-base YAML file into contents, keeping line numbers for messages.
///
/// A file may hold `countries:`, `actors:`, `ties:` and `agents:`; see
/// KnowledgeBase/README.md for the fields.
struct YAMLReader {
    let file: String
    /// Whether plain scalars get YAML 1.1 types (bool, int, ...). Nothing here depends on them
    /// (fields are read as text, `confidence` as a number whatever its tag), so by default they
    /// do not: the default resolver ran its regular expressions on every key and scalar. Tests
    /// turn it on to show that the contents are the same either way.
    var resolvesTypes = false

    func read(_ text: String) throws -> KnowledgeBaseContents {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, resolvesTypes ? .default : .basic)
        } catch {
            throw KnowledgeBaseError(SourceLocation(file: file, line: 1), "not valid YAML (\(error)); fix the syntax")
        }
        var contents = KnowledgeBaseContents()
        guard let root else { return contents }
        guard let mapping = root.mapping else {
            throw KnowledgeBaseError(location(root), "the file must be a mapping with countries:, actors:, ties: or agents:")
        }
        for (keyNode, value) in mapping {
            switch keyNode.string ?? "" {
            case "countries":
                for node in items(value) { try readCountry(node, into: &contents) }
            case "actors":
                for node in items(value) { contents.actors.append(try readActor(node)) }
            case "ties":
                for node in items(value) { contents.ties.append(try readTie(node)) }
            case "agents":
                try readAgents(value, into: &contents)
            case "source", "sources", "about":
                break
            default:
                throw KnowledgeBaseError(location(keyNode), "unknown section '\(keyNode.string ?? "")'; use countries, actors, ties or agents")
            }
        }
        return contents
    }

    // MARK: Entries

    private func readCountry(_ node: Node, into contents: inout KnowledgeBaseContents) throws {
        let here = location(node)
        guard let iso = node["iso"]?.string, iso.count == 3 else {
            throw KnowledgeBaseError(here, "country without a three-letter iso: code")
        }
        guard let name = node["name"]?.string else { throw KnowledgeBaseError(here, "country \(iso) has no name:") }
        let country = Country(
            iso: iso, name: name, names: strings(node["names"]), demonyms: strings(node["demonyms"]),
            capitals: strings(node["capital"]) + strings(node["capitals"]), places: strings(node["places"]), location: here)
        contents.countries.append(country)
        let sources = strings(node["sources"])
        contents.actors.append(Actor(
            id: country.stateID, kind: .state, name: name, country: iso,
            codes: [DatedCode(code: ActorCode(country: iso))], sources: sources, location: here))
        contents.actors.append(Actor(
            id: country.governmentID, kind: .government, name: "Government of \(name)",
            aliases: strings(node["government"]), country: iso,
            codes: [DatedCode(code: ActorCode(country: iso, sector: "GOV"))], sources: sources, location: here))
        var leaders: [String: Int] = [:]
        for leader in items(node["leaders"]) {
            let at = location(leader)
            guard let person = leader["name"]?.string else { throw KnowledgeBaseError(at, "leader without a name:") }
            // A reviewed term (an end CountryInfo did not have) adds its own source.
            let termSources = strings(leader["sources"])
            let relation = ActorRelation(
                kind: .office, target: leader["of"]?.string ?? country.governmentID,
                role: leader["office"]?.string ?? leader["role"]?.string,
                interval: try interval(leader), sources: sources + termSources.filter { !sources.contains($0) })
            let id = iso.lowercased() + "." + Self.slug(person)
            if let existing = leaders[id] {
                contents.actors[existing].relations.append(relation)
                for alias in strings(leader["aliases"]) where !contents.actors[existing].aliases.contains(alias) {
                    contents.actors[existing].aliases.append(alias)
                }
                for source in termSources where !contents.actors[existing].sources.contains(source) {
                    contents.actors[existing].sources.append(source)
                }
            } else {
                leaders[id] = contents.actors.count
                contents.actors.append(Actor(
                    id: id, kind: .person, name: person, aliases: strings(leader["aliases"]), country: iso,
                    relations: [relation], sources: sources + termSources.filter { !sources.contains($0) }, location: at))
            }
        }
    }

    private func readActor(_ node: Node) throws -> Actor {
        let here = location(node)
        guard let id = node["id"]?.string, !id.isEmpty else { throw KnowledgeBaseError(here, "actor without an id:") }
        guard let kindText = node["kind"]?.string else { throw KnowledgeBaseError(here, "actor \(id) has no kind:") }
        guard let kind = ActorKind(rawValue: kindText) else {
            let known = ActorKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw KnowledgeBaseError(location(node["kind"]!), "unknown kind '\(kindText)' for \(id); use one of \(known)")
        }
        guard let name = node["name"]?.string else { throw KnowledgeBaseError(here, "actor \(id) has no name:") }
        var codes: [DatedCode] = []
        if let single = node["code"] {
            codes.append(DatedCode(code: try code(single)))
        }
        for entry in items(node["codes"]) {
            guard let text = entry["code"] else { throw KnowledgeBaseError(location(entry), "dated code without code:") }
            codes.append(DatedCode(code: try code(text), interval: try interval(entry)))
        }
        let sources = strings(node["sources"])
        var relations: [ActorRelation] = []
        for entry in items(node["offices"]) {
            relations.append(try relation(entry, kind: .office, sources: sources))
        }
        for entry in listOrSingle(node["member-of"]) {
            relations.append(try relation(entry, kind: .member, sources: sources))
        }
        for entry in listOrSingle(node["part-of"]) {
            relations.append(try relation(entry, kind: .partOf, sources: sources))
        }
        return Actor(
            id: id, kind: kind, name: name, aliases: strings(node["aliases"]), country: node["country"]?.string,
            codes: codes, relations: relations, sources: sources, location: here)
    }

    private func relation(_ node: Node, kind: ActorRelation.Kind, sources: [String]) throws -> ActorRelation {
        if let target = node.string {
            return ActorRelation(kind: kind, target: target, sources: sources)
        }
        guard let target = node["of"]?.string else {
            throw KnowledgeBaseError(location(node), "relation without of: (the id of the organisation)")
        }
        let own = strings(node["sources"])
        return ActorRelation(
            kind: kind, target: target, role: node["role"]?.string, interval: try interval(node),
            confidence: try confidence(node), sources: own.isEmpty ? sources : own)
    }

    private func readTie(_ node: Node) throws -> ActorTie {
        let here = location(node)
        guard let kindText = node["kind"]?.string, let kind = ActorTie.Kind(rawValue: kindText) else {
            let known = ActorTie.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw KnowledgeBaseError(here, "tie needs kind: one of \(known)")
        }
        guard let source = node["from"]?.string, let target = node["to"]?.string else {
            throw KnowledgeBaseError(here, "tie needs from: and to: actor ids")
        }
        return ActorTie(
            kind: kind, source: source, target: target,
            interval: ValidityInterval(start: try date(node["since"], end: false), end: try date(node["until"], end: true)),
            confidence: try confidence(node), sources: strings(node["sources"]), location: here)
    }

    private func readAgents(_ node: Node, into contents: inout KnowledgeBaseContents) throws {
        guard let mapping = node.mapping else {
            throw KnowledgeBaseError(location(node), "agents: must map a sector code to a list of words")
        }
        for (sectorNode, words) in mapping {
            let sector = sectorNode.string ?? ""
            for word in items(words) {
                guard let term = word.string else { continue }
                contents.agents.append(AgentTerm(term: term, sector: sector, location: location(word)))
            }
        }
    }

    // MARK: Fields

    private func code(_ node: Node) throws -> ActorCode {
        guard let text = node.string, let code = ActorCode(joined: text) else {
            throw KnowledgeBaseError(location(node), "'\(node.string ?? "")' is not a code like IRQGOV, IRN or IGO")
        }
        return code
    }

    private func interval(_ node: Node) throws -> ValidityInterval {
        ValidityInterval(
            start: try date(node["from"] ?? node["since"], end: false),
            end: try date(node["to"] ?? node["until"], end: true))
    }

    /// `2020-01-03`, `2020-01` or `2020`; a partial date is widened to the whole month or year.
    private func date(_ node: Node?, end: Bool) throws -> CivilDate? {
        guard let node, let text = node.string, !text.isEmpty, text != "~", text != "null" else { return nil }
        if let day = CivilDate(iso: text) { return day }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        if parts.count == 2, let day = CivilDate(year: parts[0], month: parts[1], day: end ? CivilDate.daysIn(month: parts[1], year: parts[0]) : 1) {
            return day
        }
        if parts.count == 1, text.count == 4, let day = CivilDate(year: parts[0], month: end ? 12 : 1, day: end ? 31 : 1) {
            return day
        }
        throw KnowledgeBaseError(location(node), "'\(text)' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")
    }

    private func confidence(_ node: Node) throws -> Double {
        guard let value = node["confidence"] else { return 1 }
        guard let number = value.float, (0...1).contains(number) else {
            throw KnowledgeBaseError(location(value), "confidence must be a number from 0 to 1")
        }
        return number
    }

    private func strings(_ node: Node?) -> [String] {
        guard let node else { return [] }
        if let text = node.string { return [text] }
        return items(node).compactMap(\.string)
    }

    private func items(_ node: Node?) -> [Node] {
        guard let sequence = node?.sequence else { return [] }
        return Array(sequence)
    }

    private func listOrSingle(_ node: Node?) -> [Node] {
        guard let node else { return [] }
        return node.sequence == nil ? [node] : items(node)
    }

    private func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1)
    }

    /// A readable id part from a name: "Nouri al-Maliki" -> "nouri-al-maliki".
    static func slug(_ name: String) -> String {
        NameKey.tokens(name).joined(separator: "-")
    }
}
