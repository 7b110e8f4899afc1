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
}
