import Foundation
import Testing

/// Every sample in fixtures/bad is refused with its expected message, exit 1, and the database untouched.
@Suite("Bad input files", .tags(.slow))
struct BadInputTests {
    static let samples: [String] = {
        let folder = CaseloadProcess.root.appendingPathComponent("fixtures/bad")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/expected.txt").path) }.sorted()
    }()

    @Test("there is a sample for every kind of bad input the contract and the hardening issue name")
    func corpusIsComplete() {
        for kind in [
            "missing-column", "empty-required", "unknown-risk", "unknown-mosovo", "duplicate-officer", "duplicate-case",
            "unknown-officer", "fte-out-of-range", "bad-date", "wrong-field-count", "non-utf8", "nul-byte",
            "unterminated-quote", "utf16", "empty-file", "only-header", "spreadsheet", "spreadsheet-xls", "huge-field",
            "million-columns", "million-column-header", "folder", "unreadable", "named-pipe", "too-large", "mappa-category3-level1", "cr-line-endings",
        ] {
            #expect(Self.samples.contains(kind), "fixtures/bad/\(kind) is missing")
        }
    }

    @Test("each is refused with FILE:LINE: column: message, exit 1, in bounded time and memory, the database byte-for-byte unchanged", arguments: samples)
    func refused(sample: String) throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let before = try databaseBytes(caseload.database)

        let folder = try Self.prepare(sample, in: home.url)
        let result = try caseload.runBounded(["import", "--officers", "officers.csv", "--cases", "cases.csv"], in: folder)
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)

        #expect(result.status != CaseloadProcess.timedOut, "still running after \(CaseloadProcess.boundSeconds) s")
        #expect(result.status == 1)
        #expect(result.stderr == expected)
        #expect(result.stdout.isEmpty)
        #expect(try databaseBytes(caseload.database) == before)
    }

    /// A copy of the sample's folder, with whatever its setup.sh builds.
    static func prepare(_ sample: String, in home: URL) throws -> URL {
        let source = CaseloadProcess.root.appendingPathComponent("fixtures/bad/\(sample)")
        let folder = home.appendingPathComponent("sample")
        try FileManager.default.copyItem(at: source, to: folder)
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("setup.sh").path) else { return folder }
        let setup = Process()
        setup.executableURL = URL(fileURLWithPath: "/bin/sh")
        setup.arguments = ["-e", "setup.sh"]
        setup.currentDirectoryURL = folder
        try setup.run()
        setup.waitUntilExit()
        #expect(setup.terminationStatus == 0, "fixtures/bad/\(sample)/setup.sh failed")
        return folder
    }

    @Test("with no database yet, bad input creates none")
    func noDatabaseCreated() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let folder = CaseloadProcess.root.appendingPathComponent("fixtures/bad/unknown-risk")
        let result = try caseload.run(["import", "--officers", "officers.csv", "--cases", "cases.csv"], in: folder)
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: caseload.database))
    }

    @Test("a file that does not exist or is a folder is named in the error")
    func unreadable() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let result = try caseload.run(["import", "--officers", "nowhere.csv", "--cases", home.url.path])
        #expect(result.status == 1)
        #expect(result.stderr == "nowhere.csv:0: no such file\n\(home.url.path):0: is a folder; give the path of a CSV file\n")
    }

    private func databaseBytes(_ path: String) throws -> [Data] {
        try [path, path + "-wal"].filter { FileManager.default.fileExists(atPath: $0) }.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
    }
}
