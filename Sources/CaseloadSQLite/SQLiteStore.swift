import CaseloadCore
import CaseloadStore
import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode, foreign keys on, readable by its owner only.
public final class SQLiteStore: SQLForceStore {
    let database: any DatabaseWriter
    /// The file behind the store; nil for an in-memory store.
    public let path: String?
    /// A connection of its own for `PRAGMA data_version`, which counts other connections' commits.
    private let watcher: DatabaseQueue?

    /// What caseload changed or could not change about who may read the files, said once when opened.
    public let permissionWarnings: [String]

    /// `migrationTurnHeld`: the caller already holds the file's `MigrationTurn`, as the opener of a new file does.
    private init(database: any DatabaseWriter, path: String?, permissionWarnings: [String] = [], migrationTurnHeld: Bool = false) throws {
        self.database = database
        self.path = path
        self.permissionWarnings = permissionWarnings
        var readOnly = Self.configuration
        readOnly.readonly = true
        watcher = try path.map { try DatabaseQueue(path: $0, configuration: readOnly) }
        do {
            if try !database.read({ db in try Self.migrator.hasCompletedMigrations(db) }) {
                let turn = migrationTurnHeld ? nil : path.map { MigrationTurn(path: $0) }
                defer { turn?.end() }
                try Self.migrate(database)
                foldWAL()
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notADatabase(path: path ?? ":memory:")
        } catch let error as DatabaseError {
            throw StoreError(databaseError: error)
        }
    }

    /// Brings the schema up to date; when another process is migrating the same new file at the same moment, carries
    /// on from where it got to.
    ///
    /// GRDB reads which migrations are applied before it takes the write lock, so two processes opening one new file
    /// can both start a migration, and the second then fails on what the first made (a table, or the migration's own
    /// row in `grdb_migrations`). Each migration runs in
    /// its own transaction, so the failed one left nothing behind; when the applied migrations show that another
    /// process made progress meanwhile, running the migrator again skips what is done. Any other failure is thrown.
    private static func migrate(_ database: any DatabaseWriter) throws {
        while true {
            let before = try database.read { db in try migrator.appliedMigrations(db) }
            do {
                return try migrator.migrate(database)
            } catch let error as DatabaseError {
                let after = try database.read { db in try migrator.appliedMigrations(db) }
                guard after.count > before.count else { throw error }
            }
        }
    }

    /// After a large write (an import, a migration that rewrites a table): folds the WAL into the file and empties
    /// it, then has GRDB write the few pages it keeps there.
    ///
    /// Left as it was, the WAL of an import (100 MB for a million cases) was read whole by every later opening in
    /// another process, to rebuild its index, until the next write: 35 ms more on each export at 100,000 cases. GRDB
    /// writes to an empty WAL when it opens a pool; doing that here, once, means a process that only reads later, or
    /// an import that is refused, leaves the files exactly as they were.
    ///
    /// Best effort: the write is committed by now, so a failure here (a full disk, a reader holding the WAL past the
    /// busy timeout) must not report it as failed; the WAL is then folded in later, as it was before.
    func foldWAL() {
        guard let path else { return }
        try? database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try? DatabasePool(path: path, configuration: Self.configuration).close()
    }

    /// Closes the read-only watcher first, so that the writer closes last and folds the WAL back into the file.
    deinit {
        try? watcher?.close()
    }

    /// Opens the database at `path`, creating it (mode 0600, its folder 0700) when it does not exist or is empty.
    ///
    /// A folder, a file that is not caseload's and a newer caseload's database are refused before anything is written.
    public static func open(path: String) throws -> SQLiteStore {
        let found = try DatabaseFile.inspect(path, migrator: migrator)
        if found == .missing { try createIfMissing(path) }
        return try openInspected(path, isNew: found != .caseload)
    }

    /// Opens a caseload database that must already exist; refuses a missing path, a folder, an empty file, a file
    /// that is not caseload's, one with no force yet and a newer caseload's database, writing nothing to any of them.
    public static func openExisting(path: String) throws -> SQLiteStore {
        switch try DatabaseFile.inspect(path, migrator: migrator) {
        case .missing: throw StoreError.noDatabase(path: path)
        case .empty: throw StoreError.emptyFile(path: path)
        case .caseload:
            let store = try openInspected(path)
            try store.requireForce()
            return store
        }
    }

    public var location: String { path ?? ":memory:" }

    /// Opens a file found to be empty or caseload's, made readable by its owner alone first, so that the WAL and
    /// shared-memory files SQLite creates beside it take the same mode.
    ///
    /// A new file is opened in its `MigrationTurn`, from the start: the first connection to it turns on WAL mode,
    /// which SQLite refuses at once, without waiting, while another process has it open.
    private static func openInspected(_ path: String, isNew: Bool = false) throws -> SQLiteStore {
        let warnings = DatabaseFile.restrictToOwner(path)
        let turn = isNew ? MigrationTurn(path: path) : nil
        defer { turn?.end() }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            return try SQLiteStore(database: pool, path: path, permissionWarnings: warnings, migrationTurnHeld: isNew)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notADatabase(path: path)
        } catch let error as DatabaseError {
            throw StoreError(databaseError: error)
        }
    }

    /// A number that changes whenever another connection or process commits a change to the database.
    ///
    /// Always 0 for an in-memory store, which no other process can reach.
    public func dataVersion() throws -> Int {
        try Self.translatingErrors { try watcher?.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 } ?? 0 }
    }

    /// A store that lives in memory and is gone when released: for the bundled demo and for tests.
    public static func inMemory() throws -> SQLiteStore {
        try SQLiteStore(database: DatabaseQueue(configuration: configuration), path: nil)
    }

    /// The page size of a database this release creates, in bytes. An import of a million cases writes, indexes and
    /// commits its rows in 8 KB pages about 0.4 s faster than in SQLite's default 4 KB (4.2-4.7 s against 3.9-4.35 s,
    /// alternating), with half the WAL frames; 16 and 32 KB pages were no faster, and write more for each allocation.
    /// A database made before keeps its pages: SQLite changes them only by rewriting the file, as `caseload copy` into
    /// a new database does.
    static let pageBytes = 8192

    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.label = "caseload"
        configuration.prepareDatabase { db in
            RawStatement.keepWALFile(db)
            try db.execute(sql: "PRAGMA page_size = \(pageBytes)")
        }
        return configuration
    }

    /// Creates an empty file readable and writable by its owner only, so SQLite and its WAL inherit 0600.
    static func createIfMissing(_ path: String) throws {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: path) else { return }
        let folder = parentFolder(of: path)
        do {
            if !folder.isEmpty && !manager.fileExists(atPath: folder) {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
        } catch {
            throw StoreError.cannotCreate(path: path, reason: "cannot create its folder (\(error.localizedDescription))")
        }
        let descriptor = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { return }
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(code)))
        }
        close(descriptor)
    }
}

/// One opener at a time brings a new or older file's schema up to date: an exclusive `flock` on the file, held while
/// it migrates and folds the WAL. Without it, several processes (or threads) opening one new file at once each waited
/// on the others' migrations one lock at a time, and on a loaded machine one of them could pass SQLite's 10-second
/// busy timeout. The others wait their turn, then find the migrations done.
private struct MigrationTurn {
    let descriptor: Int32

    init(path: String) {
        descriptor = Foundation.open(path, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 { flock(descriptor, LOCK_EX) }
    }

    func end() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
