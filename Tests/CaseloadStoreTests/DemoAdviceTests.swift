import CaseloadCore
import CaseloadDemo
import CaseloadStore
import Testing

/// The advice the domain review found wrong on the bundled demo force, each finding as a regression test.
@Suite("Advice on the demo force follows the force's rules")
struct DemoAdviceTests {
    static let today = Day("2026-11-15")!

    static func demo() throws -> Force {
        try ImportFiles.load(officers: DemoForce.officersURL.path, cases: DemoForce.casesURL.path)
    }

    @Test("suggest never ranks an officer already over a limit, and says why in their figures", arguments: [
        ("C9005", "OM19", "already over the high-risk limit: 22.9% > 20%"),
        ("C9004", "OM11", "already over the high-risk limit: 27.9% > 20%"),
        ("C9004", "OM05", "already over the caseload limit: 52 > 50 cases"),
    ])
    func suggestExcludesTheOver(caseID: String, officerID: String, words: String) throws {
        let force = try Self.demo()
        let advisor = AllocationAdvisor(force: force, limits: .standard, today: Self.today)
        let suggestion = advisor.suggest(for: try #require(force.cases.first { $0.id == caseID }))
        #expect(!suggestion.candidates.contains { $0.officer.id == officerID })
        let exclusion = try #require(suggestion.excluded.first { $0.officer.id == officerID })
        #expect(exclusion.explanations.contains(words))
    }

    @Test("no queued case is suggested or planned to any officer over a limit")
    func queue() throws {
        let force = try Self.demo()
        let over = Set(force.figures(limits: .standard).officers.filter(\.isOverALimit).map(\.officer.id))
        #expect(over == ["OM03", "OM05", "OM07", "OM11", "OM19"])
        let advisor = AllocationAdvisor(force: force, limits: .standard, today: Self.today)
        for item in force.unallocated {
            #expect(advisor.suggest(for: item).candidates.allSatisfy { !over.contains($0.officer.id) }, "\(item.id)")
        }
        let plan = AllocationPlanner(force: force, limits: .standard, today: Self.today).plan()
        #expect(plan.placements.allSatisfy { !over.contains($0.officer.id) })
    }

    @Test("rebalance moves nothing to an officer over, no AP resident off an AP officer, high-risk cases only to trained officers")
    func rebalance() throws {
        let force = try Self.demo()
        let figures = force.figures(limits: .standard)
        let over = Set(figures.officers.filter(\.isOverALimit).map(\.officer.id))
        let plan = Rebalancer(force: force, limits: .standard, today: Self.today).plan()
        #expect(plan.moves.count == 14, "2 from OM05, 3 from OM03, 1 from OM07, 5 from OM11, 2 from OM19, and OM10's level 2 case")
        #expect(plan.moves.allSatisfy { !over.contains($0.to.id) })
        #expect(!plan.moves.contains { $0.item.location == .approvedPremises && $0.from.approvedPremises })
        #expect(plan.moves.filter(\.item.risk.isHigh).allSatisfy { $0.to.mosovo == .trained })
        #expect(plan.moves.first { $0.from.id == "OM10" }?.to.mosovo == .trained)
        #expect(plan.leftOver.isEmpty && plan.explained.isEmpty)
    }

    @Test("after an override puts a level 3 case with an untrained officer, rebalance moves it and never says all is well")
    func overriddenLevel3() throws {
        var force = try Self.demo()
        let index = try #require(force.cases.firstIndex { $0.mappa?.level == 3 && $0.officerID != nil })
        force.cases[index].officerID = "OM04"
        #expect(force.figures(limits: .standard).officers.first { $0.officer.id == "OM04" }?.has(.untrainedL2L3) == true)
        let plan = Rebalancer(force: force, limits: .standard, today: Self.today).plan()
        let move = try #require(plan.moves.first { $0.item.id == force.cases[index].id })
        #expect(move.to.mosovo == .trained)
        let report = RebalanceReport(plan: plan, before: force.figures(limits: .standard)).table()
        #expect(!report.contains("nothing needs to move"))
    }
}
