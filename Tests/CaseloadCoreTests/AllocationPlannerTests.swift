import CaseloadCore
import Testing

@Suite("Planning the whole queue")
struct AllocationPlannerTests {
    static let today = Day("2026-11-22")!

    /// Each case in queue order to its best officer with room; what the plan must beat.
    static func greedyByQueueOrder(_ force: Force, limits: Limits) -> Int {
        var advisor = AllocationAdvisor(force: force, limits: limits, today: today)
        var placed = 0
        for item in force.unallocated {
            guard let best = advisor.suggest(for: item).candidates.first else { continue }
            advisor.record(item, from: nil, to: best.officer.id)
            placed += 1
        }
        return placed
    }

    @Test("a case only one officer may take is not starved by an earlier case that others could take")
    func notStarved() throws {
        let officers = [Make.officer("T", team: "North"), Make.officer("U", team: "South", mosovo: .awaiting)]
        let cases = Make.cases("T", count: 49, prefix: "t") + Make.cases("U", count: 49, prefix: "u") + [
            Case(id: "Q1", officerID: nil, team: "North", risk: .low),
            Case(id: "Q2", officerID: nil, team: "South", risk: .low, mappa: Mappa(category: 1, level: 2)),
        ]
        let force = Force(officers: officers, cases: cases)
        #expect(Self.greedyByQueueOrder(force, limits: .standard) == 1)
        let plan = AllocationPlanner(force: force, limits: .standard, today: Self.today).plan()
        #expect(plan.unplaced.isEmpty)
        #expect(plan.placements.map { "\($0.item.id)→\($0.officer.id)" } == ["Q1→U", "Q2→T"])
    }

    /// A goes first (fewer officers may take it) and takes X's last place; only X has high-risk room for B.
    @Test("a high-risk case's only room is freed by moving an earlier placement on")
    func augmentingPath() throws {
        let officers = [
            Make.officer("X", team: "North"), Make.officer("Y", team: "South", mosovo: .awaiting), Make.officer("Z", team: "South"),
        ]
        var cases = Make.cases("X", count: 49, high: 9, prefix: "x")
        cases += Make.cases("Y", count: 40, high: 8, prefix: "y")
        cases += Make.cases("Z", count: 40, high: 8, prefix: "z")
        cases.append(Case(id: "A", officerID: nil, team: "North", risk: .low, mappa: Mappa(category: 1, level: 2)))
        cases.append(Case(id: "B", officerID: nil, team: "South", risk: .high))
        let force = Force(officers: officers, cases: cases)
        #expect(Self.greedyByQueueOrder(force, limits: .standard) == 1)
        let plan = AllocationPlanner(force: force, limits: .standard, today: Self.today).plan()
        #expect(plan.unplaced.isEmpty)
        #expect(plan.placements.map { "\($0.item.id)→\($0.officer.id)" } == ["A→Z", "B→X"])
    }

    @Test("a case that no officer may take is listed with the rules in the way")
    func unplaced() throws {
        let force = Force(
            officers: [Make.officer("A", mosovo: .awaiting), Make.officer("B", status: .leave)],
            cases: [Case(id: "Q", officerID: nil, team: "North", risk: .low, mappa: Mappa(category: 1, level: 3))])
        let plan = AllocationPlanner(force: force, limits: .standard, today: Self.today).plan()
        #expect(plan.placements.isEmpty)
        #expect(plan.unplaced.map(\.item.id) == ["Q"])
        #expect(plan.unplaced.first?.rules == [.onLeave, .untrainedForLevel2Or3])
    }

    @Test("on small random forces the plan places as many cases as any assignment can", arguments: 0..<60)
    func maximal(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let officers = (0..<3).map { index in
            Make.officer("O\(index)", team: ["N", "S"][random.below(2)], mosovo: random.chance(permille: 300) ? .awaiting : .trained)
        }
        var cases: [Case] = []
        for (index, officer) in officers.enumerated() {
            let count = 44 + random.below(7)
            cases += Make.cases(officer.id, count: count, high: random.below(count / 4), prefix: "o\(index)")
        }
        for index in 0..<6 {
            cases.append(Case(
                id: "Q\(index)", officerID: nil, team: ["N", "S"][random.below(2)], risk: random.chance(permille: 400) ? .high : .low,
                mappa: random.chance(permille: 300) ? Mappa(category: 1, level: 2) : nil))
        }
        let force = Force(officers: officers, cases: cases)
        let plan = AllocationPlanner(force: force, limits: .standard, today: Self.today).plan()
        #expect(plan.placements.count == Self.bruteForceMaximum(force, limits: .standard))
    }

    /// The most queued cases any assignment can place, trying them all: no case to an officer already over either limit,
    /// and high-risk room counted as if only high-risk cases were added.
    static func bruteForceMaximum(_ force: Force, limits: Limits) -> Int {
        let queue = force.unallocated
        let workloads = force.workloads()
        let caseRoom = force.officers.indices.map { position in
            let workload = workloads[position]
            let alreadyOver = limits.highRiskStanding(highRisk: workload.highRisk, cases: workload.cases) == .over
            return alreadyOver ? 0 : max(0, limits.caseLimit(for: force.officers[position].fte) - workload.cases)
        }
        let highRoom = workloads.indices.map { position in
            (0...caseRoom[position]).last { extra in
                limits.highRiskStanding(highRisk: workloads[position].highRisk + extra, cases: workloads[position].cases + extra) != .over
            } ?? 0
        }
        var best = 0
        func search(_ index: Int, _ placed: Int, _ caseRoom: [Int], _ highRoom: [Int]) {
            best = max(best, placed)
            guard index < queue.count, placed + (queue.count - index) > best else { return }
            let item = queue[index]
            for position in force.officers.indices {
                let officer = force.officers[position]
                guard officer.isActive, item.mappa?.needsTrainedOfficer != true || officer.mosovo == .trained,
                    caseRoom[position] > 0, !item.risk.isHigh || highRoom[position] > 0
                else { continue }
                var nextCases = caseRoom
                var nextHigh = highRoom
                nextCases[position] -= 1
                if item.risk.isHigh { nextHigh[position] -= 1 }
                search(index + 1, placed + 1, nextCases, nextHigh)
            }
            search(index + 1, placed, caseRoom, highRoom)
        }
        search(0, 0, caseRoom, highRoom)
        return best
    }
}
