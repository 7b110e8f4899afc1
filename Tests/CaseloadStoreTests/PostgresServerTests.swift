import CaseloadCore
@testable import CaseloadPostgres
import CaseloadStore
import Foundation
import Testing

/// What only a server brings: roles, logins, databases that are missing, connections that break. Runs when
/// `CASELOAD_TEST_POSTGRES` names a server whose role may create databases and roles.
@Suite("The PostgreSQL store against a real server", .enabled(if: Backend.server != nil))
struct PostgresServerTests {
    static let day = StoreContractTests.day

    /// The server URL with another user (and password) in it.
    static func url(_ url: String, user: String, password: String? = nil) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let hostStart = rest.firstIndex(of: "@").map { rest.index(after: $0) } ?? rest.startIndex
        return String(url[..<scheme.upperBound]) + user + (password.map { ":" + $0 } ?? "") + "@" + rest[hostStart...]
    }

    static func isError(_ error: any Error, _ expected: (StoreError) -> Bool) -> Bool {
        (error as? StoreError).map(expected) ?? false
    }

    @Test("a role that may only read sees the force, and allocating as it is refused in a sentence with nothing changed")
    func readOnlyRole() throws {
        let database = try Backend.postgres.database()
        try database.open().replaceForce(StoreContractTests.force, asOf: Self.day, availability: nil)
        let role = "caseload_reader_" + UUID().uuidString.prefix(8).lowercased()
        let scratch = try ScratchDatabase(server: try #require(Backend.server))
        try scratch.execute("CREATE ROLE \(role) LOGIN PASSWORD 'reader-pw'")
        defer { try? scratch.execute("DROP ROLE IF EXISTS \(role)") }
        try database.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(role)")
        defer { try? database.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM \(role); REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM \(role)") }
        let reader = try PostgresStore.openExisting(url: Self.url(database.location, user: role, password: "reader-pw"))
        #expect(try reader.loadForce() == StoreContractTests.force)
        #expect(try reader.currentSnapshot(asOf: Self.day) == MonthSnapshot(force: StoreContractTests.force, asOf: Self.day))
        #expect {
            try reader.allocate([StoreContractTests.request("Q1", to: "OM1")], limits: .standard, on: Self.day, at: "t")
        } throws: { error in
            Self.isError(error) { if case .notPermitted = $0 { true } else { false } }
                && "\(error)".contains("may only read") && !"\(error)".contains("reader-pw")
        }
        #expect(try reader.loadForce() == StoreContractTests.force)
        #expect(try reader.audit(.all).isEmpty)
    }

    @Test("a supervisor role granted as the README shows allocates, records absences and notices, and may not import")
    func supervisorRole() throws {
        let database = try Backend.postgres.database()
        try database.open().replaceForce(StoreContractTests.force, asOf: Self.day, availability: nil)
        let role = "caseload_supervisor_" + UUID().uuidString.prefix(8).lowercased()
        let scratch = try ScratchDatabase(server: try #require(Backend.server))
        try scratch.execute("CREATE ROLE \(role) LOGIN PASSWORD 'supervisor-pw'")
        defer { try? scratch.execute("DROP ROLE IF EXISTS \(role)") }
        try database.execute("""
            GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(role);
            GRANT INSERT, UPDATE, DELETE ON cases, officer_workloads, case_queue, months, month_officers TO \(role);
            GRANT INSERT ON allocations, availability, notices, covers TO \(role);
            GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO \(role);
            """)
        defer { try? database.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM \(role); REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM \(role)") }
        let supervisor = try PostgresStore.openExisting(url: Self.url(database.location, user: role, password: "supervisor-pw"))
        _ = try supervisor.allocate([StoreContractTests.request("Q1", to: "OM1")], limits: .standard, on: Day("2026-12-01")!, at: "t")
        try supervisor.record(AvailabilityEntry(officerID: "OM3", kind: .absence, from: Self.day, to: nil, reason: "sick"), by: role, at: "t")
        try supervisor.recordNotices([(officerID: "OM1", flags: [.overCases])], on: Self.day, by: role, at: "t")
        #expect(try Set(supervisor.audit(.all).map(\.kind)) == [.notice, .absence, .allocation])
        #expect(try supervisor.months().count == 2)
        #expect {
            try supervisor.replaceForce(StoreContractTests.force, asOf: Self.day, availability: nil)
        } throws: { error in
            Self.isError(error) { if case .notOwner = $0 { true } else { false } }
        }
        #expect(try Set(supervisor.audit(.all).map(\.kind)) == [.notice, .absence, .allocation])
    }

    @Test("a database whose encoding is not UTF8 is refused in a sentence before anything is written to it")
    func notUTF8() throws {
        let server = try #require(Backend.server)
        let scratch = try ScratchDatabase(server: server)
        let name = "caseload_latin1_" + UUID().uuidString.prefix(8).lowercased()
        try scratch.execute("CREATE DATABASE \(name) ENCODING 'LATIN1' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'")
        defer { try? scratch.execute("DROP DATABASE IF EXISTS \(name)") }
        let url = ScratchDatabase.replacingDatabase(in: server, with: name)
        #expect { try PostgresStore.open(url: url) } throws: { error in
            Self.isError(error) { if case .notUTF8(_, "LATIN1") = $0 { true } else { false } } && "\(error)".contains("createdb --encoding=UTF8")
        }
        #expect(try ScratchDatabase.rows(on: url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [["0"]])
    }

    @Test("a wrong password, an unknown role and a missing database each get their own sentence, the password never in it")
    func loginFailures() throws {
        let server = try #require(Backend.server)
        let role = "caseload_login_" + UUID().uuidString.prefix(8).lowercased()
        let scratch = try ScratchDatabase(server: server)
        try scratch.execute("CREATE ROLE \(role) LOGIN PASSWORD 'right-pw'")
        defer { try? scratch.execute("DROP ROLE IF EXISTS \(role)") }
        let cases: [(String, (StoreError) -> Bool)] = [
            (Self.url(scratch.url, user: role, password: "wrong-pw"), { if case .authenticationFailed = $0 { true } else { false } }),
            (Self.url(scratch.url, user: "nobody_" + role, password: "wrong-pw"), { if case .authenticationFailed = $0 { true } else { false } }),
            (ScratchDatabase.replacingDatabase(in: Self.url(scratch.url, user: role, password: "right-pw"), with: "no_such_force"),
             { if case .noServerDatabase = $0 { true } else { false } }),
        ]
        for (url, expected) in cases {
            #expect { try PostgresStore.openExisting(url: url) } throws: { error in
                Self.isError(error, expected) && !"\(error)".contains("-pw") && "\(error)".contains(":***@")
            }
        }
    }

    @Test("the server dropping the connection mid-work is a sentence, nothing is half-written, and the next call reconnects")
    func serverGone() throws {
        let database = try Backend.postgres.database()
        let store = try database.open()
        try store.replaceForce(StoreContractTests.force, asOf: Self.day, availability: nil)
        try database.execute("""
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()
            """)
        #expect {
            try store.allocate([StoreContractTests.request("Q1", to: "OM1")], limits: .standard, on: Self.day, at: "t")
        } throws: { error in
            Self.isError(error) { if case .serverGone = $0 { true } else { false } }
        }
        #expect(try store.loadForce() == StoreContractTests.force)
        #expect(try store.audit(.all).isEmpty)
        _ = try store.allocate([StoreContractTests.request("Q1", to: "OM1")], limits: .standard, on: Self.day, at: "t")
        #expect(try store.audit(.all).count == 1)
    }

    @Test("libpq settings in the URL pass through: a setting libpq does not know is refused in a sentence")
    func settingsPassThrough() throws {
        let database = try Backend.postgres.database()
        try database.open().replaceForce(StoreContractTests.force, asOf: Self.day, availability: nil)
        let settings = database.location + (database.location.contains("?") ? "&" : "?")
        #expect(try PostgresStore.openExisting(url: settings + "sslmode=disable&application_name=division-north").loadForce() == StoreContractTests.force)
        #expect { try PostgresStore.openExisting(url: settings + "sslmode=verify-full&sslrootcert=/nonexistent") } throws: { error in
            error is StoreError
        }
        #expect { try PostgresStore.openExisting(url: settings + "sslmodee=require") } throws: { error in
            Self.isError(error) { if case .badServerURL = $0 { true } else { false } }
        }
    }

    @Test("a role granted nothing is told it may not even read, not that it may only read")
    func roleWithNoGrants() throws {
        let database = try Backend.postgres.database()
        try database.open().replaceForce(StoreContractTests.force, asOf: Self.day, availability: nil)
        let role = "caseload_nothing_" + UUID().uuidString.prefix(8).lowercased()
        let scratch = try ScratchDatabase(server: try #require(Backend.server))
        try scratch.execute("CREATE ROLE \(role) LOGIN PASSWORD 'nothing-pw'")
        defer { try? scratch.execute("DROP ROLE IF EXISTS \(role)") }
        let isNotGranted: (any Error) -> Bool = { error in
            Self.isError(error) { if case .notGranted = $0 { true } else { false } } && "\(error)".contains("may not even read")
                && !"\(error)".contains("may only read")
        }
        let url = Self.url(database.location, user: role, password: "nothing-pw")
        do {
            let nobody = try PostgresStore.openExisting(url: url)
            #expect { try nobody.loadForce() } throws: { isNotGranted($0) }
            #expect { try nobody.allocate([StoreContractTests.request("Q1", to: "OM1")], limits: .standard, on: Self.day, at: "t") } throws: { isNotGranted($0) }
        } catch {
            #expect(isNotGranted(error), "\(error)")
        }
    }

    @Test("a statement timeout in the URL's options is a timeout, not a clash with another supervisor")
    func statementTimeout() throws {
        let database = try Backend.postgres.database()
        try database.open().replaceForce(StoreContractTests.force, asOf: Self.day, availability: nil)
        let settings = database.location + (database.location.contains("?") ? "&" : "?")
        let store = try PostgresStore.openExisting(url: settings + "options=-c%20statement_timeout%3D100")
        let holder = try PGConnection(database.location)
        try holder.runScript("BEGIN; \(PostgresStore.writerLock)")
        #expect {
            try store.allocate([StoreContractTests.request("Q1", to: "OM1")], limits: .standard, on: Self.day, at: "t")
        } throws: { error in
            Self.isError(error) { if case .timedOut = $0 { true } else { false } } && "\(error)".contains("statement_timeout")
                && !"\(error)".contains("another supervisor")
        }
        try holder.runScript("ROLLBACK")
        #expect(try store.audit(.all).isEmpty)
    }

    @Test("an owner whose sessions are read-only is told so, not that only the owning role may import")
    func readOnlySessions() throws {
        let database = try Backend.postgres.database()
        let store = try database.open()
        try store.replaceForce(StoreContractTests.force, asOf: Self.day, availability: nil)
        let name = try #require(try ScratchDatabase.rows(on: database.location, "SELECT current_database()").first?.first ?? nil)
        try database.execute("ALTER DATABASE \(name) SET default_transaction_read_only = on")
        let readOnly = try PostgresStore.openExisting(url: database.location)
        #expect {
            try readOnly.replaceForce(StoreContractTests.force, asOf: Self.day, availability: nil)
        } throws: { error in
            Self.isError(error) { if case .readOnlySession = $0 { true } else { false } } && "\(error)".contains("default_transaction_read_only")
        }
        #expect { try readOnly.allocate([StoreContractTests.request("Q1", to: "OM1")], limits: .standard, on: Self.day, at: "t") } throws: { error in
            Self.isError(error) { if case .readOnlySession = $0 { true } else { false } }
        }
    }

    @Test("a %00 in the database name and an unknown service each get their own sentence, not 'cannot reach the server'")
    func urlMistakes() throws {
        let server = try #require(Backend.server)
        #expect { try PostgresStore.openExisting(url: ScratchDatabase.replacingDatabase(in: server, with: "ca%00se")) } throws: { error in
            Self.isError(error) { if case .badServerURL = $0 { true } else { false } }
        }
        let settings = server + (server.contains("?") ? "&" : "?")
        #expect { try PostgresStore.openExisting(url: settings + "service=nosuch") } throws: { error in
            Self.isError(error) { if case .noSuchService(_, "nosuch") = $0 { true } else { false } } && "\(error)".contains("pg_service.conf")
        }
    }

    @Test("the connection lost during COMMIT says whether the change was made is unknown, never that it was rolled back")
    func lostAtCommit() throws {
        let database = try Backend.postgres.database()
        let store = try database.open()
        try store.replaceForce(StoreContractTests.force, asOf: Self.day, availability: nil)
        try database.execute(Self.dieAtCommit(on: "allocations"))
        #expect {
            try store.allocate([StoreContractTests.request("Q1", to: "OM1")], limits: .standard, on: Self.day, at: "t")
        } throws: { error in
            Self.isError(error) { if case .commitUnknown = $0 { true } else { false } }
                && "\(error)".contains("cannot tell whether it was made") && !"\(error)".contains("nothing was changed")
        }
        try database.execute("DROP TRIGGER die_at_commit ON allocations")
        #expect(try store.audit(.all).isEmpty, "the trigger ended the backend before the commit was written")
    }

    /// A trigger that ends its own server process as the transaction commits: deferred, so it fires during COMMIT.
    static func dieAtCommit(on table: String) -> String {
        """
        CREATE OR REPLACE FUNCTION caseload_test_die() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(1); RETURN NULL; END $$;
        CREATE CONSTRAINT TRIGGER die_at_commit AFTER INSERT ON \(table) DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION caseload_test_die();
        """
    }
}
