import ArgumentParser

/// `faultline eval ...`: measures each stage against gold data.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure a pipeline stage against gold data (all print one JSON object with --json).",
        subcommands: [
            EvalNERCommand.self,
            EvalCorefCommand.self,
            EvalActorsCommand.self,
            EvalBoilerplateCommand.self,
            EvalSentencesCommand.self,
            EvalTokensCommand.self,
            EvalTimexCommand.self,
            EvalEventsCommand.self,
            EvalTaggingCommand.self,
        ]
    )
}
