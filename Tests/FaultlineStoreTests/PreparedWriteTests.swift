import Foundation
import GRDB
import Testing

@testable import FaultlineStore

/// Rows written through `PreparedWrite` are the rows GRDB writes, and its errors name the table.
@Suite struct PreparedWriteTests {
    static let createSQL = """
        CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, d REAL, s TEXT UNIQUE, b BLOB, f INTEGER, n TEXT)
        """
    static let insertSQL = "INSERT INTO t (i, d, s, b, f, n) VALUES (?, ?, ?, ?, ?, ?)"

    /// Every column as SQLite stores it: type and value.
    static func dump(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT quote(i) || typeof(i) || quote(d) || typeof(d) || quote(s) || typeof(s) || quote(b)
                || typeof(b) || quote(f) || typeof(f) || quote(n) || typeof(n) FROM t ORDER BY id
            """)
    }

    @Test func storesTheSameValuesAsGRDB() throws {
        let rows: [(Int64?, Double?, String?, Data?, Bool, String?)] = [
            (42, 0.25, "plain", Data([1, 2, 3]), true, nil),
            (nil, nil, "cut\u{0}after a NUL", nil, false, "é ünïcode"),
            (-7, -1e300, "", Data([0]), true, ""),
        ]
        let viaGRDB = try DatabaseQueue()
        let direct = try DatabaseQueue()
        try viaGRDB.write { db in
            try db.execute(sql: Self.createSQL)
            for row in rows {
                try db.execute(sql: Self.insertSQL, arguments: [row.0, row.1, row.2, row.3, row.4, row.5])
            }
        }
        try direct.write { db in
            try db.execute(sql: Self.createSQL)
            var insert = try PreparedWrite(table: "t", sql: Self.insertSQL, in: db)
            for row in rows {
                insert.bind(row.0)
                insert.bind(row.1)
                insert.bind(row.2)
                insert.bind(blob: row.3)
                insert.bind(row.4)
                insert.bind(row.5)
                try insert.run()
            }
        }
        let expected = try viaGRDB.read(Self.dump)
        #expect(expected.count == rows.count)
        #expect(try direct.read(Self.dump) == expected)
    }

    @Test func aRefusedRowNamesTheTableAndSQLitesReasonAndTheNextRowIsWritten() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: Self.createSQL)
            var insert = try PreparedWrite(table: "t", sql: Self.insertSQL, in: db)
            func write(_ text: String) throws {
                insert.bind(1)
                insert.bind(1.0)
                insert.bind(text)
                insert.bind(blob: [UInt8]([9]))
                insert.bind(false)
                insert.bindNull()
                try insert.run()
            }
            try write("a")
            do {
                try write("a")
                Issue.record("a duplicate of a unique column was written")
            } catch let error as StoreError {
                guard case .cannotWrite(let table, let reason) = error else {
                    Issue.record("unexpected error \(error)")
                    return
                }
                #expect(table == "t")
                #expect(reason.contains("UNIQUE"))
                #expect(error.description.hasPrefix("cannot store a row in t: "))
            }
            try write("b")
        }
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM t") } == 2)
    }

    @Test func tooFewValuesAreRefusedBeforeTheRowIsWritten() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: Self.createSQL)
            var insert = try PreparedWrite(table: "t", sql: Self.insertSQL, in: db)
            insert.bind(1)
            #expect(throws: StoreError.cannotWrite(table: "t", reason: "1 values bound for 6 parameters")) {
                try insert.run()
            }
        }
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM t") } == 0)
    }
}
