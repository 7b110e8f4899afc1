import CaseloadCore
import CaseloadStore
import Foundation

/// The server store: one force's database on PostgreSQL, shared by supervisors working from many machines.
///
/// Every method runs in one transaction on one connection, used under a lock. Writers take one advisory lock, so
/// writes are serialised as SQLite serialises them; an allocation also locks its case's row and changes it only where
/// it still has the officer the caller saw. Each committed write sends one notification on `caseload_changes`, which
/// a store watching for changes (the dashboard) listens for on a second connection of its own, so that watching never
/// waits for a long read such as loading a million cases.
public final class PostgresStore: SQLForceStore, @unchecked Sendable {
    /// The URL as it may be shown: its password replaced by `***`.
    public let location: String
    private let connection: PGConnection
    private let lock = NSLock()
    /// The connection string, kept to open the watching connection when it is first needed.
    private let conninfo: String
    /// The connection that listens for changes, opened by the first `dataVersion`; guarded by `watcherLock`.
    private var watcher: PGConnection?
    private let watcherLock = NSLock()
    /// The server processes that have served this store's own connection, whose notifications are not others'
    /// changes; guarded by `watcherLock`.
    private var ownBackends: Set<Int32> = []
    /// How many changes other connections have committed since the watcher began, as their notifications told it.
    private var changesSeen = 0

    /// The channel each committed change is announced on.
    static let channel = "caseload_changes"

    /// The advisory lock every writer holds until its transaction ends.
    static let writerLock = "SELECT pg_advisory_xact_lock(1667330917)"

    private init(connection: PGConnection, conninfo: String, location: String) {
        self.connection = connection
        self.conninfo = conninfo
        self.location = location
        ownBackends = [connection.backendPID]
        permissionWarnings = Self.transportWarning(host: connection.host, tls: connection.usesTLS, server: location).map { [$0] } ?? []
    }

    /// Opens the force at `url`, giving an empty database caseload's tables: for `import` and `copy`.
    ///
    /// A database that holds other tables and none of caseload's, or one made by a newer caseload, is refused unchanged.
    public static func open(url: String) throws -> PostgresStore {
        try open(url: url, creating: true)
    }

    /// Opens a force that must already have been imported; an empty database, or one with caseload's tables and no
    /// force, is refused, and nothing is written.
    public static func openExisting(url: String) throws -> PostgresStore {
        let store = try open(url: url, creating: false)
        try store.requireForce()
        return store
    }

    private static func open(url: String, creating: Bool) throws -> PostgresStore {
        let location = ServerURL.withoutPassword(url)
        return try translatingErrors(location) {
            let conninfo = ServerURL.normalised(url)
            let store = PostgresStore(connection: try PGConnection(conninfo), conninfo: conninfo, location: location)
            try store.migrate(creating: creating)
            return store
        }
    }

    /// A warning when the force travels over the network unencrypted; the server's roles decide who may see it.
    public let permissionWarnings: [String]

    /// The warning for a connection to `host` without TLS, when the host is another machine; nil on this one.
    static func transportWarning(host: String, tls: Bool, server: String) -> String? {
        let local = host.hasPrefix("/") || ["localhost", "127.0.0.1", "::1", ""].contains(host.lowercased())
        guard !tls && !local else { return nil }
        return "the connection to \(server) is not encrypted, so officers' and cases' details cross the network as they are; "
            + "add ?sslmode=verify-full (with the server's certificate authority in ~/.postgresql/root.crt) to the URL"
    }

    /// How many changes other supervisors' processes have committed since the first call.
    ///
    /// Counts the notifications already on the watching connection's socket; it asks the server nothing. When that
    /// connection has to be made again, a change may have been missed meanwhile, so the count moves on by one.
    public func dataVersion() throws -> Int {
        watcherLock.lock()
        defer { watcherLock.unlock() }
        return try Self.translatingErrors(location) {
            if watcher?.isOpen != true {
                if watcher != nil { changesSeen += 1 }
                let listening = try PGConnection(conninfo)
                try listening.run("LISTEN \(Self.channel)")
                watcher = listening
            }
            changesSeen += try watcher?.notificationSenders().count { !ownBackends.contains($0) } ?? 0
            return changesSeen
        }
    }

    // MARK: Transactions

