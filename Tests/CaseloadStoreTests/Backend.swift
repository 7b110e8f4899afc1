import CaseloadPostgres
import CaseloadSQLite
import CaseloadStore
import Foundation
import GRDB
import Testing

/// A store backend the contract suite runs against: SQLite always, PostgreSQL when `CASELOAD_TEST_POSTGRES` holds the
/// URL of a server whose role may create databases.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    /// The backends to test here: PostgreSQL only when a server is given.
    static var available: [Backend] { server == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// The PostgreSQL server tests may make scratch databases on.
    static var server: String? { ScratchDatabase.testServer }

    var testDescription: String { rawValue }

    /// A new, empty database of this backend.
    func database() throws -> TestDatabase { try TestDatabase(self) }
}

/// An empty database made for one test, and removed when it is released.
final class TestDatabase: @unchecked Sendable {
    let backend: Backend
    /// The path or URL that names it.
    let location: String
    private let folder: TemporaryFolder?
    private let scratch: ScratchDatabase?

    init(_ backend: Backend) throws {
        self.backend = backend
        switch backend {
        case .sqlite:
            let folder = try TemporaryFolder()
            self.folder = folder
            scratch = nil
            location = folder.path("force.sqlite")
        case .postgres:
            let scratch = try ScratchDatabase(server: try #require(Backend.server))
            self.scratch = scratch
            folder = nil
            location = scratch.url
        }
    }

    /// Opens it, creating caseload's tables when it is empty.
    func open() throws -> any ForceStore {
        switch backend {
        case .sqlite: try SQLiteStore.open(path: location)
        case .postgres: try PostgresStore.open(url: location)
        }
    }

    /// Opens it as a force that must already exist.
    func openExisting() throws -> any ForceStore {
        switch backend {
        case .sqlite: try SQLiteStore.openExisting(path: location)
        case .postgres: try PostgresStore.openExisting(url: location)
        }
    }

    /// Runs SQL on it outside caseload, as someone with a database tool might.
    func execute(_ sql: String) throws {
        switch backend {
        case .sqlite: try DatabaseQueue(path: location).write { db in try db.execute(sql: sql) }
        case .postgres: try scratch?.execute(sql)
        }
    }

    /// Whether the database itself refuses the SQL (a trigger or constraint), whoever runs it.
    func refuses(_ sql: String) -> Bool {
        switch backend {
        case .sqlite: (try? DatabaseQueue(path: location).write { db in try db.execute(sql: sql) }) == nil
        case .postgres: scratch?.refusal(sql) != nil
        }
    }

    /// How many rows a table holds, read outside caseload.
    func count(_ table: String) throws -> Int {
        switch backend {
        case .sqlite: try DatabaseQueue(path: location).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? -1 }
        case .postgres: (try scratch?.rows("SELECT count(*) FROM \(table)").first?.first ?? nil).flatMap { Int($0) } ?? -1
        }
    }

    /// Marks the schema as written by a caseload newer than this one.
    func makeNewer() throws {
        switch backend {
        case .sqlite: try execute("INSERT INTO grdb_migrations (identifier) VALUES ('v99: something from the future')")
        case .postgres: try execute("UPDATE caseload_schema SET version = 99")
        }
    }
}
