import CaseloadPostgres
import Foundation
import Testing

/// The database a command-line test runs against: the default SQLite file in its home, or, when
/// `CASELOAD_TEST_POSTGRES` names a server, a scratch PostgreSQL database named by `CASELOAD_DB`.
enum Backend: String, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    /// SQLite always; PostgreSQL too when a server is given.
    static var available: [Backend] { server == nil ? [.sqlite] : [.sqlite, .postgres] }

    static var server: String? { ScratchDatabase.testServer }

    var testDescription: String { rawValue }
}

/// One test's database, with what the crash and concurrency tests need of it: its state, and saving and restoring it.
final class CommandDatabase {
    let backend: Backend
    let home: URL
    private let scratch: ScratchDatabase?

    init(_ backend: Backend, home: URL) throws {
        self.backend = backend
        self.home = home
        scratch = try backend == .postgres ? ScratchDatabase(server: try #require(Backend.server)) : nil
    }

    /// The path or URL the commands are given.
    var location: String { scratch?.url ?? CaseloadProcess.database(in: home) }

    /// The caseload of this test, every command pointed at this database, with libpq's `PG*` settings (such as
    /// `PGPASSWORD`) passed on from the tests' own environment.
    var caseload: CaseloadProcess { CaseloadProcess(home: home, environment: environment) }

    var environment: [String: String] {
        ProcessInfo.processInfo.environment.filter { $0.key.hasPrefix("PG") }.merging(["CASELOAD_DB": location]) { _, new in new }
    }

    /// Runs SQL on the PostgreSQL database outside caseload, as its owner.
    func execute(_ sql: String) throws {
        try #require(scratch).execute(sql)
    }

    /// Everything the database holds now, and what is wrong with it.
    func state() throws -> DatabaseState {
        if let scratch { return try DatabaseState(server: scratch) }
        return try DatabaseState(path: location)
    }

    /// Who holds each of the cases now; nil for a case that is unallocated.
    func holders(of cases: [String]) throws -> [String: String] {
        guard let scratch else { return try DatabaseState.holders(path: location, of: cases) }
        let list = cases.map { "'\($0)'" }.joined(separator: ", ")
        var holders: [String: String] = [:]
        for row in try scratch.rows("SELECT case_id, officer_id FROM cases WHERE case_id IN (\(list))") {
            holders[row[0] ?? ""] = row[1]
        }
        return holders
    }

    /// The database as it is now, to put back between runs.
    func save() throws -> Saved {
        if let scratch { return Saved(files: nil, copy: try scratch.saved()) }
        return Saved(files: try DatabaseFiles(path: location), copy: nil)
    }

    /// Puts the database back as it was saved.
    func restore(_ saved: inout Saved) throws {
        if let copy = saved.copy {
            try scratch?.restore(copy)
        } else {
            try saved.files?.restore()
        }
    }

    /// Whether a command has started writing since the last restore: the WAL touched, or a server transaction that
    /// has written a row.
    func writing(since saved: Saved) -> Bool {
        guard let scratch else { return saved.files?.walTouched() ?? false }
        let rows = try? scratch.rows("""
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()
            """)
        return (rows?.first?.first ?? nil).flatMap { Int($0 ?? "0") }.map { $0 > 0 } ?? false
    }

    /// A saved database: SQLite's files, or a PostgreSQL copy made from it as a template.
    struct Saved {
        var files: DatabaseFiles?
        let copy: ScratchDatabase?
    }
}

extension DatabaseState {
    /// Reads a PostgreSQL database as `init(path:)` reads a SQLite file: the same tables, the same checks.
    init(server scratch: ScratchDatabase) throws {
        func rows(_ sql: String) throws -> [String] {
            try scratch.rows(sql).map { $0.map { $0 ?? "NULL" }.joined(separator: "|") }
        }
        let kept = try rows("SELECT * FROM officer_workloads ORDER BY officer_id")
        let counted = try rows("""
            SELECT officers.officer_id,
                   count(*) FILTER (WHERE cases.risk = 'low'), count(*) FILTER (WHERE cases.risk = 'medium'),
                   count(*) FILTER (WHERE cases.risk = 'high'), count(*) FILTER (WHERE cases.risk = 'very_high'),
                   count(*) FILTER (WHERE cases.location = 'community'), count(*) FILTER (WHERE cases.location = 'custody'),
                   count(*) FILTER (WHERE cases.location = 'approved_premises'), count(*) FILTER (WHERE cases.location = 'hospital'),
                   count(*) FILTER (WHERE cases.mappa_level = 2), count(*) FILTER (WHERE cases.mappa_level = 3),
                   count(*) FILTER (WHERE cases.domestic_abuse), 0, 0,
                   count(*) FILTER (WHERE cases.risk = 'very_high' OR cases.mappa_level = 3),
                   count(*) FILTER (WHERE cases.location = 'approved_premises' AND cases.risk IN ('high', 'very_high'))
            FROM officers LEFT JOIN cases ON cases.officer_id = officers.officer_id
            GROUP BY officers.officer_id ORDER BY officers.officer_id
            """)
        self.init(
            officers: try rows("SELECT * FROM officers ORDER BY position"),
            cases: try rows("SELECT * FROM cases ORDER BY position"),
            workloads: kept,
            months: try rows("SELECT * FROM months ORDER BY month"),
            monthOfficers: try rows("SELECT * FROM month_officers ORDER BY month, position"),
            audit: try rows(#"SELECT case_id, from_officer, to_officer, "by", reason, override FROM allocations ORDER BY id"#),
            damage: kept == counted ? [] : ["officer_workloads differ from the counts of the cases"])
    }
}
