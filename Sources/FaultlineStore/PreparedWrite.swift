import Foundation
import GRDB
import GRDBSQLite

/// An INSERT or UPDATE prepared once and run row after row, its values bound straight into
/// SQLite.
///
/// GRDB's `execute(arguments:)` builds a `StatementArguments` array of `DatabaseValue`s for every
/// row and binds them through existentials: for the store's many small rows (sentences,
/// entities, actor mentions, event reports) that cost more than SQLite's own work. Here the
/// caller binds each value in parameter order with a typed `bind`, then `run()` steps the
/// statement once and resets it. Values are bound as GRDB binds them (text up to its first NUL,
/// `Bool` as 0 or 1, `nil` as NULL), so the stored rows are the same.
///
/// The statement comes from GRDB's statement cache (prepared once per connection) and is used
/// inside GRDB's transactions: GRDB keeps the schema, migrations, transactions and reads.
///
/// ```swift
/// var insert = try PreparedWrite(table: "tags", sql: "INSERT INTO tags (doc, name) VALUES (?, ?)", in: db)
/// insert.bind(documentID)
/// insert.bind("politics")
/// try insert.run()
/// ```
struct PreparedWrite {
    /// The table written, named in errors.
    let table: String
    /// GRDB's statement: owns the SQLite statement and finalises it.
    private let statement: Statement
    private let handle: OpaquePointer
    private let parameterCount: Int32
    /// The 1-based index of the last bound parameter.
    private var bound: Int32 = 0
    /// The first binding that failed in this row (SQLite result code), reported by `run()`.
    private var bindingFailure: Int32 = SQLITE_OK

    /// Makes SQLite copy text and blobs: the Swift storage is not kept alive until the step.
    /// (Computed: a stored static would be checked for initialisation at every bind.)
    private static var transient: sqlite3_destructor_type {
        unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    }

    /// Prepares `sql` (or takes it from the connection's statement cache) for rows of `table`.
    init(table: String, sql: String, in db: Database) throws {
        self.table = table
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
        parameterCount = sqlite3_bind_parameter_count(handle)
    }

    /// Binds the next parameter to an integer.
    mutating func bind(_ value: Int64) {
        bound += 1
        record(sqlite3_bind_int64(handle, bound, value))
    }

    /// Binds the next parameter to an integer.
    mutating func bind(_ value: Int) {
        bind(Int64(value))
    }

    /// Binds the next parameter to 1 or 0.
    mutating func bind(_ value: Bool) {
        bind(Int64(value ? 1 : 0))
    }

    /// Binds the next parameter to a real number.
    mutating func bind(_ value: Double) {
        bound += 1
        record(sqlite3_bind_double(handle, bound, value))
    }

    /// Binds the next parameter to text (up to a NUL character, as GRDB binds it).
    ///
    /// The UTF-8 is handed over in place with its length: passing the `String` as a C string
    /// would copy it into a new array first.
    mutating func bind(_ value: String) {
        bound += 1
        let position = bound
        var text = value
        let code = text.withUTF8 { utf8 -> Int32 in
            guard let start = utf8.baseAddress, !utf8.isEmpty else {
                // An empty string is text, not NULL (a null pointer would bind NULL).
                return sqlite3_bind_text(handle, position, "", 0, Self.transient)
            }
            let length = memchr(start, 0, utf8.count).map { UnsafeRawPointer($0) - UnsafeRawPointer(start) } ?? utf8.count
            return start.withMemoryRebound(to: CChar.self, capacity: length) {
                sqlite3_bind_text(handle, position, $0, Int32(length), Self.transient)
            }
        }
        record(code)
    }

    /// Binds the next parameter to a blob.
    mutating func bind(blob bytes: [UInt8]) {
        bound += 1
        let position = bound
        record(bytes.withUnsafeBytes { sqlite3_bind_blob(handle, position, $0.baseAddress, Int32($0.count), Self.transient) })
    }

    /// Binds the next parameter to a blob.
    mutating func bind(blob data: Data) {
        bound += 1
        let position = bound
        record(data.withUnsafeBytes { sqlite3_bind_blob(handle, position, $0.baseAddress, Int32($0.count), Self.transient) })
    }

    /// Binds the next parameter to NULL.
    mutating func bindNull() {
        bound += 1
        record(sqlite3_bind_null(handle, bound))
    }

    /// Binds the next parameter to an integer or NULL.
    mutating func bind(_ value: Int64?) {
        if let value { bind(value) } else { bindNull() }
    }

    /// Binds the next parameter to an integer or NULL.
    mutating func bind(_ value: Int?) {
        if let value { bind(Int64(value)) } else { bindNull() }
    }

    /// Binds the next parameter to a real number or NULL.
    mutating func bind(_ value: Double?) {
        if let value { bind(value) } else { bindNull() }
    }

    /// Binds the next parameter to text or NULL.
    mutating func bind(_ value: String?) {
        if let value { bind(value) } else { bindNull() }
    }

    /// Binds the next parameter to a blob or NULL.
    mutating func bind(blob data: Data?) {
        if let data { bind(blob: data) } else { bindNull() }
    }

    /// Writes the row bound since the last run: every parameter must have been bound.
    ///
    /// Throws ``StoreError/cannotWrite(table:reason:)`` with SQLite's message (a constraint,
    /// a full disk, ...); the statement is reset either way, ready for the next row.
    mutating func run() throws(StoreError) {
        let count = bound
        let failure = bindingFailure
        bound = 0
        bindingFailure = SQLITE_OK
        guard failure == SQLITE_OK, count == parameterCount else {
            sqlite3_reset(handle)
            let reason = failure != SQLITE_OK
                ? String(cString: sqlite3_errstr(failure))
                : "\(count) values bound for \(parameterCount) parameters"
            throw .cannotWrite(table: table, reason: reason)
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            // The message belongs to this statement's failure until the next call on the
            // connection, so it is read before the reset.
            let reason = String(cString: sqlite3_errmsg(sqlite3_db_handle(handle)))
            sqlite3_reset(handle)
            throw .cannotWrite(table: table, reason: reason)
        }
        sqlite3_reset(handle)
    }

    private mutating func record(_ code: Int32) {
        if code != SQLITE_OK, bindingFailure == SQLITE_OK { bindingFailure = code }
    }
}
