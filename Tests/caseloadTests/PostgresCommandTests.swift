import CaseloadPostgres
import Foundation
import Testing

/// The command line and the dashboard on PostgreSQL: the same words as on SQLite, forces moved between the two, and
/// another supervisor's change on screen within a second. Runs when `CASELOAD_TEST_POSTGRES` names a server.
@Suite("Commands and the dashboard on PostgreSQL", .enabled(if: Backend.server != nil))
struct PostgresCommandTests {
    /// The commands a supervisor runs in a day, in order: reading, then changing the force, then reading again.
    static let day: [[String]] = [
        ["flags"], ["flags", "--format", "json"], ["suggest", "C9001"], ["plan"], ["rebalance"], ["audit"],
        ["allocate", "C9001", "OM06", "--by", "sgt.day"], ["transfer", "C1001", "--from", "OM01", "--to", "OM02", "--by", "sgt.day"],
        ["allocate", "C9002", "OM05", "--by", "sgt.day"], ["allocate", "C9003", "OM15", "--by", "sgt.day"],
        ["absence", "OM03", "--from", "2026-11-20", "--to", "2026-12-20", "--reason", "sick", "--by", "sgt.day"],
        ["reduction", "OM04", "--fraction", "0.2", "--from", "2026-11-01", "--reason", "phased", "--by", "sgt.day"],
        ["availability"], ["availability", "OM03", "--format", "json"], ["whatif", "--absent", "OM05"], ["cover", "OM03"],
        ["audit", "--format", "json"], ["audit", "C9001"], ["audit", "--officer", "OM06"],
        ["export", "--format", "json"], ["export", "--format", "csv"], ["export", "--format", "md"], ["flags", "--near"],
        ["ahead"], ["ahead", "--format", "json", "--weeks", "8"],
    ]

    /// What each command printed, with the database's name and the times of day masked.
    static func transcript(_ database: CommandDatabase) throws -> [String] {
        let caseload = database.caseload
        return try Self.day.map { command in
            let result = try caseload.run(command, environment: ["CASELOAD_TODAY": "2026-11-15"])
            let text = "\(command.joined(separator: " ")) → \(result.status)\n\(result.stdout)\(result.stderr)"
            return text.replacingOccurrences(of: database.location, with: "DB")
                .replacingOccurrences(of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"#, with: "TIME", options: .regularExpression)
        }
    }

    @Test("an import whose connection is lost as it commits looks again and says what happened, never 'rolled back' unlooked")
    func importLostAtCommit() throws {
        let home = try TemporaryFolder()
        let database = try CommandDatabase(.postgres, home: home.url)
        #expect(try database.caseload.importDemo().status == 0)
        let before = try database.state()
        try database.execute("""
            CREATE OR REPLACE FUNCTION caseload_test_die() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(1); RETURN NULL; END $$;
            CREATE CONSTRAINT TRIGGER die_at_commit AFTER INSERT ON imports DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION caseload_test_die();
            """)
        let again = try database.caseload.importDemo()
        #expect(again.status == 2)
        #expect(again.stderr.contains("was lost as the import was committing, and caseload has since checked: it was not committed, and nothing was changed"),
            "\(again.stderr)")
        try database.execute("DROP TRIGGER die_at_commit ON imports")
        #expect(try database.state() == before)
    }

