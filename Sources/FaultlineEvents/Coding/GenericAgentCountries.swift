import FaultlineActors
import FaultlineCore

/// Gives a country to the generic agents of a report's events ("the rebels", "the army",
/// "police") from the last actor of the same sector the report placed in a country: after
/// "Syrian rebels said they had entered Damascus", "the rebel offensive" is Syrian too.
///
/// A sentence on its own cannot say whose rebels they are; the report before it usually has.
/// Only an earlier actor of the same sector counts, and only within ``reach`` sentences, so a
/// report that moves from one country's army to another's follows the latest one. With no such
/// actor, a sentence that names one country only places it there.
///
/// ```swift
/// document.events = GenericAgentCountries.fill(events, in: document)
/// ```
enum GenericAgentCountries {
    /// How many sentences back an antecedent may be.
    static let reach = 6

    /// Codes in the country position that name no state: international and non-state bodies.
    static let supranationalCodes: Set<String> = ["IGO", "NGO", "MNC"]

    /// `events` (in sentence order) with the countries of generic agents filled in.
    static func fill(_ events: [CodedEvent], in document: AnalyzedDocument) -> [CodedEvent] {
        // Actors placed in a country, by sentence: the actors stage's, then the events' own.
        var placed: [(sentence: Int, sector: String, country: String)] = []
        for actor in document.actors {
            guard let mention = actor.mention, document.entities.indices.contains(mention),
                  let sector = actor.code.sector, let country = actor.code.country
            else { continue }
            placed.append((document.entities[mention].sentence, sector, country))
        }
        placed.sort { $0.sentence < $1.sentence }
        // The last resort for an agent no earlier actor of its sector places ("opposition
        // leaders" beside a Pakistani minister): the country of its sentence, when the sentence
        // names only one. Not for refugees, who are the people of the state they fled ("Syria
        // will not accept more refugees").
        var named: [Int: Set<String>] = [:]
        for actor in document.actors {
            // International bodies ("IGO") are of no country that agents could be placed in.
            guard let mention = actor.mention, document.entities.indices.contains(mention),
                  let country = actor.code.country, !Self.supranationalCodes.contains(country)
            else { continue }
            named[document.entities[mention].sentence, default: []].insert(country)
        }
        func country(forSector sector: String, before sentence: Int) -> String? {
            if let antecedent = placed.last(where: { $0.sector == sector && $0.sentence <= sentence && sentence - $0.sentence <= reach }) {
                return antecedent.country
            }
            guard sector != "REF", let countries = named[sentence], countries.count == 1 else { return nil }
            return countries.first
        }
        var filled = events
        for index in filled.indices {
            let sentence = filled[index].sentence
            for role in [\CodedEvent.sources, \CodedEvent.targets] {
                for position in filled[index][keyPath: role].indices {
                    let actor = filled[index][keyPath: role][position]
                    // "the Third World Water Forum" says it is of no one country.
                    guard actor.code.country == nil, actor.actor == nil, let sector = actor.code.sector,
                          !ActorCoder.namesInternationalBody(actor.name),
                          let found = country(forSector: sector, before: sentence)
                    else { continue }
                    filled[index][keyPath: role][position].code.country = found
                }
            }
            // The event's own placed actors are antecedents for the sentences after it.
            for actor in filled[index].sources + filled[index].targets {
                if let sector = actor.code.sector, let country = actor.code.country {
                    placed.append((sentence, sector, country))
                }
            }
        }
        return filled
    }
}
