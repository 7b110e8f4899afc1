import CaseloadPostgres
import CaseloadSQLite
import Foundation
import Testing

/// `caseload copy` between SQLite files, which every machine can run: the whole force and its history arrive, and a
/// target that is not empty, the same file, or a missing source is refused with nothing written.
@Suite("Copying a force between databases")
struct CopyCommandTests {
    @Test("a copy into a new file reads back the same in every command that reads history")
    func wholeForce() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        #expect(try caseload.run(["allocate", "C9001", "OM06", "--by", "sgt.copy"]).status == 0)
        let target = home.url.appendingPathComponent("moved/force.sqlite").path
        let copied = try caseload.run(["copy", "--from", caseload.database, "--to", target])
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(copied.stdout.contains("Copied 24 officers, 1,072 cases, 1 audit entry"), "\(copied.stdout)")
        for command in [["export", "--format", "json"], ["audit", "--format", "json"], ["availability"], ["flags", "--format", "json"]] {
            let outputs = try [caseload.database, target].map { database in
                try caseload.run(command + ["--db", database], environment: ["CASELOAD_TODAY": "2026-11-15"]).stdout
            }
            #expect(outputs[0] == outputs[1], "\(command)")
        }
    }

    @Test("a target that is not empty, the same file, or a missing source: exit 2 in a sentence, nothing written", arguments: [
        ("existing", "already holds a force or its history; nothing was copied"),
        ("same", "--from and --to name the same file"),
        ("missing", "there is no database at"),
    ])
    func refused(kind: String, words: String) throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let other = home.url.appendingPathComponent("other.sqlite").path
        if kind == "existing" { #expect(try caseload.importDemo().status == 0 && caseload.run(["copy", "--from", caseload.database, "--to", other]).status == 0) }
        let before = try [caseload.database, other].map { FileManager.default.fileExists(atPath: $0) ? try DatabaseState.bytes($0) : [] }
        let arguments: [String] = switch kind {
        case "same": ["copy", "--from", caseload.database, "--to", caseload.database]
        case "missing": ["copy", "--from", home.url.appendingPathComponent("nope.sqlite").path, "--to", home.url.appendingPathComponent("new.sqlite").path]
        default: ["copy", "--from", caseload.database, "--to", other]
        }
        let result = try caseload.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(words), "\(result.stderr)")
        let after = try [caseload.database, other].map { FileManager.default.fileExists(atPath: $0) ? try DatabaseState.bytes($0) : [] }
        #expect(before == after)
        #expect(!FileManager.default.fileExists(atPath: home.url.appendingPathComponent("new.sqlite").path))
    }

    @Test("a database with caseload's tables and no force, as a killed copy leaves it, is 'no force yet' to every command but import and copy",
        arguments: Backend.available)
    func schemaWithoutForce(backend: Backend) throws {
        let home = try TemporaryFolder()
        let database = try CommandDatabase(backend, home: home.url)
        switch backend {
        case .sqlite:
            try FileManager.default.createDirectory(at: URL(fileURLWithPath: database.location).deletingLastPathComponent(), withIntermediateDirectories: true)
            _ = try SQLiteStore.open(path: database.location)
        case .postgres: _ = try PostgresStore.open(url: database.location)
        }
        let caseload = database.caseload
        for command in [["flags", "--fail-on-flags"], ["plan", "--apply", "--by", "x"], ["audit"], ["export", "--month", "2026-11", "--format", "json"], ["suggest", "C9001"], ["cover", "OM08"]] {
            let result = try caseload.run(command, environment: ["CASELOAD_TODAY": "2026-11-15"])
            #expect(result.status == 2, "\(command): \(result.stdout)")
            #expect(result.stderr.contains("has caseload's tables but no force yet (an interrupted copy leaves it so)"), "\(command): \(result.stderr)")
            #expect(!result.stdout.contains("No officer is over a limit"))
        }
        let source = home.url.appendingPathComponent("source.sqlite").path
        #expect(try CaseloadProcess(home: home.url).run(CaseloadProcess.importing(CaseloadProcess.root.appendingPathComponent("fixtures/demo")) + ["--db", source]).status == 0)
        let copied = try caseload.run(["copy", "--from", source, "--to", database.location])
        #expect(copied.status == 0, "copying again into it finishes the copy: \(copied.stderr)")
        #expect(try caseload.run(["flags"], environment: ["CASELOAD_TODAY": "2026-11-15"]).stdout.contains("OM05"))
    }
}
