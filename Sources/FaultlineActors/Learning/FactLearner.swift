import FaultlineCore
import Foundation

/// Reads roles and ties that reports state in so many words: appositions ("X, the newly
/// appointed head of Y"), umbrellas ("the Coordination Framework, an umbrella of pro-Iran
/// factions") and backing ("Iran-backed Kataib Hezbollah"). Each is proposed with its
/// sentence, source and date, and marked when the curated base already has it.
public struct FactLearner: Sendable {
    /// The base names are resolved against.
    public let knowledgeBase: KnowledgeBase

    /// A learner.
    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
    }

    private static let name = #"(?:[A-Z][\w'’\-]+|al-[A-Z][\w'’\-]+|bin|ibn|of|the)"#
    private static let properName = #"([A-Z][\w'’\-]+(?: "# + name + #")*)"#
    private static let apposition = try! NSRegularExpression(
        pattern: properName + #", (?:the|a|an|who is the|now the) (newly[- ]appointed |newly[- ]elected |new |former |late |longtime |current )?((?:[a-z\-]+ ){0,2}(?:head|leader|commander|chief|president|secretary-general|secretary general|spokesman|spokesperson|minister|prime minister|chairman|founder|director|deputy|envoy|ambassador|member)) (?:of|for|in) (?:the )?"# + properName)
    private static let titled = try! NSRegularExpression(
        pattern: properName + #" (leader|commander|chief|head|secretary-general|spokesman) "# + #"([A-Z][\w'’\-]+(?: (?:al-)?[A-Z][\w'’\-]+)+)"#)
    private static let umbrella = try! NSRegularExpression(
        pattern: #"(?:the )?"# + properName + #", (?:an?|the) (umbrella|alliance|coalition|bloc|grouping|network|axis|association) of ((?:pro-([A-Z][\w]+) |([A-Z][\w]+)-(?:backed|aligned) )?[\w\- ]+?)(?=[,.;]| that| which| who)"#)
    private static let backed = try! NSRegularExpression(
        pattern: #"\b([A-Z][\w]+)-(?:backed|funded|sponsored|aligned) (?:the )?"# + properName)

    /// The facts stated in a text reported on `date` by `source`.
    public func learn(text: String, date: CivilDate?, source: String) -> [LearnedFact] {
        var facts: [LearnedFact] = []
        let coder = ActorCoder(knowledgeBase: knowledgeBase)
        for sentence in Self.sentences(text) {
            let range = NSRange(sentence.startIndex..., in: sentence)
            func group(_ match: NSTextCheckingResult, _ index: Int) -> String? {
                let span = match.range(at: index)
                guard span.location != NSNotFound, let bounds = Range(span, in: sentence) else { return nil }
                return String(sentence[bounds])
            }
            func resolve(_ phrase: String) -> String? { coder.match(phrase: phrase, date: date)?.coded.actor }
            for match in Self.apposition.matches(in: sentence, range: range) {
                guard let person = group(match, 1), let role = group(match, 3), let organization = group(match, 4) else { continue }
                let modifier = group(match, 2)?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                let isNew = modifier.hasPrefix("newly") || modifier == "new"
                let isFormer = modifier == "former" || modifier == "late"
                facts.append(office(person, role, organization, sentence, date, source, start: isNew ? date : nil, ended: isFormer, confidence: isNew ? 0.8 : 0.7, resolve))
            }
            for match in Self.titled.matches(in: sentence, range: range) {
                guard let organization = group(match, 1), let role = group(match, 2), let person = group(match, 3) else { continue }
                facts.append(office(person, role, organization, sentence, date, source, start: nil, ended: false, confidence: 0.6, resolve))
            }
            for match in Self.umbrella.matches(in: sentence, range: range) {
                guard let bloc = group(match, 1), let noun = group(match, 2), let members = group(match, 3) else { continue }
                let blocID = resolve(bloc)
                facts.append(LearnedFact(
                    kind: .umbrella, subject: bloc, subjectID: blocID, object: members, objectID: nil,
                    role: "\(noun) of \(members)", interval: ValidityInterval(end: nil), confidence: 0.7, alreadyKnown: false,
                    evidence: sentence, source: source, reported: date))
                if let backer = group(match, 4) ?? group(match, 5) {
                    facts.append(backing(backer, bloc, sentence, date, source, confidence: 0.7, resolve))
                }
            }
            for match in Self.backed.matches(in: sentence, range: range) {
                guard let backer = group(match, 1), let backedName = group(match, 2) else { continue }
                facts.append(backing(backer, backedName, sentence, date, source, confidence: 0.75, resolve))
            }
        }
        var seen: Set<String> = []
        return facts.filter { seen.insert("\($0.kind)|\($0.subject)|\($0.object)|\($0.role ?? "")").inserted }
    }

    private func office(
        _ person: String, _ role: String, _ organization: String, _ sentence: String, _ date: CivilDate?, _ source: String,
        start: CivilDate?, ended: Bool, confidence: Double, _ resolve: (String) -> String?
    ) -> LearnedFact {
        let personID = resolve(person)
        let organizationID = resolve(organization)
        var known = false
        if let personID, let organizationID, let actor = knowledgeBase.actors[personID] {
            known = actor.relations.contains { $0.target == organizationID || knowledgeBase.members(of: organizationID).contains { $0.id == personID } }
        }
        return LearnedFact(
            kind: .office, subject: person, subjectID: personID, object: organization, objectID: organizationID, role: role,
            interval: ended ? ValidityInterval(end: date) : ValidityInterval(start: start), confidence: confidence,
            alreadyKnown: known, evidence: sentence, source: source, reported: date)
    }

    private func backing(
        _ backer: String, _ backed: String, _ sentence: String, _ date: CivilDate?, _ source: String, confidence: Double,
        _ resolve: (String) -> String?
    ) -> LearnedFact {
        let backerID = resolve(backer)
        let backedID = resolve(backed)
        var known = false
        if let backerID, let backedID {
            known = knowledgeBase.ties(to: backedID, on: date).contains { $0.kind == .backing && $0.source == backerID }
        }
        return LearnedFact(
            kind: .backing, subject: backer, subjectID: backerID, object: backed, objectID: backedID, role: nil,
            interval: ValidityInterval(), confidence: confidence, alreadyKnown: known, evidence: sentence, source: source, reported: date)
    }

    /// Sentences by a simple rule (full stop, question or exclamation mark before a space and
    /// a capital): enough for the patterns, which never span sentences.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let isEnd = (character == "." || character == "?" || character == "!" || character == "\n")
            let nextIsBreak = index + 2 < characters.count && characters[index + 1] == " " && characters[index + 2].isUppercase
            if character == "\n" || (isEnd && (nextIsBreak || index + 1 == characters.count)) {
                let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !trimmed.isEmpty { result.append(trimmed) }
                current = ""
            }
        }
        let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { result.append(trimmed) }
        return result
    }
}
