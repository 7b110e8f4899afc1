import Foundation
import Testing

@Suite("The caseload command line")
struct CommandLineTests {
    @Test("generate is deterministic and its output imports cleanly")
    func generate() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let first = home.url.appendingPathComponent("first").path
        let second = home.url.appendingPathComponent("second").path
        let other = home.url.appendingPathComponent("other").path
        #expect(try caseload.run(["generate", "--officers", "30", "--cases", "1500", "--seed", "11", "--out", first]).status == 0)
        #expect(try caseload.run(["generate", "--officers", "30", "--cases", "1500", "--seed", "11", "--out", second]).status == 0)
        #expect(try caseload.run(["generate", "--officers", "30", "--cases", "1500", "--seed", "12", "--out", other]).status == 0)
        for file in ["officers.csv", "cases.csv"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: first).appendingPathComponent(file))
            let b = try Data(contentsOf: URL(fileURLWithPath: second).appendingPathComponent(file))
            #expect(a == b, "\(file) differs between two runs with the same seed")
        }
        let casesA = try Data(contentsOf: URL(fileURLWithPath: first).appendingPathComponent("cases.csv"))
        let casesOther = try Data(contentsOf: URL(fileURLWithPath: other).appendingPathComponent("cases.csv"))
        #expect(casesA != casesOther)

        let imported = try caseload.run(["import", "--officers", first + "/officers.csv", "--cases", first + "/cases.csv", "--as-of", "2026-10-31"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("Imported 30 officers and 1,500 cases (15 unallocated) as of 2026-10-31"))
    }

    /// The day the demo's files describe: its review dates fall due around it, so a later day would flag more.
    static let pinned = ["CASELOAD_TODAY": "2026-11-15"]

    @Test("import then flags reads the database, in each format")
    func importThenFlags() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: caseload.database)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let table = try caseload.run(["flags"], environment: Self.pinned)
        #expect(table.status == 0)
        #expect(table.stderr.isEmpty)
        #expect(table.stdout.hasPrefix("Limits: 50 cases (pro rata by FTE and any reduction), 20% high risk (a share of at least 10 cases); near from 90% of a limit\n"))
        #expect(table.stdout.contains("OM05     Ella Hughes      North  52/50 !   9 17.3%    over_cases"))
        #expect(table.stdout.contains("C1406      2  OM10     Jack Davies  awaiting"))
        #expect(!table.stdout.contains("OM16"), "near is a watch list: at 50 cases and 20.0% Priya Begum is not listed")
        #expect(table.stdout.contains("OM08     Harry Patel      North  31/50     5 16.1%    needs_cover"), "on leave holding 31 cases")
        #expect(table.stdout.contains("11 of 24 officers over a limit or breaking a rule. 11 officers are near a limit (at 90% or more of it); --near lists them."))
        #expect(
            table.stdout.contains("\nExplained: OM03, OM11 are over on high risk only because of the residents of the Approved Premises they run;"),
            "the AP officers are named as explained; OM07 and OM19, over on their own high-risk cases, are not")
        let near = try caseload.run(["flags", "--near"], environment: Self.pinned)
        #expect(near.stdout.contains("OM16     Priya Begum      East   50/50 ~  10 20.0% ~  near_cases, near_high_risk"))
        #expect(near.stdout.split(separator: "\n").count(where: { $0.hasPrefix("OM") }) == 22)

        let json = try caseload.run(["flags", "--format", "json"], environment: Self.pinned)
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
        let limits = try #require(object["limits"] as? [String: Any])
        #expect(limits["max_cases"] as? Int == 50)
        let officers = try #require(object["officers"] as? [[String: Any]])
        #expect(officers.count == 22)
        let priya = try #require(officers.first { $0["officer_id"] as? String == "OM16" })
        #expect(priya["flags"] as? [String] == ["near_cases", "near_high_risk"])
        #expect(priya["high_risk_pct"] as? Double == 20.0)
        let monthly = try caseload.run(["export", "--month", "2026-11", "--format", "json"], environment: Self.pinned)
        let monthlyObject = try #require(try JSONSerialization.jsonObject(with: monthly.stdoutBytes) as? [String: Any])
        let monthlyFields = Set(try #require((monthlyObject["officers"] as? [[String: Any]])?.first).keys)
        #expect(monthlyFields.isSuperset(of: ["explained_by_ap", "change_high_risk_pct", "reviews_overdue"]))
        #expect(monthlyFields.isSubset(of: Set(priya.keys)), "every field of the monthly view's officers: \(monthlyFields.subtracting(priya.keys))")
        let monthlyOfficers = try #require(monthlyObject["officers"] as? [[String: Any]])
        for officer in officers {
            let id = try #require(officer["officer_id"] as? String)
            let same = try #require(monthlyOfficers.first { $0["officer_id"] as? String == id })
            #expect(officer["change_high_risk_pct"] as? Double == same["change_high_risk_pct"] as? Double, "\(id)")
            #expect(officer["change_cases"] as? Int == same["change_cases"] as? Int && officer["explained_by_ap"] as? Bool == same["explained_by_ap"] as? Bool)
        }
        #expect(priya["change_high_risk_pct"] is NSNull && priya["change_cases"] is NSNull, "no snapshot of October to compare with")
        #expect(priya["limit"] as? Int == 50 && priya["available"] as? Bool == true)

        let csv = try caseload.run(["flags", "--format", "csv"], environment: Self.pinned)
        #expect(csv.stdout.hasPrefix("officer_id,name,team,cases,case_limit,high_risk,high_risk_pct,max_high_risk_pct,flags\n"))
        #expect(csv.stdout.contains("\nOM05,Ella Hughes,North,52,50,9,17.3,20,over_cases\n"))
        #expect(!csv.stdout.contains("\nOM12,"), "near only: left to --near")
        let nearCSV = try caseload.run(["flags", "--format", "csv", "--near"], environment: Self.pinned)
        #expect(nearCSV.stdout.contains("\nOM12,Liam Roberts,East,23,25,4,17.4,20,near_cases\n"))
    }

    @Test("limits from the command line and the config file change the flags")
    func limits() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let strict = try caseload.run(["flags", "--format", "json", "--max-cases", "40"], environment: Self.pinned)
        let object = try #require(try JSONSerialization.jsonObject(with: strict.stdoutBytes) as? [String: Any])
        let flagged = try #require(object["officers"] as? [[String: Any]]).compactMap { $0["officer_id"] as? String }
        #expect(flagged.count == 24)
        let harry = try #require((object["officers"] as? [[String: Any]])?.first { $0["officer_id"] as? String == "OM08" })
        #expect(harry["flags"] as? [String] == ["needs_cover"], "31 cases, 16.1% high risk: within even at 40, but on leave")

        let config = home.url.appendingPathComponent("config/caseload")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("max-high-risk = 30\nnear = 1\n".utf8).write(to: config.appendingPathComponent("config"))
        let relaxed = try caseload.run(["flags"], environment: Self.pinned)
        #expect(relaxed.stdout.hasPrefix("Limits: 50 cases (pro rata by FTE and any reduction), 30% high risk (a share of at least 10 cases); near from 100% of a limit\n"))
        #expect(relaxed.stdout.contains("7 of 24 officers over a limit or breaking a rule. 1 officer is near a limit (at 100% or more of it); --near lists them."))

        try Data("# policy\r\nmax-cases = 45\r\nshare-floor = 60\r\n".utf8).write(to: config.appendingPathComponent("config"))
        let crlf = try caseload.run(["flags", "--near", "0.95"])
        #expect(crlf.stdout.hasPrefix("Limits: 45 cases (pro rata by FTE and any reduction), 20% high risk (a share of at least 60 cases); near from 95% of a limit\n"), "\(crlf.stdout)")

        try Data("max-cases = many\n".utf8).write(to: config.appendingPathComponent("config"))
        let broken = try caseload.run(["flags"])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("config/caseload/config:1: max-cases: 'many' is not valid"))
    }

    static let exitCases: [([String], Int32)] = [
        (["flags", "--fail-on-flags"], 3),
        (["flags", "--fail-on-flags", "--near"], 3),
        (["flags", "--share-floor", "ten"], 2),
        (["flags", "--near", "lots"], 2),
        (["flags"], 0),
        (["flags", "--format", "xml"], 2),
        (["import", "--officers", "a.csv"], 2),
        (["import", "--officers", "a.csv", "--cases", "b.csv", "--as-of", "2026-02-30"], 1),
        (["flags", "--max-high-risk", "0"], 2),
        (["no-such-command"], 2),
        (["--help"], 0),
        (["import", "--officers", "missing.csv", "--cases", "missing.csv"], 1),
    ]

    @Test("exit statuses follow the contract", arguments: exitCases)
    func exitStatus(arguments: [String], status: Int32) throws {
        let home = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run(arguments)
        #expect(result.status == status, "stderr: \(result.stderr)")
    }

    @Test("with no database yet, flags shows the bundled demo and says so")
    func demoFallback() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let result = try caseload.run(["flags", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("so this is the bundled demo force"))
        #expect(result.stdout.contains("\"officer_id\": \"OM05\""))
        #expect(!FileManager.default.fileExists(atPath: caseload.database))
    }

    @Test("the database path comes from --db, then $CASELOAD_DB, then the data folder")
    func databasePath() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let demo = CaseloadProcess.root.appendingPathComponent("fixtures/demo")
        let arguments = ["import", "--officers", demo.path + "/officers.csv", "--cases", demo.path + "/cases.csv"]
        let explicit = home.url.appendingPathComponent("explicit.sqlite").path
        #expect(try caseload.run(arguments + ["--db", explicit]).status == 0)
        #expect(FileManager.default.fileExists(atPath: explicit))
        let fromEnvironment = home.url.appendingPathComponent("environment.sqlite").path
        #expect(try caseload.run(arguments, environment: ["CASELOAD_DB": fromEnvironment]).status == 0)
        #expect(FileManager.default.fileExists(atPath: fromEnvironment))
        #expect(!FileManager.default.fileExists(atPath: caseload.database))
        #expect(try caseload.run(arguments, environment: ["CASELOAD_DB": ""]).status == 0)
        #expect(FileManager.default.fileExists(atPath: home.url.appendingPathComponent("data/caseload/caseload.sqlite").path))
    }
}
