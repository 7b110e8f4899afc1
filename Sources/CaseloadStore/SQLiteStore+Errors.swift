import GRDB

/// The store's one boundary for errors: every SQLite failure leaves as a `StoreError` in words, never SQLite's text.
extension SQLiteStore {
    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.translatingErrors { try database.read(body) }
    }

    func writing<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.translatingErrors { try database.write(body) }
    }

    func writingWithoutTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.translatingErrors { try database.writeWithoutTransaction(body) }
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
