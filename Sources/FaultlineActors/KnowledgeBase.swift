import FaultlineCore

/// The dated actor knowledge base: actors with names, codes, offices and ties, indexed by name.
///
/// ```swift
/// let kb = try KnowledgeBase.bundled()
/// kb.code(of: "irq.mohammed-shia-al-sudani", on: CivilDate(iso: "2025-10-30"))   // IRQGOV
/// ```
public struct KnowledgeBase: Sendable {
    /// The loaded entries.
    public let contents: KnowledgeBaseContents
    /// Actors by id.
    public let actors: [String: Actor]
    /// Countries by ISO alpha-3.
    public let countries: [String: Country]
    /// Names to actors, countries and agent words.
    public let index: NameIndex
    private let tiesBySource: [String: [Int]]
    private let tiesByTarget: [String: [Int]]
    private let membersByTarget: [String: [String]]
    /// Family names of the people in the base, for spelling-tolerant lookups after a title.
    let surnameKeys: [String: [String]]

    /// Indexes loaded contents.
    public init(contents: KnowledgeBaseContents) {
        self.contents = contents
        // Tables sized up front: regrowing them while thousands of actors come in cost a tenth
        // of indexing.
        var actors: [String: Actor] = [:]
        actors.reserveCapacity(contents.actors.count)
        for actor in contents.actors { actors[actor.id] = actor }
        var countries: [String: Country] = [:]
        countries.reserveCapacity(contents.countries.count)
        for country in contents.countries { countries[country.iso] = country }
        var nameCount = contents.agents.count
        for country in contents.countries {
            nameCount += 1 + country.names.count + country.demonyms.count + country.capitals.count + country.places.count
        }
        for actor in contents.actors { nameCount += 2 + actor.aliases.count }
        var index = NameIndex(minimumCapacity: nameCount)
        // Canonical names and first demonyms go in first, so that where forms are shared
        // ("French" is also listed for the Falklands) the country they are chiefly used for
        // comes first.
        // A demonym that starts like the country's name ("Serbian", Serbia) is its own before it
        // is a neighbour's listed form (Montenegro also lists "Serbian").
        func ownForm(_ demonym: String, _ country: Country) -> Bool {
            demonym.lowercased().prefix(2) == country.name.lowercased().prefix(2)
        }
        for country in contents.countries {
            index.add(country.name, .countryName(country.iso))
            for demonym in country.demonyms where ownForm(demonym, country) { index.add(demonym, .demonym(country.iso)) }
        }
        for country in contents.countries {
            for name in country.names { index.add(name, .countryName(country.iso)) }
            for demonym in country.demonyms where !ownForm(demonym, country) { index.add(demonym, .demonym(country.iso)) }
            for capital in country.capitals { index.add(capital, .capital(country.iso)) }
        }
        for country in contents.countries {
            for place in country.places { index.add(place, .place(country.iso)) }
        }
        var membersByTarget: [String: [String]] = [:]
        var surnameKeys: [String: [String]] = [:]
        for actor in contents.actors {
            let isPerson = actor.kind == .person
            // The state actor is reached through the country's names, not its own.
            let indexesNames = !(actor.kind == .state && actor.id == actor.country?.lowercased())
            // Each name is tokenised once, for its key and for the surname.
            let nameTokens = indexesNames || isPerson ? actor.allNames.map { NameKey.tokens($0) } : []
            if indexesNames {
                for tokens in nameTokens where !tokens.isEmpty {
                    // A one-word personal name ("Hassan") is as weak as a surname: it must not
                    // swallow the middle of "Omar Hassan al-Bashir".
                    if isPerson && tokens.count == 1 {
                        index.addKey(tokens[0], tokenCount: 1, .surname(actor.id))
                    } else {
                        index.addKey(tokens.joined(separator: " "), tokenCount: tokens.count, .actor(actor.id))
                    }
                }
            }
            if isPerson, let surname = KnowledgeBase.surname(tokens: nameTokens[0]) {
                index.addKey(surname, tokenCount: 1, .surname(actor.id))
                surnameKeys[String(surname.prefix(2)), default: []].append(surname)
                for tokens in nameTokens.dropFirst() {
                    if let other = KnowledgeBase.surname(tokens: tokens), other != surname {
                        index.addKey(other, tokenCount: 1, .surname(actor.id))
                    }
                }
            }
            for target in Set(actor.relations.map(\.target)) { membersByTarget[target, default: []].append(actor.id) }
        }
        for agent in contents.agents { index.add(agent.term, .agent(agent.sector)) }
        var tiesBySource: [String: [Int]] = [:]
        var tiesByTarget: [String: [Int]] = [:]
        for (position, tie) in contents.ties.enumerated() {
            tiesBySource[tie.source, default: []].append(position)
            tiesByTarget[tie.target, default: []].append(position)
        }
        self.actors = actors
        self.countries = countries
        self.index = index
        self.tiesBySource = tiesBySource
        self.tiesByTarget = tiesByTarget
        self.membersByTarget = membersByTarget
        self.surnameKeys = surnameKeys
    }

    /// The family name used for surname matches: the last token, skipping particles and
    /// suffixes ("al-Sudani" -> "sudani", "Bush Jr." -> "bush"); `nil` for one-word names.
    static func surname(of name: String) -> String? {
        surname(tokens: NameKey.tokens(name))
    }

    /// ``surname(of:)`` of a name already split by ``NameKey/tokens(_:)``.
    static func surname(tokens nameTokens: [String]) -> String? {
        var tokens = nameTokens
        while let last = tokens.last, ["jr", "sr", "ii", "iii"].contains(last) { tokens.removeLast() }
        guard tokens.count >= 2, let last = tokens.last, last.utf8.count >= 3 else { return nil }
        return last
    }

    /// Ties that start at an actor (e.g. whom it backs), valid on `date`.
    public func ties(from id: String, on date: CivilDate? = nil) -> [ActorTie] {
        (tiesBySource[id] ?? []).map { contents.ties[$0] }.filter { $0.interval.contains(date) }
    }

    /// Ties that end at an actor (e.g. who backs it), valid on `date`.
    public func ties(to id: String, on date: CivilDate? = nil) -> [ActorTie] {
        (tiesByTarget[id] ?? []).map { contents.ties[$0] }.filter { $0.interval.contains(date) }
    }

    /// Actors with a relation (office, membership, part-of) to `id`.
    public func members(of id: String) -> [Actor] {
        (membersByTarget[id] ?? []).compactMap { actors[$0] }
    }

    /// The actors that back `id` on `date` (through a backing tie).
    public func backers(of id: String, on date: CivilDate?) -> [String] {
        ties(to: id, on: date).filter { $0.kind == .backing }.map(\.source)
    }

    /// The country an actor belongs to: its own, or that of what it is part of.
    public func country(of id: String) -> String? {
        var seen: Set<String> = []
        var current = id
        while let actor = actors[current], seen.insert(current).inserted {
            if let country = actor.country { return country }
            guard let next = actor.relations.first?.target else { return nil }
            current = next
        }
        return nil
    }
}
