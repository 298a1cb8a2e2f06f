import FaultlineCore
import FaultlineStore

/// Finds the document a `DOC` argument names (its id, as `faultline documents` lists).
enum DocumentArgument {
    static func resolve(_ argument: String, in store: any Store) async throws -> StoredDocument {
        guard let id = Int64(argument) else {
            throw CommandFailure("'\(argument)' is not a document id (list them with `faultline documents`)")
        }
        if let document = try await store.document(id: id) { return document }
        throw CommandFailure("no document \(id) in the database (list them with `faultline documents`)")
    }
}
