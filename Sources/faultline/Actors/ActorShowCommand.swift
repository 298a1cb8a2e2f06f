import ArgumentParser
import FaultlineActors
import FaultlineCore
import Foundation

/// `faultline actor show ID`: an actor's names, codes, roles and ties over time.
struct ActorShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show an actor's codes, roles and ties over time.")

    @Argument(help: "The actor id (e.g. irn.quds-force) or a name.")
    var id: String

    @Flag(help: "Print one JSON object.")
    var json = false

    @OptionGroup var kb: KnowledgeBaseOptions

    func run() async throws {
        let knowledgeBase = try kb.load()
        var actor = knowledgeBase.actors[id]
        if actor == nil, let match = ActorCoder(knowledgeBase: knowledgeBase).match(phrase: id, date: nil), let found = match.coded.actor {
            actor = knowledgeBase.actors[found]
        }
        guard let actor else { throw ValidationError("\(id): no such actor; try `faultline actor \"\(id)\"` to code it as a phrase") }
        let ties = knowledgeBase.ties(from: actor.id) + knowledgeBase.ties(to: actor.id)
        let members = knowledgeBase.members(of: actor.id)
        if json {
            struct Shown: Encodable { let actor: Actor; let ties: [ActorTie]; let members: [String]; let codeToday: ActorCode }
            return try printJSON(Shown(actor: actor, ties: ties, members: members.map(\.id), codeToday: knowledgeBase.code(of: actor.id, on: today())))
        }
        print("\(actor.id): \(actor.name) (\(actor.kind.rawValue)\(actor.country.map { ", \($0)" } ?? ""))")
        if !actor.aliases.isEmpty { print("  also: \(actor.aliases.joined(separator: "; "))") }
        print("  code today: \(knowledgeBase.code(of: actor.id, on: today()))")
        for code in actor.codes { print("  code \(code.code) \(code.interval)") }
        for relation in actor.relations {
            let target = knowledgeBase.actors[relation.target]?.name ?? relation.target
            print("  \(relation.kind.rawValue)\(relation.role.map { " (\($0))" } ?? "") \(target) [\(relation.target)] \(relation.interval)")
        }
        for member in members.prefix(30) {
            for relation in member.relations where relation.target == actor.id {
                print("  <- \(member.name) [\(member.id)] \(relation.kind.rawValue)\(relation.role.map { " (\($0))" } ?? "") \(relation.interval)")
            }
        }
        for tie in ties {
            let other = tie.source == actor.id ? tie.target : tie.source
            let arrow = tie.source == actor.id ? "->" : "<-"
            let sign = tie.sign > 0 ? "+" : "-"
            print("  tie \(sign)\(tie.kind.rawValue) \(arrow) \(knowledgeBase.actors[other]?.name ?? other) [\(other)] \(tie.interval) confidence \(tie.confidence)")
        }
        print("  sources: \(actor.sources.joined(separator: "; "))")
        if let location = actor.location { print("  defined at \(location)") }
    }
}
