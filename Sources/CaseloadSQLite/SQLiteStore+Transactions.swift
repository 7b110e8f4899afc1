import CaseloadStore
import GRDB

/// The store's transactions on SQLite, and its one boundary for errors: every SQLite failure leaves as a `StoreError`
/// in words, never SQLite's text.
extension SQLiteStore {
    public func reading<T>(_ body: (SQLiteSession) throws -> T) throws -> T {
        try Self.translatingErrors { try database.read { db in try body(SQLiteSession(db: db)) } }
    }

    public func writing<T>(_ body: (SQLiteSession) throws -> T) throws -> T {
        try Self.translatingErrors {
            try database.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(SQLiteSession(db: db))
                    return .commit
                }
                return result!
            }
        }
    }

    /// An import's transaction, with foreign keys off (the session checks the cases' officers once, at the end), a
    /// large page cache and a second sorting thread; once committed, the WAL is folded into the file.
    public func replacing<T>(_ body: (SQLiteSession) throws -> T) throws -> T {
        let result = try Self.translatingErrors {
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -262144; PRAGMA threads = 2")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON; PRAGMA cache_size = -2000; PRAGMA threads = 0") }
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(SQLiteSession(db: db))
                    return .commit
                }
                return result!
            }
        }
        foldWAL()
        return result
    }

    /// Runs database work, turning a GRDB `DatabaseError` into the `StoreError` that says what it means.
    static func translatingErrors<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as DatabaseError {
            throw StoreError(databaseError: error)
        }
    }
}
