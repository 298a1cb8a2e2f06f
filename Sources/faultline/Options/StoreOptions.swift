import ArgumentParser
import FaultlineStore
import Foundation

/// `--db PATH`: which database a command uses (else `FAULTLINE_DB`, else ./faultline.sqlite).
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite database file (default: $FAULTLINE_DB, else ./faultline.sqlite).",
            valueName: "path"))
    var db: String?

    /// The database path after the environment and the default are applied.
    var path: String {
        if let db, !db.isEmpty { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["FAULTLINE_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "./faultline.sqlite"
    }

    /// Opens the store; read commands pass `mustExist` so a typo does not create an empty file.
    func open(mustExist: Bool) throws -> SQLiteStore {
        do {
            return try SQLiteStore(path: path, mustExist: mustExist)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

/// A failure the command reports as one line (ArgumentParser prints "Error: ...").
struct CommandFailure: Error, CustomStringConvertible {
    /// The message, with what to do.
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
