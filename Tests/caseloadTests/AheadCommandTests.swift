import Foundation
import Testing

/// `caseload ahead` from the command line: the demo's weeks ahead against a golden file, its options, and the same
/// words on every backend.
///
/// After a deliberate change, regenerate the golden file with `CASELOAD_UPDATE_GOLDEN=1 swift test --filter
/// AheadCommandTests` and read the diff before committing.
@Suite("The weeks ahead from the command line")
struct AheadCommandTests {
    static let today = ["CASELOAD_TODAY": "2026-11-15"]

    @Test("the demo's weeks ahead as JSON match the golden file")
    func golden() throws {
        let home = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run(["ahead", "--format", "json"], environment: Self.today)
        #expect(result.status == 0, "\(result.stderr)")
        let file = ExportCommandTests.golden.appendingPathComponent("ahead-2026-11-15.json")
        if ProcessInfo.processInfo.environment["CASELOAD_UPDATE_GOLDEN"] == "1" {
            try result.stdoutBytes.write(to: file)
        }
        #expect(result.stdoutBytes == (try Data(contentsOf: file)), "differs from \(file.lastPathComponent); see the doc comment to regenerate")
    }

    @Test("the demo has a future: reviews overdue, releases due, two teams over and East heading over within weeks")
    func demoFuture() throws {
        let home = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run(["ahead"], environment: Self.today)
        #expect(result.status == 0)
        #expect(result.stdout.contains("West passes its capacity in 0 weeks: it is over now"), "\(result.stdout)")
        #expect(result.stdout.contains("East passes its capacity in 4 weeks, about 2026-12-13"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(
            CaseloadProcess(home: home.url).run(["ahead", "--format", "json"], environment: Self.today).stdout.utf8)) as? [String: Any])
        let officers = try #require(json["officers"] as? [[String: Any]])
        #expect(officers.map { $0["reviews_overdue"] as? Int ?? 0 }.reduce(0, +) == 5)
        #expect(officers.map { $0["releases"] as? Int ?? 0 }.reduce(0, +) > 0)
    }

    @Test("--as-of, --weeks and --team narrow it; a team that does not exist and a weeks out of range are refused", arguments: [
        (["ahead", "--team", "East"], 0, "OM09"), (["ahead", "--team", "South"], 1, "there is no team 'South'; the teams are 'East', 'North', 'West'"),
        (["ahead", "--weeks", "0"], 2, "--weeks must be from 1 to 52"), (["ahead", "--weeks", "53"], 2, "--weeks must be from 1 to 52"),
        (["ahead", "--weeks", "4", "--as-of", "2026-12-01"], 0, "The 4 weeks ahead, from 2026-12-01 to 2026-12-29."),
        (["ahead", "--as-of", "0001-01-01"], 1, "is not a date caseload can use"),
    ])
    func options(arguments: [String], status: Int32, text: String) throws {
        let home = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run(arguments, environment: Self.today)
        #expect(result.status == status, "\(result.stderr)")
        #expect((result.stdout + result.stderr).contains(text), "\(result.stdout)\(result.stderr)")
        if arguments.contains("East") { #expect(!result.stdout.contains("OM01 ")) }
    }
}
