import Foundation
import GRDB
import Testing

/// The faults found by trying to break caseload as a new supervisor and as an attacker would, each as a test: which
/// database, what the demo says, what the environment says, and the inputs that once crashed it.
@Suite("Honest defaults and no crash from any input")
struct HonestDefaultsTests {
    static let today = ["CASELOAD_TODAY": "2026-11-15"]
    static let demo = CaseloadProcess.root.appendingPathComponent("fixtures/demo")

    @Test("a mistyped database is an error naming it, never the demo force", arguments: [
        ["export", "--db", "typo/db.sqlite", "--month", "2026-11", "--format", "md", "--output", "r.md"],
        ["flags", "--db", "typo/db.sqlite", "--fail-on-flags"],
        ["suggest", "C9001", "--db", "typo/db.sqlite"],
        ["audit", "--db", "typo/db.sqlite"],
        ["allocate", "C9001", "OM06", "--by", "x", "--db", "typo/db.sqlite"],
    ])
    func mistypedDatabase(arguments: [String]) throws {
        let home = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run(arguments, environment: Self.today)
        #expect(result.status == 2)
        #expect(result.stderr.contains("there is no database at typo/db.sqlite"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: home.url.appendingPathComponent("r.md").path))
        #expect(!FileManager.default.fileExists(atPath: home.url.appendingPathComponent("typo").path))
    }

    @Test("$CASELOAD_DB naming a missing file is an error too")
    func missingEnvironmentDatabase() throws {
        let home = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run(["flags"], environment: ["CASELOAD_DB": home.url.path + "/nope.sqlite"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("there is no database at \(home.url.path)/nope.sqlite"))
    }

    @Test("a PostgreSQL server that cannot be reached is a sentence and exit 2, its password never shown, nothing made in its name", arguments: [
        (["import", "--db", "postgresql://caseload:s3cret@127.0.0.1:1/force", "--officers", demoFile("officers.csv"), "--cases", demoFile("cases.csv")], [String: String]()),
        (["flags", "--db", "postgres://caseload:s3cret@127.0.0.1:1/force"], [:]),
        (["allocate", "C9001", "OM01", "--by", "x", "--db", "POSTGRESQL://caseload:s3cret@127.0.0.1:1/force"], [:]),
        (["flags"], ["CASELOAD_DB": "postgresql://caseload:s3cret@127.0.0.1:1/force?sslmode=require"]),
        (["flags"], ["CASELOAD_DB": "postgresql://caseload@127.0.0.1:1/force?password=s3cret&sslmode=prefer"]),
    ])
    func unreachableServer(arguments: [String], environment: [String: String]) throws {
        let home = try TemporaryFolder()
        let folder = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run(arguments, in: folder.url, environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.lowercased().contains("cannot reach the postgresql server for postgres"), "\(result.stderr)")
        #expect(result.stderr.contains("***") && !result.stderr.contains("s3cret"), "\(result.stderr)")
        #expect(!result.stderr.lowercased().contains("connection refused"), "libpq's own text leaked: \(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test("the demo works on the first and last days caseload supports: its history and absences stay within them", arguments: [
        "1900-01-01", "2999-12-31",
    ])
    func demoAtTheEdges(today: String) throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        for command in [["flags"], ["whatif", "--absent", "OM08"], ["availability"], ["export", "--month", String(today.prefix(7)), "--format", "md"]] {
            let result = try caseload.run(command, environment: ["CASELOAD_TODAY": today])
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
    }

