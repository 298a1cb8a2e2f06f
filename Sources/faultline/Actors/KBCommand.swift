import ArgumentParser

/// `faultline kb ...`: the actor knowledge base (check, import, stats).
struct KBCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "Check, import and summarise the actor knowledge base.",
        subcommands: [KBCheckCommand.self, KBImportCommand.self, KBStatsCommand.self]
    )
}
