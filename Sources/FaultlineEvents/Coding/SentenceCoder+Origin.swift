import FaultlineCore

extension SentenceCoder {
    /// Sectors of people who may come from another state: civilians, refugees, workers,
    /// clergy. Troops or officials "withdrawn from Lebanon" stay their own state's.
    static let originSectors: Set<String> = ["CVL", "REF", "LAB", "REL"]

    /// Verbs whose object is the place people leave ("fleeing Somalia").
    static let leavingVerbs: Set<String> = ["flee", "escape", "leave"]

    /// Prepositions of an origin phrase.
    static let originPrepositions: Set<String> = ["from", "out of"]

    /// The country a group of people comes from: a "from X" or "out of X" phrase on the noun,
    /// or on a participle describing it ("workers ordered out of Togo", "refugees who fled from
    /// Syria"), or the place a leaving verb names ("refugees fleeing Somalia", "fleeing the war
    /// in Sudan"). A participle right after the noun counts wherever the parse hung it, as
    /// long as it has no subject of its own. `nil` when there is none.
    func originCountry(ofPeople token: Int) -> String? {
        var clauses = graph.children[token].filter { graph.relation($0) == "acl" }
        let next = token + 1
        if next < graph.count, graph.upos(next) == "VERB", ["VBN", "VBG"].contains(graph.tokens[next].xpos),
           graph.head(next) != token, graph.firstDependent(of: next, ["nsubj"]) == nil,
           !clauses.contains(next) {
            clauses.append(next)
        }
        var phrases = graph.children[token].filter { child in
            graph.relation(child) == "nmod" && Self.originPrepositions.contains(graph.casePreposition(of: child) ?? "")
        }
        for clause in clauses {
            phrases += graph.children[clause].filter { child in
                graph.relation(child) == "obl" && Self.originPrepositions.contains(graph.casePreposition(of: child) ?? "")
            }
            if Self.leavingVerbs.contains(graph.lemmas[clause]), let object = graph.firstDependent(of: clause, ["obj"]) {
                phrases.append(object)
                phrases += graph.children[clause].filter { graph.relation($0) == "obl" && graph.casePreposition(of: $0) == "in" }
                // "fleeing the war in Sudan": the place of what they flee, on the object or the verb.
                if let country = countryOfPlacePhrase(under: object) ?? countryOfPlacePhrase(under: clause) { return country }
            }
        }
        for phrase in phrases {
            let actor = Int(index.actorAt[sentenceIndex][phrase])
            if actor >= 0, let country = document.actors[actor].code.country,
               !GenericAgentCountries.supranationalCodes.contains(country) {
                return country
            }
        }
        return nil
    }
}
