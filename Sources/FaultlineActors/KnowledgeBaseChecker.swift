import FaultlineCore

/// Validates knowledge-base contents: unknown codes, dangling references, overlapping terms
/// and overlapping dated codes, each with the file and line of the entry.
public struct KnowledgeBaseChecker: Sendable {
    /// One finding.
    public struct Issue: Sendable, CustomStringConvertible {
        /// Errors make the base wrong; warnings deserve a look.
        public enum Severity: String, Sendable { case error, warning }
        /// How bad it is.
        public var severity: Severity
        /// Where.
        public var location: SourceLocation?
        /// What.
        public var message: String

        /// `file:line: error: message`.
        public var description: String {
            "\(location.map { "\($0): " } ?? "")\(severity.rawValue): \(message)"
        }
    }

    /// A checker.
    public init() {}

    /// Checks `contents`; `focus` limits findings to entries from files whose path is in it
    /// (the bundled base is then only the context references are resolved against).
    public func check(_ contents: KnowledgeBaseContents, focus: Set<String>? = nil) -> [Issue] {
        var issues: [Issue] = []
        func inFocus(_ location: SourceLocation?) -> Bool {
            guard let focus else { return true }
            return location.map { focus.contains($0.file) } ?? false
        }
        let countries = Set(contents.countries.map(\.iso))
        var ids: [String: SourceLocation?] = [:]
        for actor in contents.actors {
            if let previous = ids[actor.id], inFocus(actor.location), previous != actor.location {
                issues.append(Issue(severity: .warning, location: actor.location, message: "id \(actor.id) is defined again (first at \(previous.map(\.description) ?? "?")); the later entry wins"))
            }
            ids[actor.id] = actor.location
        }
        func checkCode(_ code: ActorCode, _ location: SourceLocation?, _ owner: String) {
            if let country = code.country, !countries.contains(country), !CodeTables.international.contains(country) {
                issues.append(Issue(severity: .error, location: location, message: "\(owner): unknown country code \(country); use an ISO alpha-3 code of a country in the base or a CAMEO international code"))
            }
            if let sector = code.sector, !CodeTables.sectors.contains(sector) {
                issues.append(Issue(severity: .error, location: location, message: "\(owner): unknown sector code \(sector); use a CAMEO/PLOVER sector such as GOV, MIL, REB, PTY, MED"))
            }
        }
        var names: [String: [(String, SourceLocation?)]] = [:]
        for actor in contents.actors where inFocus(actor.location) {
            if let country = actor.country, !actor.codes.contains(where: { $0.code.country == country }) {
                checkCode(ActorCode(country: country), actor.location, actor.id)
            }
            for code in actor.codes { checkCode(code.code, actor.location, actor.id) }
            for (first, firstCode) in actor.codes.enumerated() {
                for second in actor.codes.dropFirst(first + 1) where firstCode.interval.overlaps(second.interval) && firstCode.code != second.code {
                    issues.append(Issue(severity: .warning, location: actor.location, message: "\(actor.id): codes \(firstCode.code) (\(firstCode.interval)) and \(second.code) (\(second.interval)) overlap in time"))
                }
            }
            for relation in actor.relations where ids[relation.target] == nil {
                issues.append(Issue(severity: .error, location: actor.location, message: "\(actor.id): \(relation.kind.rawValue) refers to unknown actor \(relation.target)"))
            }
            if actor.sources.isEmpty {
                issues.append(Issue(severity: .warning, location: actor.location, message: "\(actor.id) has no sources:"))
            }
            if !(actor.kind == .state && actor.id == actor.country?.lowercased()) {
                for name in Set(actor.allNames.map(NameKey.key)) where !name.isEmpty {
                    names[name, default: []].append((actor.id, actor.location))
                }
            }
        }
        for (name, owners) in names where owners.count > 1 {
            let byPerson = owners.allSatisfy { owner in contents.actors.first { $0.id == owner.0 }?.kind == .person }
            // Namesakes in office at different times are told apart by date; others are ambiguous.
            if byPerson { continue }
            issues.append(Issue(severity: .warning, location: owners.last?.1, message: "the name '\(name)' is used by \(owners.map(\.0).joined(separator: ", ")); the coder picks by context and date"))
        }
        for tie in contents.ties where inFocus(tie.location) {
            for end in [tie.source, tie.target] where ids[end] == nil {
                issues.append(Issue(severity: .error, location: tie.location, message: "\(tie.kind.rawValue) tie refers to unknown actor \(end)"))
            }
            if tie.sources.isEmpty {
                issues.append(Issue(severity: .warning, location: tie.location, message: "\(tie.kind.rawValue) tie \(tie.source) -> \(tie.target) has no sources:"))
            }
        }
        var agentTerms: [String: String] = [:]
        for agent in contents.agents where inFocus(agent.location) {
            if !CodeTables.sectors.contains(agent.sector) {
                issues.append(Issue(severity: .error, location: agent.location, message: "agent '\(agent.term)': unknown sector \(agent.sector)"))
            }
            let key = NameKey.key(agent.term)
            if let other = agentTerms[key], other != agent.sector {
                issues.append(Issue(severity: .warning, location: agent.location, message: "agent term '\(agent.term)' is listed under \(other) and \(agent.sector)"))
            }
            agentTerms[key] = agent.sector
        }
        return issues.sorted { ($0.location?.description ?? "") < ($1.location?.description ?? "") }
    }
}
