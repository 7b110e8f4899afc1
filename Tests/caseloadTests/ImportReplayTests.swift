import Foundation
import Testing

/// Re-importing the records system's files keeps the work done in caseload since their date, and says what it kept
/// and what the files overruled.
@Suite("Import keeps caseload's own work")
struct ImportReplayTests {
    static let demo = CaseloadProcess.root.appendingPathComponent("fixtures/demo")
    static let environment = ["USER": "sgt.replay", "CASELOAD_TODAY": "2026-11-15"]

    @Test("allocations and transfers made after an import survive the same files imported again, and are named")
    func sameFilesAgain() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        #expect(try caseload.run(["allocate", "C9005", "OM21"], environment: Self.environment).status == 0)
        #expect(try caseload.run(["transfer", "C1001", "--from", "OM01", "--to", "OM04", "--reason", "change_of_address"], environment: Self.environment).status == 0)
        let again = try caseload.run(CaseloadProcess.importing(Self.demo), environment: Self.environment)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("(5 unallocated)"))
        #expect(again.stdout.contains("Kept 2 changes made in caseload since 2026-11-15 that the files do not yet show:"))
        #expect(again.stdout.contains("  C9005 to OM21 ("))
        #expect(again.stdout.contains("  C1001 from OM01 to OM04 ("))
        #expect(try DatabaseState.holders(path: caseload.database, of: ["C9005", "C1001"]) == ["C9005": "OM21", "C1001": "OM04"])
        #expect(try DatabaseState(path: caseload.database).damage.isEmpty, "the kept counts must follow the replayed cases")
        #expect(try caseload.run(["export", "--month", "2026-11", "--format", "json"], environment: Self.environment).stdout.contains("\"unallocated\": 5"))
    }

    @Test("a change the new files contradict is dropped and named, and the files' version kept")
    func filesWin() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        #expect(try caseload.run(["allocate", "C9005", "OM21"], environment: Self.environment).status == 0)
        #expect(try caseload.run(["allocate", "C9004", "OM15"], environment: Self.environment).status == 0)
        let cases = try String(contentsOf: Self.demo.appendingPathComponent("cases.csv"), encoding: .utf8)
            .replacingOccurrences(of: "\nC9005,,", with: "\nC9005,OM17,")
        try Data(cases.utf8).write(to: home.url.appendingPathComponent("cases.csv"))
        try FileManager.default.copyItem(at: Self.demo.appendingPathComponent("officers.csv"), to: home.url.appendingPathComponent("officers.csv"))
        let result = try caseload.run(CaseloadProcess.importing(home.url), environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Kept 1 change made in caseload since 2026-11-15 that the files do not yet show:\n  C9004 to OM15 ("))
        #expect(result.stdout.contains("Dropped 1 change made in caseload since 2026-11-15 that the files contradict; the files' version was kept:"))
        #expect(result.stdout.contains("  C9005 to OM21 (") && result.stdout.contains("by sgt.replay): the files have it with OM17"))
        #expect(try DatabaseState.holders(path: caseload.database, of: ["C9005", "C9004"]) == ["C9005": "OM17", "C9004": "OM15"])
        #expect(try DatabaseState(path: caseload.database).damage.isEmpty)
    }

    @Test("work from before the files' date is not replayed: the files are the truth as of then")
    func olderWorkStaysOut() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        #expect(try caseload.run(["allocate", "C9005", "OM21"], environment: Self.environment).status == 0)
        let later = try caseload.run(CaseloadProcess.importing(Self.demo, asOf: "2999-01-01"), environment: Self.environment)
        #expect(later.status == 0, "\(later.stderr)")
        #expect(!later.stdout.contains("Kept") && !later.stdout.contains("Dropped"))
        #expect(try DatabaseState.holders(path: caseload.database, of: ["C9005"]).isEmpty)
    }
}
