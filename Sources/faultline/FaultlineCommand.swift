import ArgumentParser

/// The `faultline` command: news reports in, sourced event data out.
@main
struct FaultlineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "faultline",
        abstract: "Turn news reports into sourced event data, actors and alliance networks.",
        discussion: """
            Reports are read with `ingest`, stored in a SQLite database (--db, FAULTLINE_DB, \
            default ./faultline.sqlite) and read back with `documents`, `show`, `events`, \
            `actors` and `brief`. `eval` measures each stage against gold data; `train` builds \
            the models from it.
            """,
        subcommands: [
            IngestCommand.self,
            DocumentsCommand.self,
            ShowCommand.self,
            EventsCommand.self,
            ActorsCommand.self,
            BriefCommand.self,
            AnalyzeCommand.self,
            EvalCommand.self,
            TrainCommand.self,
            KBCommand.self,
            ActorCommand.self,
        ]
    )
}
