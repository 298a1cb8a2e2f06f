import ArgumentParser
import FaultlineCore
import FaultlineStore

/// `faultline actors`: the actors seen in stored documents, most mentioned first.
struct ActorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors", abstract: "List actors seen in stored documents with mention and event counts.")

    @Option(help: "Actors whose name or knowledge-base id contains this text.")
    var name: String?

    @Option(help: "Actors of this country (ISO alpha-3).")
    var country: String?

    @Option(help: "At most this many actors.")
    var limit: Int?

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let store = try storeOptions.open(mustExist: true)
        let actors = try store.actors(matching: ActorFilter(name: name, country: country, limit: limit))
        try RecordWriter.write(actors, format: output.format)
    }
}
