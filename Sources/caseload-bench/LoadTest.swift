import ArgumentParser
import CaseloadCore
import CaseloadPostgres
import CaseloadStore
import Foundation

/// What every process of the load test is given: the force's database, when to start and stop, and whom to move.
struct LoadPlan: Codable {
    var url: String
    /// Seconds since 1970 at which every process starts, so that connecting is not part of the run.
    var startAt: Double
    var seconds: Double
    /// The officers every process gives cases to: trained, within both limits with room to spare, and few enough
    /// that processes meet on the same officers and cases.
    var officers: [OfficerID]
    /// The cases every process transfers (low and medium risk, so that the high-risk limit refuses few), each with its
    /// officer at the start.
    var held: [CaseID: OfficerID]
    /// Each process's own share of the queue, which it allocates.
    var queues: [[CaseID]]

    /// The many-supervisors load of DESIGN.md: sixteen processes for thirty seconds.
    static let processes = 16
    /// Officers the processes share: enough room between them for half of thirty seconds of writes to be allocations.
    static let sharedOfficers = 1_000
}

/// What one process of the load test did.
struct LoadOutcome: Codable {
    /// Seconds each call to `allocate` took, whatever it answered.
    var latencies: [Double] = []
    var written = 0
    /// Calls that found another process had moved the case first, and were told so.
    var told = 0
    /// Calls a hard rule refused (an officer at a limit).
    var refused = 0
}

/// The load test's result: throughput, latency, and whether any update was lost.
struct LoadSummary: Codable, Sendable {
    let processes: Int
    let seconds: Double
    let writes: Int
    let told: Int
    let refused: Int
    let p50: Double
    let p99: Double
    /// Cases whose audit trail does not chain (a write that did not see the one before it), or whose officer is not
    /// the last one the trail gave it to, plus officers whose kept counts differ from their cases: zero, or a bug.
    let lostUpdates: Int

    var throughput: Double { Double(writes) / seconds }

    /// The summary as one paragraph of the report.
    var sentence: String {
        let lost = lostUpdates == 0 ? "no lost update" : "\(lostUpdates) LOST UPDATES"
        return """
            \(processes) processes allocating and transferring for \(Int(seconds)) s: \(writes) writes (\(Int(throughput)) a second), \
            \(told) told another had moved the case first, \(refused) refused by a hard rule; each call p50 \(Report.time(p50)), \
            p99 \(Report.time(p99)) (budget 20 ms); \(lost).
            """
    }
}

extension Measure {
    /// Imports the force into a scratch database, runs the load test's processes on it at once, checks the result,
    /// and returns every call's latency with the summary.
    func postgresLoadSamples(seconds: Double) throws -> (samples: [Double], summary: LoadSummary) {
        let scratch = try importedScratch()
        let store = try PostgresStore.openExisting(url: scratch.url)
        let force = try store.loadForce()
        let officers = force.figures(limits: limits).officers.filter { figures in
            figures.flags.isEmpty && figures.officer.mosovo == .trained && figures.officer.isActive && figures.cases <= 40 && figures.highRiskPercent < 15
        }.prefix(LoadPlan.sharedOfficers).map(\.officer.id)
        let shared = Set(officers)
        let held = Dictionary(uniqueKeysWithValues: force.cases.compactMap { offender in
            offender.officerID.flatMap { shared.contains($0) && [.low, .medium].contains(offender.risk) ? (offender.id, $0) : nil }
        })
        let queue = force.cases.filter { $0.officerID == nil }.map(\.id)
        let queues = (0..<LoadPlan.processes).map { process in stride(from: process, to: queue.count, by: LoadPlan.processes).map { queue[$0] } }
        let plan = LoadPlan(
            url: scratch.url, startAt: Date().timeIntervalSince1970 + 2, seconds: seconds, officers: officers, held: held, queues: queues)
        let planPath = try workspace.scratch("load-plan.json")
        try JSONEncoder().encode(plan).write(to: URL(fileURLWithPath: planPath))

        let results = try (0..<LoadPlan.processes).map { try workspace.scratch("load-\($0).json") }
        let children = try results.enumerated().map { process, result in
            try ChildProcess.start(["load-worker", "--plan", planPath, "--process", "\(process)", "--result", result])
        }
        for (process, child) in children.enumerated() {
            let status = try ChildProcess.wait(for: child)
            guard status == 0 else { throw BenchFailure("load test process \(process) failed with status \(status)") }
        }
        let outcomes = try results.map { try JSONDecoder().decode(LoadOutcome.self, from: Data(contentsOf: URL(fileURLWithPath: $0))) }
        let latencies = outcomes.flatMap(\.latencies).sorted()
        guard !latencies.isEmpty else { throw BenchFailure("the load test made no calls") }
        let summary = LoadSummary(
            processes: LoadPlan.processes, seconds: seconds, writes: outcomes.map(\.written).reduce(0, +), told: outcomes.map(\.told).reduce(0, +),
            refused: outcomes.map(\.refused).reduce(0, +), p50: latencies[latencies.count / 2], p99: latencies[latencies.count * 99 / 100],
            lostUpdates: try lostUpdates(in: store, writes: outcomes.map(\.written).reduce(0, +)))
        return (latencies, summary)
    }

