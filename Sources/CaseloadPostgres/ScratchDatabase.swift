import CaseloadStore
import Foundation

/// A throwaway database on a PostgreSQL server, for tests and benchmarks: made empty, dropped when released.
///
/// The role in `server`'s URL needs CREATEDB. Each scratch database has its own name, so tests run in parallel.
public final class ScratchDatabase: @unchecked Sendable {
    /// The URL of the scratch database: `server` with its database name replaced.
    public let url: String
    private let name: String
    private let server: String

    /// The server the tests may make scratch databases on: `$CASELOAD_TEST_POSTGRES`, nil when unset or empty.
    public static var testServer: String? {
        ProcessInfo.processInfo.environment["CASELOAD_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    public init(server: String) throws {
        self.server = server
        name = "caseload_scratch_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        url = Self.replacingDatabase(in: server, with: name)
        try run(on: server, "CREATE DATABASE \(name)")
    }

    deinit { try? drop() }

    /// Runs statements on the scratch database as its owner, outside caseload: for tests that tamper with it.
    public func execute(_ sql: String) throws {
        try run(on: url, sql)
    }

    /// The rows a query returns, each value as text (nil for NULL): for tests that read what was written.
    public func rows(_ sql: String) throws -> [[String?]] {
        try Self.rows(on: url, sql)
    }

    /// The rows a query returns on the database at `url`, each value as text (nil for NULL).
    public static func rows(on url: String, _ sql: String) throws -> [[String?]] {
        try PostgresStore.translatingErrors(ServerURL.withoutPassword(url)) {
            let rows = try PGConnection(ServerURL.normalised(url)).run(sql)
            return (0..<rows.count).map { row in (0..<rows.columns).map { rows.text(row, $0) } }
        }
    }

    /// A copy of the database as it is now, made from it as a template: for putting it back between runs.
    public func saved() throws -> ScratchDatabase {
        try disconnectOthers()
        return try ScratchDatabase(server: server, template: name)
    }

    /// Puts the database back as it was when `saved` was taken: dropped, and made again from the copy.
    public func restore(_ saved: ScratchDatabase) throws {
        try drop()
        try run(on: server, "CREATE DATABASE \(name) TEMPLATE \(saved.name)")
    }

    /// Drops the database after ending the other clients' connections.
    ///
    /// Not `WITH (FORCE)`: that also tries to end an autovacuum worker, which only a superuser may, and fails; a plain
    /// DROP has the server stop the worker itself, waiting up to 5 seconds for the ended connections to go.
    private func drop() throws {
        try disconnectOthers()
        try run(on: server, "DROP DATABASE IF EXISTS \(name)")
    }

    private init(server: String, template: String) throws {
        self.server = server
        name = "caseload_scratch_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        url = Self.replacingDatabase(in: server, with: name)
        try run(on: server, "CREATE DATABASE \(name) TEMPLATE \(template)")
    }

    /// Ends the other clients' connections (the server itself stops any autovacuum worker that is in the way).
    private func disconnectOthers() throws {
        try run(on: server, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(name)' AND backend_type = 'client backend' AND pid <> pg_backend_pid()")
    }

    /// Whether the statements are refused by the server, and with which SQLSTATE: for tests of what it enforces.
    public func refusal(_ sql: String) -> String? {
        do {
            try PGConnection(ServerURL.normalised(url)).runScript(sql)
            return nil
        } catch {
            return error.sqlState ?? "connection"
        }
    }

    private func run(on url: String, _ sql: String) throws {
        try PostgresStore.translatingErrors(ServerURL.withoutPassword(url)) { try PGConnection(ServerURL.normalised(url)).runScript(sql) }
    }

    /// The URL with its database name (the path after the host) replaced.
    public static func replacingDatabase(in url: String, with database: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let queryStart = rest.firstIndex(of: "?") ?? rest.endIndex
        let authorityEnd = rest[..<queryStart].firstIndex(of: "/") ?? queryStart
        return String(url[..<authorityEnd]) + "/" + database + rest[queryStart...]
    }
}
