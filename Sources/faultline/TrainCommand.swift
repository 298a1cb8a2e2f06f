import ArgumentParser

/// `faultline train ...`: trains the statistical models from annotated data.
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a model from annotated data, reproducibly (fixed seed, logged epochs).",
        subcommands: [
            TrainNERCommand.self,
            TrainTaggerCommand.self,
            TrainParserCommand.self,
            TrainPruneCommand.self,
        ]
    )
}
