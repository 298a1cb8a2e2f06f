import ArgumentParser
import FaultlineCore
import FaultlineStore

/// `faultline documents`: lists stored documents.
struct DocumentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "documents", abstract: "List stored documents.")

    @Option(help: "At most this many documents.")
    var limit: Int?

    @Option(help: "Skip this many documents first.")
    var offset: Int = 0

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let store = try storeOptions.open(mustExist: true)
        let records = try store.documents(limit: limit, offset: offset).map(DocumentRecord.init)
        try RecordWriter.write(records, format: output.format)
    }
}