    @Test("on the demo force every output says so in itself", arguments: [
        (["flags"], "DEMO FORCE: the bundled, fictional demo"),
        (["flags", "--format", "json"], "{\n  \"demo\": true,\n  \"limits\""),
        (["flags", "--format", "csv"], "max_high_risk_pct,flags,demo\n"),
        (["suggest", "C9001"], "DEMO FORCE: the bundled, fictional demo"),
        (["suggest", "C9001", "--format", "json"], "{\n  \"demo\": true,"),
        (["plan", "--format", "json"], "{\n  \"demo\": true,"),
        (["rebalance"], "DEMO FORCE: the bundled, fictional demo"),
        (["audit", "--format", "json"], "{\n  \"demo\": true,"),
        (["export", "--month", "2026-11", "--format", "json"], "{\n  \"demo\": true,\n  \"month\""),
        (["export", "--month", "2026-11", "--format", "md"], "> **DEMO FORCE: these are the bundled, fictional demo figures"),
        (["export", "--month", "2026-11", "--format", "html"], "<p class=\"demo\"><strong>DEMO FORCE"),
        (["export", "--month", "2026-11", "--format", "csv"], "max_high_risk_pct,near,demo\n"),
    ])
    func demoSaysSo(arguments: [String], heading: String) throws {
        let home = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run(arguments, environment: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let opening = arguments.contains("html") ? String(result.stdout.split(separator: "<h1>").dropFirst().first?.prefix(300) ?? "") : String(result.stdout.prefix(400))
        #expect(opening.contains(heading), "\(opening)")
    }

    @Test("an imported force's outputs carry no demo mark")
    func realForceIsNotDemo() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        for arguments in [["flags"], ["flags", "--format", "json"], ["export", "--month", "2026-11", "--format", "md"]] {
            let result = try caseload.run(arguments, environment: Self.today)
            #expect(!result.stdout.contains("DEMO") && !result.stdout.contains("\"demo\""), "\(arguments)")
        }
    }

