import CaseloadCore
import Testing

@Suite("Rebalancing with the fewest moves")
struct RebalancerTests {
    static let today = Day("2026-11-22")!

    @Test("one officer 3 over on cases, another 2 over on high risk with no room to receive: exactly 5 moves")
    func fiveMoves() throws {
        let officers = [Make.officer("A"), Make.officer("B", fte: "0.9"), Make.officer("C"), Make.officer("D")]
        var cases = Make.cases("A", count: 53, high: 5, prefix: "a")
        cases += Make.cases("B", count: 45, high: 10, prefix: "b")
        cases += Make.cases("C", count: 20, prefix: "c")
        cases += Make.cases("D", count: 20, prefix: "d")
        let force = Force(officers: officers, cases: cases)
        let plan = Rebalancer(force: force, limits: .standard, today: Self.today).plan()
        #expect(plan.moves.count == 5)
        #expect(plan.moves.count(where: { $0.from.id == "A" }) == 3)
        #expect(plan.moves.filter { $0.from.id == "B" }.allSatisfy { $0.item.risk.isHigh })
        #expect(plan.leftOver.isEmpty)
        #expect(Self.applying(plan.moves, to: force).figures(limits: .standard).officers.allSatisfy { !$0.has(.overCases) && !$0.has(.overHighRisk) })
    }

    @Test("one move can mend two officers: low-risk cases go to the officer over on high risk")
    func crossFix() throws {
        let officers = [Make.officer("A"), Make.officer("B"), Make.officer("C")]
        var cases = Make.cases("A", count: 53, prefix: "a")
        cases += Make.cases("B", count: 40, high: 9, prefix: "b")
        cases += Make.cases("C", count: 20, prefix: "c")
        let force = Force(officers: officers, cases: cases)
        let plan = Rebalancer(force: force, limits: .standard, today: Self.today).plan()
        #expect(plan.moves.count == 4)
        #expect(plan.moves.filter { $0.from.id == "A" }.map(\.to.id) == ["B", "B", "B"])
        #expect(plan.leftOver.isEmpty)
    }

    @Test("the most recently allocated case moves first, and within the team where it can")
    func recentAndSameTeam() throws {
        let officers = [Make.officer("A", team: "North"), Make.officer("N", team: "North"), Make.officer("S", team: "South")]
        var cases = Make.cases("A", count: 51, team: "North", prefix: "a")
        for index in cases.indices { cases[index].allocatedOn = Day("2025-01-01")!.adding(days: index) }
        cases += Make.cases("N", count: 30, team: "North", prefix: "n") + Make.cases("S", count: 10, team: "South", prefix: "s")
        let plan = Rebalancer(force: Force(officers: officers, cases: cases), limits: .standard, today: Self.today).plan()
        #expect(plan.moves.map(\.item.id) == ["a-50"])
        #expect(plan.moves.map(\.to.id) == ["N"])
    }

    @Test("when no move can help, the officer is left over and said to be")
    func leftOver() throws {
        let officers = [Make.officer("A"), Make.officer("B", status: .leave)]
        let plan = Rebalancer(force: Force(officers: officers, cases: Make.cases("A", count: 52)), limits: .standard, today: Self.today).plan()
        #expect(plan.moves.isEmpty)
        #expect(plan.leftOver.map(\.officer.id) == ["A"])
        #expect(plan.leftOver.first?.flags == [.overCases])
    }

    @Test("over many generated forces, plan and rebalance never break a hard rule or add an officer over a limit", arguments: 1...12)
    func properties(seed: UInt64) throws {
        var force = ForceGenerator(officers: 12 + Int(seed) * 3, cases: 600 + Int(seed) * 150, seed: seed).generate()
        var random = SeededRandom(seed: seed &* 7919)
        for index in force.cases.indices where random.chance(permille: 80) { force.cases[index].officerID = nil }
        let limits = Limits.standard
        let overBefore = Self.overCount(force, limits)

        let plan = AllocationPlanner(force: force, limits: limits, today: Self.today).plan()
        var advisor = AllocationAdvisor(force: force, limits: limits, today: Self.today)
        var planned = force
        for placement in plan.placements {
            let position = try #require(advisor.position(of: placement.officer.id))
            #expect(advisor.brokenRules(placement.item, position).isEmpty, "plan breaks a rule with \(placement.item.id)")
            advisor.record(placement.item, from: nil, to: placement.officer.id)
            planned = Self.applying([(placement.item.id, placement.officer.id)], to: planned)
        }
        #expect(Self.overCount(planned, limits) <= overBefore)

        let rebalance = Rebalancer(force: planned, limits: limits, today: Self.today).plan()
        advisor = AllocationAdvisor(force: planned, limits: limits, today: Self.today)
        for move in rebalance.moves {
            let position = try #require(advisor.position(of: move.to.id))
            #expect(advisor.brokenRules(move.item, position).isEmpty, "rebalance breaks a rule with \(move.item.id)")
            advisor.record(move.item, from: move.from.id, to: move.to.id)
        }
        let rebalanced = Self.applying(rebalance.moves, to: planned)
        #expect(Self.overCount(rebalanced, limits) <= Self.overCount(planned, limits))
        #expect(Self.overCount(rebalanced, limits) == rebalance.leftOver.count)
    }

    static func overCount(_ force: Force, _ limits: Limits) -> Int {
        force.figures(limits: limits).officers.count { $0.has(.overCases) || $0.has(.overHighRisk) }
    }

    static func applying(_ moves: [Move], to force: Force) -> Force {
        applying(moves.map { ($0.item.id, $0.to.id) }, to: force)
    }

    static func applying(_ moves: [(caseID: String, to: String)], to force: Force) -> Force {
        var result = force
        let destination = Dictionary(moves.map { ($0.caseID, $0.to) }, uniquingKeysWith: { _, last in last })
        for index in result.cases.indices {
            if let to = destination[result.cases[index].id] { result.cases[index].officerID = to }
        }
        return result
    }
}
