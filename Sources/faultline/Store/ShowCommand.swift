import ArgumentParser
import FaultlineCore
import FaultlineStore

/// `faultline show DOC`: a document's clean text with numbered sentences.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print a document's metadata and clean text with numbered sentences.")

    @Argument(help: ArgumentHelp("The document id (see `faultline documents`).", valueName: "doc"))
    var document: String

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let store = try storeOptions.open(mustExist: true)
        let stored = try await DocumentArgument.resolve(document, in: store)
        let sentences = try store.sentences(ofDocument: stored.id)
        let header = DocumentRecord(stored)
        switch output.format {
        case .table:
            print(DocumentText.header(stored))
            print(DocumentText.numberedText(stored, sentences: sentences))
        case .json:
            try RecordWriter.writeJSON(ShownDocument(document: header, text: stored.cleanText, sentences: sentences.map(SentenceRecord.init)))
        case .jsonl:
            try RecordWriter.writeJSONLines(sentences.map(SentenceRecord.init))
        case .csv:
            try RecordWriter.write(sentences.map(SentenceRecord.init), format: .csv)
        }
    }
}

/// `show --format json`: the document record, its clean text and its sentences.
struct ShownDocument: Encodable {
    var document: DocumentRecord
    var text: String
    var sentences: [SentenceRecord]
}

/// A sentence as `show` prints it: `index` from 0, `number` from 1 as in the table.
struct SentenceRecord: TabularRecord {
    var index: Int
    var number: Int
    var start: Int
    var end: Int
    var text: String

    init(_ sentence: StoredSentence) {
        index = sentence.index
        number = sentence.index + 1
        start = sentence.range.lowerBound
        end = sentence.range.upperBound
        text = sentence.text
    }

    static let columns = ["number", "index", "start", "end", "text"]
    var cells: [String] { [String(number), String(index), String(start), String(end), text] }
}