    @Test("$HOME is read from the environment for the default database and the config file")
    func homeFromEnvironment() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let unset = ["XDG_DATA_HOME": "", "XDG_CONFIG_HOME": ""]
        let imported = try caseload.run(
            ["import", "--officers", Self.demo.path + "/officers.csv", "--cases", Self.demo.path + "/cases.csv"], environment: unset)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(FileManager.default.fileExists(atPath: home.url.path + "/.local/share/caseload/caseload.sqlite"))
        try FileManager.default.createDirectory(atPath: home.url.path + "/.config/caseload", withIntermediateDirectories: true)
        try Data("max-cases = 45\r\n".utf8).write(to: URL(fileURLWithPath: home.url.path + "/.config/caseload/config"))
        #expect(try caseload.run(["flags"], environment: unset).stdout.hasPrefix("Limits: 45 cases"))
    }

    @Test("a config file or a limit that cannot be used says what would be right", arguments: [
        (["flags"], ["CASELOAD_CONFIG": "/nowhere/config"], "there is no config file at /nowhere/config"),
        (["flags", "--max-cases", "-5"], [:], "--max-cases: '-5' is not valid; use a whole number of cases from 1 to 100000"),
        (["flags", "--max-high-risk", "-1"], [:], "--max-high-risk: '-1' is not valid; use a percentage above 0"),
        (["flags", "--share-floor", "-3"], [:], "--share-floor: '-3' is not valid; use a whole number of cases from 0 to 1000"),
    ])
    func badLimits(arguments: [String], environment: [String: String], message: String) throws {
        let home = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run(arguments, environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("--by defaults to $USER, then $LOGNAME; with neither nor a login name, an allocation asks for --by")
    func whoAllocates() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        #expect(try caseload.run(["allocate", "C9005", "OM23"], environment: ["USER": "sgt.user"]).status == 0)
        #expect(try caseload.run(["allocate", "C9004", "OM15"], environment: ["LOGNAME": "sgt.logname"]).status == 0)
        let audit = try caseload.run(["audit"]).stdout
        #expect(audit.contains("sgt.user") && audit.contains("sgt.logname"))
        let nobody = try caseload.run(["allocate", "C9001", "OM06"])
        if getlogin() == nil {
            #expect(nobody.status == 2)
            #expect(nobody.stderr.contains("name yourself with --by"), "\(nobody.stderr)")
            #expect(try caseload.run(["audit", "C9001"]).stdout.hasPrefix("Nothing recorded yet"))
        }
    }

    @Test("paths and dates that once crashed it are refused or handled, never a crash", arguments: [
        (["export", "--month", "2026-11", "--format", "md", "--output", "a"], [String: String](), Int32(0), "wrote the 2026-11 view"),
        (["import", "--db", "z", "--officers", demo.path + "/officers.csv", "--cases", demo.path + "/cases.csv"], [:], 0, ""),
        (["import", "--as-of", "0001-06-15", "--officers", demo.path + "/officers.csv", "--cases", demo.path + "/cases.csv"], [:], 1,
         "--as-of '0001-06-15' is not a date caseload can use; use YYYY-MM-DD with a year from 1900 to 2999"),
        (["export", "--month", "0001-06", "--format", "md"], [:], 1, "--month '0001-06' is not a month caseload can use"),
        (["export", "--month", "3000-01", "--format", "json"], [:], 1, "with a year from 1900 to 2999"),
        (["flags"], ["CASELOAD_TODAY": "0001-06-20"], 1, "CASELOAD_TODAY: '0001-06-20' is not a date caseload can use"),
        (["flags"], ["CASELOAD_TODAY": "tomorrow"], 1, "CASELOAD_TODAY: 'tomorrow' is not a date caseload can use"),
        (["flags", "--db", String(repeating: "d/", count: 3000) + "x.sqlite"], [:], 2, "File name too long"),
        (["flags", "--db", "/"], [:], 2, "/ is a folder, not a database file"),
    ])
    func noCrash(arguments: [String], environment: [String: String], status: Int32, message: String) throws {
        let home = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run(arguments, environment: Self.today.merging(environment) { _, new in new })
        #expect(result.status == status, "\(result.stderr)")
        #expect(message.isEmpty || result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("an id in two Unicode spellings is one officer: the kept counts, the foreign keys and the commands agree")
    func unicodeIDs() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let composed = "OM\u{E9}"
        let decomposed = "OMe\u{301}"
        var officers = "officer_id,name,team,mosovo\n\(composed),Amélie Roux,North,trained\nOM2,Ben Walker,North,trained\n"
        var cases = "case_id,officer_id,team,risk,location\n"
        for index in 0..<10 { cases += "A\(index),\(composed),North,low,community\n" }
        for index in 0..<10 { cases += "B\(index),\(decomposed),North,low,community\n" }
        cases += "Q1,,North,low,community\n"
        try Data(officers.utf8).write(to: home.url.appendingPathComponent("officers.csv"))
        try Data(cases.utf8).write(to: home.url.appendingPathComponent("cases.csv"))
        let imported = try caseload.run(["import", "--officers", "officers.csv", "--cases", "cases.csv"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let database = try DatabaseQueue(path: caseload.database)
        let (violations, kept, held) = try database.read { db in
            (
                try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
                try Int.fetchOne(db, sql: "SELECT low FROM officer_workloads WHERE officer_id = ?", arguments: [composed]),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM cases WHERE officer_id = ?", arguments: [composed])
            )
        }
        #expect(violations == 0)
        #expect(kept == 20)
        #expect(held == 20)
        try database.close()
        #expect(try caseload.run(["allocate", "Q1", decomposed, "--by", "x"]).status == 0)
        #expect(try caseload.run(["audit", "--officer", decomposed]).stdout.contains("Q1"))
        officers += "\(decomposed),Twice,North,trained\n"
        try Data(officers.utf8).write(to: home.url.appendingPathComponent("officers.csv"))
        let twice = try caseload.run(["import", "--officers", "officers.csv", "--cases", "cases.csv"])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("officers.csv:4: officer_id:"), "\(twice.stderr)")
    }

    @Test("a database made by a newer caseload is refused, by every command, and left byte for byte as it was")
    func newerSchema() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let database = try DatabaseQueue(path: caseload.database)
        try database.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: something from the future')")
        }
        try database.close()
        let before = try DatabaseState.bytes(caseload.database)
        for arguments in [
            ["flags"], ["allocate", "C9005", "OM23", "--by", "x"], ["export", "--month", "2026-11", "--format", "json"],
            ["import", "--officers", Self.demo.path + "/officers.csv", "--cases", Self.demo.path + "/cases.csv"],
        ] {
            let result = try caseload.run(arguments, environment: Self.today)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("was made by a newer caseload; it was left unchanged"), "\(arguments): \(result.stderr)")
        }
        #expect(try DatabaseState.bytes(caseload.database) == before)
    }

    @Test("a folder, an empty file or another program's SQLite file is named for what it is and never written to", arguments: [
        ("folder", "is a folder, not a database file"), ("empty", "is an empty file, not a caseload database"),
        ("other", "is not a caseload database (it was left unchanged)"), ("text", "is not a caseload database"),
    ])
    func wrongFiles(kind: String, message: String) throws {
        let home = try TemporaryFolder()
        let path = home.url.appendingPathComponent(kind).path
        switch kind {
        case "folder":
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        case "empty":
            #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        case "other":
            let other = try DatabaseQueue(path: path)
            try other.write { db in try db.execute(sql: "CREATE TABLE recipes (name TEXT)") }
            try other.close()
        default:
            #expect(FileManager.default.createFile(atPath: path, contents: Data("name,age\n".utf8)))
        }
        let before = kind == "folder" ? [] : try DatabaseState.bytes(path)
        for arguments in [["flags", "--db", path], ["audit", "--db", path], ["allocate", "C1", "OM1", "--by", "x", "--db", path]] {
            let result = try CaseloadProcess(home: home.url).run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(!result.stderr.contains("SQLite error"), "\(result.stderr)")
        }
        if kind != "folder" { #expect(try DatabaseState.bytes(path) == before) }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("a database other users can read, with its WAL and shared memory, is made 600 when opened, and says so once")
    func permissions() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        for suffix in ["", "-wal"] { #expect(chmod(caseload.database + suffix, 0o644) == 0) }
        let result = try caseload.run(["flags"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("could be read by other users (mode 644); caseload made it 600, as it holds personal data"), "\(result.stderr)")
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: caseload.database + suffix) {
            #expect(try FileManager.default.attributesOfItem(atPath: caseload.database + suffix)[.posixPermissions] as? Int == 0o600, "\(suffix)")
        }
        #expect(try caseload.run(["flags"]).stderr.isEmpty)
    }

    @Test("importing into an empty file of mode 644 leaves the database, its WAL and shared memory 600")
    func emptyFileMadePrivate() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: caseload.database).deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: caseload.database, contents: nil, attributes: [.posixPermissions: 0o644]))
        let imported = try caseload.importDemo()
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("caseload made it 600"), "\(imported.stderr)")
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: caseload.database + suffix) {
            #expect(try FileManager.default.attributesOfItem(atPath: caseload.database + suffix)[.posixPermissions] as? Int == 0o600, "\(suffix)")
        }
    }

    @Test("a password typed in a --db URL gets one warning that ps shows it, naming ~/.pgpass and $PGPASSWORD; none without one", arguments: [
        (["flags", "--db", "postgresql://om:SECRET@127.0.0.1:1/force"], 1),
        (["flags", "--db", "postgres://om@127.0.0.1:1/force?pass%77ord=SECRET"], 1),
        (["copy", "--from", "postgresql://om:SECRET@127.0.0.1:1/a", "--to", "x.sqlite"], 1),
        (["flags", "--db", "postgresql://om@127.0.0.1:1/force"], 0),
    ])
    func passwordInURL(arguments: [String], warnings: Int) throws {
        let home = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run(arguments, environment: ["PGCONNECT_TIMEOUT": "2"])
        #expect(result.status != 0)
        #expect(result.stderr.components(separatedBy: "can be seen by anyone on this machine who lists processes (ps)").count - 1 == warnings, "\(result.stderr)")
        if warnings > 0 { #expect(result.stderr.contains("keep it in ~/.pgpass, or in $PGPASSWORD")) }
        #expect(!result.stderr.contains("SECRET"))
    }

    @Test("a --db that starts like a URL but is not a PostgreSQL one, or has a space at an end, is refused and never becomes a file", arguments: [
        ["--db", "postgresq://om:SECRET@127.0.0.1:5432/force"], ["--db", "postgresql:/db"], ["--db", "postgres:db"], ["--db", " force.sqlite"],
        ["--db", "mysql://x"], ["--db", "force.sqlite "],
    ])
    func urlLike(arguments: [String]) throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let folder = home.url.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let demo = CaseloadProcess.root.appendingPathComponent("fixtures/demo")
        let result = try caseload.run(["import", "--officers", demo.appendingPathComponent("officers.csv").path,
                                       "--cases", demo.appendingPathComponent("cases.csv").path] + arguments, in: folder)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("starts like a URL") || result.stderr.contains("has a space at its start or end"), "\(result.stderr)")
        #expect(!result.stderr.contains("SECRET"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing was created")
        let copied = try caseload.run(["copy", "--from", "x.sqlite", "--to", arguments[1]], in: folder)
        #expect(copied.status == 2 && copied.stderr.contains("--to "), "\(copied.stderr)")
    }
}

/// A file of the bundled demo force.
private func demoFile(_ name: String) -> String { CaseloadProcess.root.appendingPathComponent("fixtures/demo/\(name)").path }
