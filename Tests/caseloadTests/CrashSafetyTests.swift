import CaseloadCore
import Foundation
import Testing

/// `caseload import`, `plan --apply` and `rebalance --transfers --apply` killed with SIGKILL at many points leave the database whole,
/// and exactly as it was before the command or as the command leaves it, never between.
@Suite("Killed mid-write", .serialized, .tags(.slow))
struct CrashSafetyTests {
    /// How many times each command is killed.
    static let killPoints = 30

    @Test("import: killed at 30 points, each time the force before or the force after", arguments: Backend.available)
    func killedImport(backend: Backend) throws {
        let home = try TemporaryFolder()
        let database = try CommandDatabase(backend, home: home.url)
        #expect(try database.caseload.importDemo().status == 0)
        let next = try database.caseload.generate("next", officers: 200, cases: 20_000, seed: 11)
        try killRepeatedly(database, CaseloadProcess.importing(next, asOf: "2026-11-20"))
    }

    @Test("plan --apply: killed at 30 points, each time no allocation or every one, with its audit row", arguments: Backend.available)
    func killedPlan(backend: Backend) throws {
        let home = try TemporaryFolder()
        let database = try CommandDatabase(backend, home: home.url)
        let force = try database.caseload.generate("force", officers: 150, cases: 3_000, unallocated: 300, seed: 12)
        #expect(try database.caseload.run(CaseloadProcess.importing(force)).status == 0)
        let outcome = try killRepeatedly(database, ["plan", "--apply", "--by", "sgt.crash"])
        #expect(outcome.after.audit.count >= 250, "the plan allocated too little to test with")
        #expect(outcome.before.audit.isEmpty)
    }

    @Test("rebalance --transfers --apply: killed at 30 points, each time no transfer or every one, with its audit row", arguments: Backend.available)
    func killedRebalance(backend: Backend) throws {
        let home = try TemporaryFolder()
        let database = try CommandDatabase(backend, home: home.url)
        let force = try database.caseload.generate("force", officers: 60, cases: 3_000, unallocated: 0, seed: 12)
        #expect(try database.caseload.run(CaseloadProcess.importing(force)).status == 0)
        let outcome = try killRepeatedly(database, ["rebalance", "--transfers", "--apply", "--by", "sgt.crash"])
        #expect(outcome.after.audit.count >= 100, "the rebalance moved too little to test with")
    }

    /// The seed of the kill times: `$CASELOAD_CRASH_SEED` to repeat a run, else a new one each run, printed on failure.
    static let seed: UInt64 = ProcessInfo.processInfo.environment["CASELOAD_CRASH_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64.max)

    /// Runs the command to the end to learn the state after, then again and again from the state before, killed at
    /// `killPoints` points: half after a random delay within its running time, half the moment it starts writing its
    /// WAL (or its server transaction its first row) plus up to 3 ms, so that many kills land inside the write itself.
    @discardableResult
    private func killRepeatedly(_ database: CommandDatabase, _ command: [String]) throws -> (before: DatabaseState, after: DatabaseState) {
        let caseload = database.caseload
        var saved = try database.save()
        let before = try database.state()
        var durations: [TimeInterval] = []
        for _ in 0..<3 {
            try database.restore(&saved)
            let started = Date()
            let full = try caseload.run(command)
            durations.append(Date().timeIntervalSince(started))
            #expect(full.status == 0, "\(full.stderr)")
        }
        let after = try database.state()
        #expect(before != after)

        let typical = durations.sorted()[1]
        let seed = Self.seed
        var random = SeededRandom(seed: seed)
        let rerun = "seed \(seed); rerun with CASELOAD_CRASH_SEED=\(seed)"
        var seen = (before: 0, after: 0, killedRunning: 0, killedWriting: 0)
        for point in 0..<Self.killPoints {
            try database.restore(&saved)
            let process = try caseload.start(command)
            let atWrite = point % 2 == 1
            if atWrite {
                let deadline = Date().addingTimeInterval(10 * typical + 5)
                while process.isRunning && !database.writing(since: saved) && Date() < deadline { usleep(500) }
                usleep(UInt32(random.below(3_001)))
            } else {
                Thread.sleep(forTimeInterval: typical * Double(random.below(1_000)) / 1_000)
            }
            let writing = database.writing(since: saved)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let killed = process.terminationReason == .uncaughtSignal
            if killed { seen.killedRunning += 1 }
            if killed && writing { seen.killedWriting += 1 }

            let state = try database.state()
            #expect(state.damage.isEmpty, "kill point \(point), \(rerun): \(state.damage)")
            if state == before {
                seen.before += 1
            } else if state == after {
                seen.after += 1
            } else {
                Issue.record("kill point \(point), \(rerun): the database is neither before nor after \(command[0])")
            }
        }
        #expect(seen.before + seen.after == Self.killPoints, "\(rerun)")
        #expect(
            seen.killedRunning >= Self.killPoints / 2 && seen.killedWriting >= Self.killPoints / 4,
            "too few kills found it running or writing: \(seen); \(rerun)")
        return (before, after)
    }
}