    @Test("every command prints the same on PostgreSQL as on SQLite, reading and changing the force")
    func sameWords() throws {
        var transcripts: [[String]] = []
        for backend in [Backend.sqlite, .postgres] {
            let home = try TemporaryFolder()
            let database = try CommandDatabase(backend, home: home.url)
            #expect(try database.caseload.importDemo().status == 0)
            transcripts.append(try Self.transcript(database))
        }
        for (sqlite, postgres) in zip(transcripts[0], transcripts[1]) { #expect(sqlite == postgres) }
        #expect(transcripts[0].contains { $0.hasPrefix("allocate C9001 OM06 --by sgt.day → 0") })
        #expect(transcripts[0].contains { $0.hasPrefix("allocate C9002 OM05 --by sgt.day → 1") }, "a refusal is in the transcript too")
    }

    @Test("the hostile force's every output is byte for byte the same on PostgreSQL as on SQLite")
    func hostileTextSame() throws {
        var outputs: [[String]] = []
        for backend in [Backend.sqlite, .postgres] {
            let home = try TemporaryFolder()
            let database = try CommandDatabase(backend, home: home.url)
            #expect(try database.caseload.run(CaseloadProcess.importing(HostileTextTests.hostile)).status == 0)
            outputs.append(try HostileTextTests.commands.map { command in
                let result = try database.caseload.run(command)
                return "\(result.status)\n\(result.stdout)\(result.stderr)".replacingOccurrences(of: database.location, with: "DB")
                    .replacingOccurrences(of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"#, with: "TIME", options: .regularExpression)
            })
        }
        for (index, (sqlite, postgres)) in zip(outputs[0], outputs[1]).enumerated() {
            #expect(sqlite == postgres, "\(HostileTextTests.commands[index])")
        }
    }

    @Test("copy moves a force with its history to PostgreSQL and back; a target that is not empty is refused; no password is printed")
    func copyBothWays() throws {
        let home = try TemporaryFolder()
        let sqlite = try CommandDatabase(.sqlite, home: home.url)
        let postgres = try CommandDatabase(.postgres, home: home.url)
        #expect(try sqlite.caseload.importDemo().status == 0)
        #expect(try sqlite.caseload.run(["allocate", "C9001", "OM06", "--by", "sgt.copy"]).status == 0)
        let password = ProcessInfo.processInfo.environment["PGPASSWORD"] ?? "not-set"
        let withPassword = postgres.location.replacingOccurrences(of: "://caseload@", with: "://caseload:\(password)@")
        let up = try postgres.caseload.run(["copy", "--from", sqlite.location, "--to", withPassword])
        #expect(up.status == 0, "\(up.stderr)")
        #expect(up.stdout.contains("Copied 24 officers, 1,072 cases, 1 audit entry"), "\(up.stdout)")
        #expect(!(up.stdout + up.stderr).contains(password))
        let again = try postgres.caseload.run(["copy", "--from", sqlite.location, "--to", withPassword])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already holds a force or its history; nothing was copied"), "\(again.stderr)")
        #expect(!again.stderr.contains(password))

        let back = home.url.appendingPathComponent("back.sqlite").path
        #expect(try postgres.caseload.run(["copy", "--from", postgres.location, "--to", back]).status == 0)
        for command in [["export", "--format", "json"], ["audit", "--format", "json"], ["availability"]] {
            let outputs = try [sqlite.location, postgres.location, back].map { location in
                try sqlite.caseload.run(command + ["--db", location], environment: ["CASELOAD_TODAY": "2026-11-15"]).stdout
            }
            #expect(outputs[0] == outputs[1] && outputs[1] == outputs[2], "\(command)")
        }
    }

    @Test("the dashboard on PostgreSQL shows another supervisor's allocation within a second, without a key press")
    func liveDashboard() throws {
        let home = try TemporaryFolder()
        let database = try CommandDatabase(.postgres, home: home.url)
        #expect(try database.caseload.importDemo().status == 0)
        let variables = database.environment.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let tmux = try TmuxSession(width: 120, height: 30, command: DashboardEndToEndTests.command(home.url, environment: variables))
        #expect(tmux.wait(for: "Queue 6").found, "the dashboard did not open: \(tmux.capture())")
        for (count, offender, officer) in [(5, "C9001", "OM06"), (4, "C9003", "OM15")] {
            #expect(try database.caseload.run(["allocate", offender, officer, "--by", "sgt.elsewhere"]).status == 0)
            let shown = Date()
            #expect(tmux.wait(for: "Queue \(count) ", seconds: 1).found, "not shown within a second: \(tmux.capture())")
            #expect(Date().timeIntervalSince(shown) < 1)
        }
        try tmux.send("q")
        #expect(tmux.wait(for: "EXIT=0").found)
    }

    @Test("the dashboard says within a second that the server cannot be reached, an allocation tried meanwhile says it was not made, and the line clears once it is back")
    func serverDownDashboard() throws {
        let home = try TemporaryFolder()
        let database = try CommandDatabase(.postgres, home: home.url)
        #expect(try database.caseload.importDemo().status == 0)
        let server = try #require(Backend.server)
        let name = try #require(try ScratchDatabase.rows(on: database.location, "SELECT current_database()").first?.first ?? nil)
        let variables = database.environment.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let tmux = try TmuxSession(width: 120, height: 30, command: DashboardEndToEndTests.command(home.url, environment: variables))
        #expect(tmux.wait(for: "Queue 6").found, "the dashboard did not open: \(tmux.capture())")
        defer { _ = try? ScratchDatabase.rows(on: server, "ALTER DATABASE \(name) ALLOW_CONNECTIONS true") }
        _ = try ScratchDatabase.rows(on: server, "ALTER DATABASE \(name) ALLOW_CONNECTIONS false")
        _ = try ScratchDatabase.rows(on: server, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(name)'")
        let lost = Date()
        #expect(tmux.wait(for: "Cannot reach the database", seconds: 1.5).found, "not said: \(tmux.capture())")
        #expect(Date().timeIntervalSince(lost) < 1.5)

        try tmux.send("u")
        #expect(tmux.wait(for: "6 cases waiting for an officer").found)
        try tmux.send("Enter")
        #expect(tmux.wait(for: "C9001  North  high").found)
        try tmux.send("Enter")
        #expect(tmux.wait(for: "Allocate C9001 to Farid Iqbal (OM06)?").found)
        try tmux.send("y")
        let refused = tmux.wait(for: "Nothing was changed: ")
        #expect(refused.found && !refused.screen.contains("Could not reload"), "\(refused.screen)")

        _ = try ScratchDatabase.rows(on: server, "ALTER DATABASE \(name) ALLOW_CONNECTIONS true")
        try tmux.send("Escape")
        let back = tmux.wait(seconds: 3) { !$0.contains("Cannot reach the database") && !$0.contains("Nothing was changed") }
        #expect(back.found, "the line did not clear once the server was back: \(back.screen)")
        try tmux.send("q")
        try tmux.send("q")
        #expect(tmux.wait(for: "EXIT=0").found)
        #expect(try database.caseload.run(["audit", "C9001"]).stdout.contains("No audit") || !(try database.caseload.run(["audit", "C9001"]).stdout.contains("OM06")))
    }
}
