/// Why the store could not do what was asked; each message says what to do.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The database file could not be opened or created.
    case cannotOpen(path: String, reason: String)
    /// A read command was pointed at a database that does not exist.
    case missingDatabase(path: String)
    /// Stored data could not be decoded.
    case corrupt(detail: String)
    /// SQLite refused a row (a constraint, a full disk, a read-only file).
    case cannotWrite(table: String, reason: String)

    /// One line: what went wrong and what to do.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open the database \(path): \(reason) (check the path and its permissions, or pass another --db)"
        case .missingDatabase(let path):
            return "no database at \(path) (run `faultline ingest` first, or pass --db / set FAULTLINE_DB)"
        case .corrupt(let detail):
            return "the database holds data it cannot read: \(detail) (run `PRAGMA integrity_check`, re-ingest into a fresh --db)"
        case .cannotWrite(let table, let reason):
            return "cannot store a row in \(table): \(reason) (check free disk space and that the database is writable; run `PRAGMA integrity_check`)"
        }
    }
}
