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

    /// The pages an import keeps in memory before SQLite writes any to the WAL, in KiB: a million cases and their
    /// indexes fit, so the indexes are built from the rows in memory, not read back from the WAL once per index.
    static let importCacheKibibytes = 262_144

    /// An import's transaction, with foreign keys off (the session checks the cases' officers once, at the end), a
    /// large page cache and a second sorting thread; once committed, the WAL is folded into the file.
    ///
    /// `cache_spill` keeps the written pages in memory up to the large cache even while the session shrinks
    /// `cache_size` to sort the indexes in small runs: without it, the shrink wrote the whole table to the WAL and each
    /// of the six indexes read it back (720 MB of reads at a million cases, 0.4-0.5 s of the import).
    public func replacing<T>(_ body: (SQLiteSession) throws -> T) throws -> T {
        let result = try Self.translatingErrors {
            try database.writeWithoutTransaction { db in
                let cache = Self.importCacheKibibytes
                try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -\(cache); PRAGMA cache_spill = -\(cache); PRAGMA threads = 2")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON; PRAGMA cache_size = -2000; PRAGMA cache_spill = ON; PRAGMA threads = 0") }
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
