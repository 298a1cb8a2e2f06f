import FaultlineCore

extension KnowledgeBase {
    /// The code of an actor on a date: its own dated code when it has one; for a person, the
    /// code of the office or group held on that date (the country plus ELI once every office
    /// has ended: "the fallen president"); otherwise its country and its kind's sector.
    public func code(of id: String, on date: CivilDate?) -> ActorCode {
        guard let actor = actors[id] else { return ActorCode() }
        if let dated = actor.codes.first(where: { $0.interval.contains(date) }) { return dated.code }
        if actor.kind == .person {
            if actor.relations.isEmpty, let ended = actor.codes.last(where: { $0.interval.hasEnded(before: date) }) {
                return ActorCode(country: ended.code.country, sector: "ELI")
            }
            return personCode(actor, on: date)
        }
        if let last = actor.codes.last(where: { $0.interval.hasEnded(before: date) }) ?? actor.codes.last {
            return last.code
        }
        return ActorCode(country: country(of: id), sector: actor.kind.defaultSector)
    }

    /// The relation that determines a person's code on `date`: the one held then (the most
    /// senior: offices before memberships), or with no date the latest.
    public func currentRelation(of actor: Actor, on date: CivilDate?) -> ActorRelation? {
        let held = actor.relations.filter { $0.interval.contains(date) }
        if date == nil {
            return held.max { ($0.interval.start ?? .distantPast) < ($1.interval.start ?? .distantPast) }
        }
        return held.first { $0.kind == .office } ?? held.first
    }

    private func personCode(_ actor: Actor, on date: CivilDate?) -> ActorCode {
        if let relation = currentRelation(of: actor, on: date) {
            var code = code(of: relation.target, on: date)
            if let role = relation.role, let sector = RoleSectors.sector(forRole: role, organization: code) {
                code.sector = sector
            }
            if code.country == nil { code.country = actor.country }
            return code
        }
        let country = actor.country ?? actor.relations.lazy.compactMap { self.country(of: $0.target) }.first
        if actor.relations.contains(where: { $0.interval.hasEnded(before: date) }) {
            return ActorCode(country: country, sector: "ELI")
        }
        return ActorCode(country: country, sector: actor.codes.last?.code.sector)
    }
}

extension CivilDate {
    /// A date before any the knowledge base holds, for sorting open intervals.
    static let distantPast = CivilDate(year: 1, month: 1, day: 1)!
}
