import CaseloadCore
import Foundation
import GRDB
import Testing

@Suite("Allocating from the command line")
struct AllocationCommandTests {
    @Test("several processes allocating the same case at once: exactly one wins, the rest are told who")
    func concurrentAllocate() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let officers = ["OM17", "OM18", "OM20", "OM15", "OM23", "OM24"]
        let results = try caseload.runTogether(officers.map { ["allocate", "C9005", $0, "--by", "sgt.\($0)"] })
        #expect(results.count(where: { $0.status == 0 }) == 1)
        let losers = results.filter { $0.status != 0 }
        #expect(losers.count == officers.count - 1)
        #expect(losers.allSatisfy { $0.status == 1 && $0.stderr.contains("C9005 has already been allocated to OM") })
        let audit = try caseload.run(["audit", "C9005", "--format", "json"])
        let entries = try #require((try JSONSerialization.jsonObject(with: audit.stdoutBytes) as? [String: Any])?["entries"] as? [[String: Any]])
        #expect(entries.count == 1)
        let winner = try #require(results.firstIndex { $0.status == 0 })
        #expect(entries.first?["to"] as? String == officers[winner])
    }

    @Test("plan --apply places the demo's queue in one go, with an audit row for each")
    func planApply() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let preview = try caseload.run(["plan", "--format", "json"])
        let placements = try #require((try JSONSerialization.jsonObject(with: preview.stdoutBytes) as? [String: Any])?["placements"] as? [[String: Any]])
        #expect(placements.count == 6)
        #expect(placements.allSatisfy { ($0["reasons"] as? [String])?.isEmpty == false })
        #expect(try caseload.run(["audit", "--kind", "allocation", "transfer", "override"]).stdout.hasPrefix("Nothing recorded yet"))

        let applied = try caseload.run(["plan", "--apply", "--by", "sgt.jones"])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stderr.contains("applied: 6 allocations"))
        let after = try caseload.run(["plan"])
        #expect(after.stdout.contains("0 cases waiting: 0 placed, 0 cannot be placed."))
        let audit = try caseload.run(["audit", "--format", "json"])
        let entries = try #require((try JSONSerialization.jsonObject(with: audit.stdoutBytes) as? [String: Any])?["entries"] as? [[String: Any]])
            .filter { $0["kind"] as? String != "import" }
        #expect(entries.count == 6)
        #expect(Set(entries.compactMap { $0["case_id"] as? String }) == Set(placements.compactMap { $0["case_id"] as? String }))
    }

    @Test("rebalance --apply leaves no officer over a limit, with the fewest moves")
    func rebalanceApply() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        let officers = [
            Officer(id: "A", name: "Over On Cases", team: "North", mosovo: .trained),
            Officer(id: "B", name: "Over On Risk", team: "North", fte: FTE("0.9")!, mosovo: .trained),
            Officer(id: "C", name: "Room", team: "North", mosovo: .trained),
        ]
        var cases: [Case] = []
        for index in 0..<53 { cases.append(Case(id: "A\(index)", officerID: "A", team: "North", risk: index < 5 ? .high : .low, location: .community)) }
        for index in 0..<45 { cases.append(Case(id: "B\(index)", officerID: "B", team: "North", risk: index < 10 ? .high : .low, location: .community)) }
        for index in 0..<20 { cases.append(Case(id: "C\(index)", officerID: "C", team: "North", risk: .low, location: .community)) }
        try Data(ForceEncoder.officersCSV(officers)).write(to: home.url.appendingPathComponent("officers.csv"))
        try Data(ForceEncoder.casesCSV(cases)).write(to: home.url.appendingPathComponent("cases.csv"))
        #expect(try caseload.run(["import", "--officers", "officers.csv", "--cases", "cases.csv"]).status == 0)
        #expect(try caseload.run(["flags", "--fail-on-flags"]).status == 3)

        let held = try caseload.run(["rebalance", "--format", "json"])
        let holding = try #require(try JSONSerialization.jsonObject(with: held.stdoutBytes) as? [String: Any])
        #expect((holding["moves"] as? [[String: Any]])?.isEmpty == true, "by default over officers are held, not churned")
        #expect((holding["on_hold"] as? [[String: Any]])?.compactMap { $0["officer_id"] as? String } == ["A", "B"])

        let preview = try caseload.run(["rebalance", "--transfers", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: preview.stdoutBytes) as? [String: Any])
        #expect((object["moves"] as? [[String: Any]])?.count == 5)
        #expect((object["left_over"] as? [Any])?.isEmpty == true)

        let applied = try caseload.run(["rebalance", "--transfers", "--apply", "--by", "insp.khan"])
        #expect(applied.status == 0, "\(applied.stderr)")
        let flags = try caseload.run(["flags", "--format", "json"])
        let flagged = try #require((try JSONSerialization.jsonObject(with: flags.stdoutBytes) as? [String: Any])?["officers"] as? [[String: Any]])
        #expect(!flagged.contains { ($0["flags"] as? [String] ?? []).contains { $0.hasPrefix("over_") } })
        #expect(try caseload.run(["audit"]).stdout.components(separatedBy: "caseload adjustment").count - 1 == 5)
        #expect(try caseload.run(["rebalance"]).stdout.contains("nothing needs to move"))
        let watch = try caseload.run(["flags", "--fail-on-flags"])
        #expect(watch.status == 0, "A at 50 of 50 is near, a watch state, not a flag: \(watch.stdout)")
        #expect(watch.stdout.contains("No officer is over a limit or breaking a rule.\n2 officers are near a limit"))
    }

    @Test("an override names the rules it breaks in the audit log, with the note; with no rule in the way it is refused")
    func honestOverride() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let needless = try caseload.run(["allocate", "C9005", "OM18", "--by", "x", "--override", "--reason", "other", "--note", "why not"])
        #expect(needless.status == 1)
        #expect(needless.stderr.contains("nothing to override: no rule stops OM18 taking C9005"), "\(needless.stderr)")
        #expect(try caseload.run(["audit", "--kind", "allocation", "transfer", "override"]).stdout.hasPrefix("Nothing recorded yet"))

        let refused = try caseload.run(["allocate", "C9005", "OM19", "--by", "x"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("OM19 may not take C9005: already over the high-risk limit: 22.9% > 20%"), "\(refused.stderr)")

        let noNote = try caseload.run(["allocate", "C9005", "OM19", "--by", "x", "--override", "--reason", "other"])
        #expect(noNote.status == 2 && noNote.stderr.contains("--reason other needs a --note"))

        let made = try caseload.run([
            "allocate", "C9005", "OM19", "--by", "insp.khan", "--override", "--reason", "continuity_with_previous_officer", "--note", "known to the family",
        ])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("overriding: already over the high-risk limit, so no new cases until within it"))
        let audit = try caseload.run(["audit", "C9005", "--format", "json"])
        let entry = try #require(((try JSONSerialization.jsonObject(with: audit.stdoutBytes) as? [String: Any])?["entries"] as? [[String: Any]])?.first)
        #expect(entry["rules_overridden"] as? [String] == ["already_over_high_risk_limit"])
        #expect(entry["note"] as? String == "known to the family")
        #expect(entry["override"] as? Bool == true)
        let table = try caseload.run(["audit", "--officer", "OM19"])
        #expect(table.stdout.contains("already over high risk  known to the family"))

        let moved = try caseload.run(["transfer", "C9005", "--from", "OM19", "--to", "OM18", "--by", "x", "--reason", "other", "--note", "swap of patches"])
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(try caseload.run(["audit", "--officer", "OM18"]).stdout.contains("swap of patches"))
    }

    @Test("an unknown case or officer in audit is an error, not an empty history", arguments: [
        (["audit", "C9999"], "there is no case 'C9999'"), (["audit", "--officer", "OM99"], "there is no officer 'OM99'"),
    ])
    func unknownAudit(arguments: [String], message: String) throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let result = try caseload.run(arguments)
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("suggest ranks officers with the effect, and lists those excluded with the rule")
    func suggest() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let result = try caseload.run(["suggest", "C9003", "--format", "json", "--top", "3"])
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let suggestions = try #require(object["suggestions"] as? [[String: Any]])
        #expect(suggestions.count == 3)
        #expect(Set(suggestions[0].keys) == ["officer_id", "score", "cases_before", "cases_after", "high_risk_pct_before", "high_risk_pct_after", "reasons"])
        let scores = suggestions.compactMap { $0["score"] as? Int }
        #expect(scores == scores.sorted(by: >))
        let excluded = try #require(object["excluded"] as? [[String: Any]])
        let jack = try #require(excluded.first { $0["officer_id"] as? String == "OM10" })
        #expect(jack["rules"] as? [String] == ["untrained_for_l2_l3"])
        let harry = try #require(excluded.first { $0["officer_id"] as? String == "OM08" })
        #expect((harry["rules"] as? [String])?.first == "on_leave")
    }

    @Test("changes need a database, a --by, and a reason from the list where one is needed", arguments: [
        (["allocate", "C9005", "OM17"], Int32(2), "--by"),
        (["allocate", "C9005", "OM17", "--by", "x", "--override"], 2, "--override needs a --reason"),
        (["allocate", "C9005", "OM17", "--by", "x", "--reason", "bored"], 2, "is not on the list"),
        (["transfer", "C1001", "--from", "OM01", "--to", "OM02", "--by", "x"], 2, "a transfer needs a --reason"),
        (["plan", "--apply"], 2, "import your force first"),
        (["suggest", "NOPE"], 1, "there is no case 'NOPE'"),
        (["allocate", "C9005", "OM17", "--by", "x"], 2, "import your force first"),
    ])
    func refusals(arguments: [String], status: Int32, message: String) throws {
        let home = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run(arguments)
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
    }

    @Test("a plan applied after another supervisor's change has moved the force is told to plan again, never to add --override")
    func stalePlan() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let holder = try DatabaseQueue(path: caseload.database)
        let outcome = LockedBox<CaseloadProcess.Result?>(nil)
        let finished = DispatchSemaphore(value: 0)
        try holder.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            DispatchQueue.global().async {
                outcome.value = try? caseload.run(["plan", "--apply", "--by", "sgt.late"], environment: ["CASELOAD_TODAY": "2026-11-15"])
                finished.signal()
            }
            // Time for the plan to be made from the force as it was; its apply then waits on the lock held here (for up
            // to SQLite's 10 s busy timeout) and finds the queue taken.
            Thread.sleep(forTimeInterval: 5)
            try db.execute(sql: "UPDATE cases SET officer_id = 'OM23' WHERE officer_id IS NULL")
            try db.execute(sql: "COMMIT")
        }
        finished.wait()
        let result = try #require(outcome.value)
        #expect(result.status == 1)
        #expect(result.stderr.contains("the force changed after this plan was made"), "\(result.stderr)")
        #expect(result.stderr.contains("run `caseload plan --apply` again for a plan from the force as it is now"))
        #expect(!result.stderr.contains("--override"), "\(result.stderr)")
    }
}

/// A value shared with a thread, behind a lock.
final class LockedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