    /// Runs `body` in a read-only transaction that sees one consistent state of the force.
    ///
    /// The tables an import truncates are locked first, before the transaction takes its snapshot: TRUNCATE is not
    /// MVCC-safe, and a snapshot taken before an import committed would see them empty.
    public func reading<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        do {
            return try transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; \(Self.lockAgainstImport)") { try body(PostgresSession(connection: $0)) }
        } catch StoreError.notPermitted(let server) {
            throw StoreError.notGranted(server: server)
        }
    }

    /// Waits for an import to finish, without taking a snapshot; ACCESS SHARE conflicts with nothing but the
    /// ACCESS EXCLUSIVE lock TRUNCATE takes.
    static let lockAgainstImport = "LOCK TABLE officers, cases, officer_workloads IN ACCESS SHARE MODE"

    /// Takes the tables an import replaces, in the order readers take them (`lockAgainstImport`), before anything
    /// else: taken one statement at a time, a reader holding `officers` could wait for `cases` while the import
    /// waited for `officers`, and the server ended one of them as a deadlock.
    static let lockForImport = "LOCK TABLE officers, cases, officer_workloads IN ACCESS EXCLUSIVE MODE"

    /// Runs `body` in a transaction holding the writers' lock, and announces the change when it commits.
    ///
    /// A role refused the write is told whether it may read at all: one granted nothing is not one that may only read.
    public func writing<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        do {
            return try writingConnection { try body(PostgresSession(connection: $0)) }
        } catch StoreError.notPermitted(let server) where !mayRead {
            throw StoreError.notGranted(server: server)
        }
    }

    /// Whether the role may read the force's cases; false when it cannot even be asked.
    private var mayRead: Bool {
        (try? withConnection { connection in try connection.run("SELECT has_table_privilege('cases', 'SELECT')").bool(0, 0) }) ?? false
    }

    /// An import's transaction, which only the role that owns the tables may run; once committed, the planner's
    /// statistics for the replaced tables are gathered.
    public func replacing<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        let result: T
        do {
            result = try writing(body)
        } catch StoreError.notPermitted(let server) {
            throw StoreError.notOwner(server: server)
        }
        analyzeReplacedTables()
        return result
    }

    /// Runs `body` in a read-only transaction that may find caseload's tables missing: for looking at the schema.
    func inspecting<T>(_ body: (PGConnection) throws -> T) throws -> T {
        try transaction(begin: "BEGIN READ ONLY") { try body($0) }
    }

    /// Runs `body` on the connection in a transaction holding the writers' lock, and announces the change when it
    /// commits. BEGIN and the lock travel with the transaction's first statement, and the announcement with COMMIT,
    /// saving a round trip each.
    func writingConnection<T>(_ body: (PGConnection) throws -> T) throws -> T {
        try transaction(begin: "BEGIN", Self.writerLock, sentWithFirst: true, commit: "NOTIFY \(Self.channel); COMMIT", changing: true, body)
    }

    /// Runs `body` between `begin` and `commit`, rolling back on any failure. When the connection is lost during the
    /// commit of a `changing` transaction, whether the change was made cannot be known, and the error says so.
    private func transaction<T>(
        begin: String..., sentWithFirst: Bool = false, commit: String = "COMMIT", changing: Bool = false, _ body: (PGConnection) throws -> T
    ) throws -> T {
        try withConnection { connection in
            if sentWithFirst { connection.sendWithNext(begin) } else { try connection.runScript(begin.joined(separator: "; ")) }
            let result: T
            do {
                result = try body(connection)
            } catch {
                try? connection.flushSentWithNext(discarding: true)
                if connection.isOpen { try? connection.runScript("ROLLBACK") }
                throw error
            }
            do {
                try connection.runScript(commit)
                return result
            } catch let failure as PGFailure where failure.connectionLost && changing {
                throw StoreError.commitUnknown(server: location)
            } catch {
                try? connection.flushSentWithNext(discarding: true)
                if connection.isOpen { try? connection.runScript("ROLLBACK") }
                throw error
            }
        }
    }

    /// Gathers the planner's statistics for the tables an import replaced, after it committed.
    ///
    /// Without them the server plans the first reads after an import blind until autovacuum analyses the tables, and
    /// `flags` at a million cases is half as slow again. Best effort: the import is committed by now, and a failure
    /// here must not report it as failed.
    private func analyzeReplacedTables() {
        _ = try? withConnection { connection in try connection.runScript("ANALYZE officers, cases, officer_workloads") }
    }

    /// Runs `body` with the connection to itself, reconnecting first if the last use found it broken; every failure
    /// leaves as a `StoreError` in words.
    private func withConnection<T>(_ body: (PGConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try Self.translatingErrors(location) {
            if !connection.isOpen {
                connection.reset()
                watcherLock.lock()
                ownBackends.insert(connection.backendPID)
                watcherLock.unlock()
            }
            return try body(connection)
        }
    }
}