    /// Counts what a lost update would leave behind: audit rows missing, trails that do not chain, cases not with
    /// the officer their trail ends at, and kept counts that differ from the cases.
    private func lostUpdates(in store: PostgresStore, writes: Int) throws -> Int {
        let trail = try store.audit(.all)
        var problems = abs(trail.count - writes)
        let force = try store.loadForce()
        let holder = Dictionary(uniqueKeysWithValues: force.cases.map { ($0.id, $0.officerID) })
        for entries in Dictionary(grouping: trail.reversed(), by: \.caseID).values {
            problems += zip(entries, entries.dropFirst()).filter { $0.to != $1.from }.count
            if holder[entries[entries.count - 1].caseID] != entries[entries.count - 1].to { problems += 1 }
        }
        let kept = Dictionary(uniqueKeysWithValues: try store.currentSnapshot(asOf: Workspace.today).officers.map { ($0.officer.id, $0.workload) })
        problems += MonthSnapshot(force: force, asOf: Workspace.today).officers.filter { kept[$0.officer.id] != $0.workload }.count
        return problems
    }
}

extension Bench {
    /// One process of the load test: waits for the common start, then allocates its queue and transfers shared
    /// cases between shared officers, timing every call, until the time is up.
    struct LoadWorker: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "load-worker", abstract: "One process of the load test (used by run).", shouldDisplay: false)

        @Option var plan: String
        @Option var process: Int
        @Option var result: String

        func run() throws {
            let plan = try JSONDecoder().decode(LoadPlan.self, from: Data(contentsOf: URL(fileURLWithPath: plan)))
            let store = try PostgresStore.openExisting(url: plan.url)
            var held = plan.held
            var transferable = plan.held.keys.sorted()
            var queue = plan.queues[process][...]
            var random = SeededRandom(seed: UInt64(process + 1))
            var outcome = LoadOutcome()
            let wait = plan.startAt - Date().timeIntervalSince1970
            if wait > 0 { Thread.sleep(forTimeInterval: wait) }
            let end = plan.startAt + plan.seconds
            while Date().timeIntervalSince1970 < end {
                let allocating = outcome.latencies.count % 2 == 0 && !queue.isEmpty
                let caseID = allocating ? queue.removeFirst() : transferable[Int(random.next() % UInt64(transferable.count))]
                let from = allocating ? nil : held[caseID]
                let pick = Int(random.next() % UInt64(plan.officers.count))
                let to = plan.officers[pick] == from ? plan.officers[(pick + 1) % plan.officers.count] : plan.officers[pick]
                let request = AllocationRequest(caseID: caseID, from: from, to: to, by: "load \(process)", reason: nil, override: false)
                let start = ContinuousClock.now
                do {
                    _ = try store.allocate([request], limits: .standard, on: Workspace.today, at: "2026-10-31T12:00:00Z")
                    outcome.written += 1
                    if allocating { transferable.append(caseID) }
                    held[caseID] = to
                } catch AllocationError.notWithOfficer(_, _, let actual) {
                    outcome.told += 1
                    held[caseID] = try actual ?? store.audit(.caseID(caseID)).first?.to
                } catch AllocationError.alreadyWithOfficer {
                    outcome.told += 1
                    held[caseID] = to
                } catch AllocationError.refused {
                    outcome.refused += 1
                }
                let elapsed = ContinuousClock.now - start
                outcome.latencies.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            }
            try JSONEncoder().encode(outcome).write(to: URL(fileURLWithPath: result), options: .atomic)
        }
    }
}
