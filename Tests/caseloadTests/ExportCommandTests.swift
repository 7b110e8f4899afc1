import Foundation
import Testing

/// The monthly exports of the demo force, fixed to 2026-11-15, against files kept under Tests/caseloadTests/Golden.
///
/// After a deliberate change, regenerate them with `CASELOAD_UPDATE_GOLDEN=1 swift test --filter ExportCommandTests`
/// and read the diff before committing.
@Suite("Exporting the monthly view from the command line")
struct ExportCommandTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let today = ["CASELOAD_TODAY": "2026-11-15"]

    @Test("each format of the demo's month matches its golden file", arguments: [
        ("2026-11", "json"), ("2026-11", "csv"), ("2026-11", "md"), ("2026-11", "html"), ("2026-10", "json"),
    ])
    func golden(month: String, format: String) throws {
        let home = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run(["export", "--month", month, "--format", format], environment: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let file = Self.golden.appendingPathComponent("monthly-\(month).\(format)")
        if ProcessInfo.processInfo.environment["CASELOAD_UPDATE_GOLDEN"] == "1" {
            try result.stdoutBytes.write(to: file)
        }
        let expected = try Data(contentsOf: file)
        #expect(result.stdoutBytes == expected, "differs from \(file.lastPathComponent); see the doc comment to regenerate")
    }

    @Test("the CSV read by Python's csv module gives the same numbers as the JSON")
    func csvReadBack() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let jsonPath = home.url.appendingPathComponent("m.json").path
        #expect(try caseload.importDemo().status == 0, "an imported force's CSV has no demo notice above its header")
        let paths = ["officers", "teams", "force"].map { home.url.appendingPathComponent("m-\($0).csv").path }
        for (rows, path) in zip(["officers", "teams", "force"], paths) {
            let exported = try caseload.run(["export", "--month", "2026-11", "--format", "csv", "--rows", rows, "--output", path], environment: Self.today)
            #expect(exported.status == 0, "\(exported.stderr)")
        }
        #expect(try caseload.run(["export", "--month", "2026-11", "--format", "json", "--output", jsonPath], environment: Self.today).status == 0)
        let script = """
            import csv, json, sys
            read = lambda path: list(csv.DictReader(open(path, encoding="utf-8-sig", newline="")))
            officers, teams, force = read(sys.argv[1]), read(sys.argv[2]), read(sys.argv[3])
            view = json.load(open(sys.argv[4], encoding="utf-8"))
            assert len(officers) == len(view["officers"]), "officer rows"
            for r, o in zip(officers, view["officers"]):
                for key in ["cases", "high_risk", "very_high", "community", "custody", "approved_premises_cases", "hospital", "level2", "level3", "covering", "under_cover"]:
                    assert int(r[key]) == o[key], (o["officer_id"], key)
                assert float(r["high_risk_pct"]) == o["high_risk_pct"], o["officer_id"]
                assert r["name"] == o["name"] and r["officer_id"] == o["officer_id"]
                assert (r["change_cases"] == "" and o["change_cases"] is None) or int(r["change_cases"]) == o["change_cases"]
            assert [t["team"] for t in teams] == [t["team"] for t in view["teams"]]
            for r, t in zip(teams, view["teams"]):
                assert int(r["cases"]) == t["cases"] and float(r["average_cases"]) == t["average_cases"]
            assert len(force) == 1
            for key in ["officers", "cases", "allocated", "unallocated", "officers_over_cases", "officers_over_high_risk", "ap_officers_over_high_risk", "l2_l3_cases", "transfers", "overrides", "cover_started"]:
                assert int(force[0][key]) == view["force"][key], key
            assert float(force[0]["average_cases"]) == view["force"]["average_cases"]
            assert all(r["max_cases"] == "50" and r["max_high_risk_pct"] == "20" and r["month"] == "2026-11" for r in officers + teams + force)
            print("ok", len(officers), len(teams), len(force))
            """
        let python = try runPython(script, arguments: paths + [jsonPath])
        #expect(python.status == 0, "\(python.output)")
        #expect(python.output.hasPrefix("ok 24 3 1"))
    }

    @Test("--output writes the whole file, readable by its owner only, and leaves no temporary file")
    func output() throws {
        let home = try TemporaryFolder()
        let path = home.url.appendingPathComponent("report.html").path
        try Data("an older report".utf8).write(to: URL(fileURLWithPath: path))
        let result = try CaseloadProcess(home: home.url).run(["export", "--month", "2026-11", "--format", "html", "--output", path], environment: Self.today)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.url.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test("a temporary file left by an export killed before its rename is removed by the next export; one still being written is not")
    func staleTemporaryFiles() throws {
        let home = try TemporaryFolder()
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let stale = [".caseload-\(finished.processIdentifier)-A1.tmp", ".caseload-\(getpid())-B2.tmp"]
        for name in stale { try Data("half an export".utf8).write(to: home.url.appendingPathComponent(name)) }
        let path = home.url.appendingPathComponent("report.csv").path
        #expect(try CaseloadProcess(home: home.url).run(["export", "--month", "2026-11", "--format", "csv", "--output", path], environment: Self.today).status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: home.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(left == [stale[1]], "the dead export's file goes; a live process's stays: \(left)")
    }

    @Test("a month with no figures is refused, naming the months that have them")
    func missingMonth() throws {
        let home = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run(["export", "--month", "2025-06", "--format", "json"], environment: Self.today)
        #expect(result.status == 1)
        #expect(result.stderr.contains("there are no figures for 2025-06; the months with figures are 2025-12, 2026-01, "))
        #expect(result.stderr.contains(", 2026-10, 2026-11\n"))
    }

    @Test("--redact leaves every officer name out of every format", arguments: ["json", "csv", "md", "html"])
    func redact(format: String) throws {
        let home = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run(["export", "--month", "2026-11", "--format", format, "--redact"], environment: Self.today)
        let names = try String(contentsOf: CaseloadProcess.root.appendingPathComponent("fixtures/demo/officers.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] }
        #expect(names.count == 24)
        for name in names { #expect(!result.stdout.contains(name), "\(format) shows \(name)") }
        #expect(result.stdout.contains("OM24"))
    }

    @Test("LibreOffice Calc opens the CSV as it is: the header as text on the first row, the month as text, the counts as numbers",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice"), "LibreOffice Calc is not installed"))
    func spreadsheetOpensIt() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let csv = home.url.appendingPathComponent("month.csv").path
        #expect(try caseload.run(["export", "--month", "2026-11", "--format", "csv", "--output", csv], environment: Self.today).status == 0)
        let convert = Process()
        convert.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
        convert.arguments = ["--headless", "-env:UserInstallation=file://\(home.url.path)/lo", "--convert-to", "xlsx", "--outdir", home.url.path, csv]
        convert.environment = ["HOME": home.url.path, "PATH": "/usr/bin:/bin"]
        convert.standardOutput = FileHandle.nullDevice
        convert.standardError = FileHandle.nullDevice
        try convert.run()
        convert.waitUntilExit()
        #expect(convert.terminationStatus == 0)
        let script = """
            import re, sys, zipfile
            sheet = zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode()
            rows = re.findall(r'<row [^>]*r="(\\d+)"[^>]*>(.*?)</row>', sheet)
            cells = lambda row: dict(re.findall(r'<c r="([A-Z]+)\\d+"[^>]*?t="(\\w+)"', row))
            header = cells(rows[0][1])
            assert len(header) == 31 and set(header.values()) == {"s"}, header
            assert len(rows) == 25, len(rows)
            for _, row in rows[1:]:
                kinds = cells(row)
                assert kinds["A"] == "s", "month as text"
                assert all(kinds[column] == "n" for column in "HIJKLMNOPQRSTU"), kinds
            print("ok")
            """
        let python = try runPython(script, arguments: [home.url.appendingPathComponent("month.xlsx").path])
        #expect(python.status == 0 && python.output.hasPrefix("ok"), "\(python.output)")
    }

    func runPython(_ script: String, arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
