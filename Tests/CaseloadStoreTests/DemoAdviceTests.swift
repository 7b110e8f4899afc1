import CaseloadCore
import CaseloadDemo
import CaseloadExport
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
    func suggestExcludesTheOver(caseID: CaseID, officerID: OfficerID, words: String) throws {
        let force = try Self.demo()
        let advisor = AllocationAdvisor(force: force, limits: .standard, today: Self.today)
        let suggestion = advisor.suggest(for: try #require(force.cases.first { $0.id == caseID }))
        #expect(!suggestion.candidates.contains { $0.officer.id == officerID })
        let exclusion = try #require(suggestion.excluded.first { $0.officer.id == officerID })
        #expect(exclusion.explanations.contains(words))
    }

    @Test("no queued case is suggested or planned to any officer over a limit, save an AP resident to an AP officer the AP explains")
    func queue() throws {
        let force = try Self.demo()
        let over = Set(force.figures(limits: .standard).officers.filter(\.isOverALimit).map(\.officer.id))
        #expect(over == ["OM03", "OM05", "OM07", "OM11", "OM19"])
        let explained: Set<OfficerID> = ["OM03", "OM11"]
        let allowed = { (offender: Case, officerID: OfficerID) in !over.contains(officerID) || offender.location == .approvedPremises && explained.contains(officerID) }
        let advisor = AllocationAdvisor(force: force, limits: .standard, today: Self.today)
        for offender in force.unallocated {
            #expect(advisor.suggest(for: offender).candidates.allSatisfy { allowed(offender, $0.officer.id) }, "\(offender.id)")
        }
        let plan = AllocationPlanner(force: force, limits: .standard, today: Self.today).plan()
        #expect(plan.placements.allSatisfy { allowed($0.offender, $0.officer.id) })
        let resident = Case(id: "R1", officerID: nil, team: "North", risk: .high, location: .approvedPremises)
        #expect(advisor.suggest(for: resident).candidates.contains { $0.officer.id == "OM03" }, "OM03 runs the AP and may take its residents")
    }

    @Test("rebalance holds the five officers over a limit, explains the two AP officers, and moves only OM10's level 2 case")
    func rebalance() throws {
        let force = try Self.demo()
        let plan = Rebalancer(force: force, limits: .standard, today: Self.today).plan()
        #expect(plan.moves.map { "\($0.offender.id) \($0.from.id)" } == ["C1406 OM10"], "only Recommendation 18 requires a move")
        #expect(plan.moves.allSatisfy { $0.to.mosovo == .trained })
        #expect(plan.onHold.map(\.figures.officer.id) == ["OM03", "OM05", "OM07", "OM11", "OM19"])
        #expect(plan.onHold.filter { $0.explainedByApprovedPremises }.map(\.figures.officer.id) == ["OM03", "OM11"])
        #expect(
            force.figures(limits: .standard).officers.filter(\.explainedByApprovedPremises).map(\.officer.id) == ["OM03", "OM11"],
            "the figures every report reads (the monthly view's explained_by_ap) explain the same officers")

        let figures = force.figures(limits: .standard)
        let over = Set(figures.officers.filter(\.isOverALimit).map(\.officer.id))
        let transfers = Rebalancer(force: force, limits: .standard, today: Self.today, transfers: true).plan()
        #expect(
            transfers.moves.map { "\($0.offender.id) \($0.from.id)" } == ["C1406 OM10", "C1801 OM19", "C1835 OM19"],
            "OM10's level 2 case and 2 from OM19; OM05 and OM07 come within by holding, as their cases end")
        #expect(transfers.onHold.filter { ["OM05", "OM07"].contains($0.figures.officer.id) }.allSatisfy { ($0.withinOn ?? .supportedEnd) <= Self.today.adding(days: Rebalancer.aheadDays) })
        #expect(!transfers.moves.contains { ["OM03", "OM11"].contains($0.from.id) }, "the AP officers' skew is explained, not churned")
        #expect(transfers.moves.allSatisfy { !over.contains($0.to.id) })
        #expect(transfers.moves.filter(\.offender.risk.isHigh).allSatisfy { $0.to.mosovo == .trained })
        #expect(!transfers.moves.contains { $0.offender.risk == .veryHigh || $0.offender.mappa?.level == 3 })
        let after = Dictionary(grouping: transfers.moves, by: \.to.id).mapValues(\.count)
        #expect(after.values.allSatisfy { $0 <= 2 }, "spread, not piled: \(after)")
    }

    @Test("after an override puts a level 3 case with an untrained officer, rebalance moves it and never says all is well")
    func overriddenLevel3() throws {
        var force = try Self.demo()
        let index = try #require(force.cases.firstIndex { $0.mappa?.level == 3 && $0.officerID != nil })
        force.cases[index].officerID = "OM04"
        #expect(force.figures(limits: .standard).officers.first { $0.officer.id == "OM04" }?.has(.untrainedL2L3) == true)
        let plan = Rebalancer(force: force, limits: .standard, today: Self.today).plan()
        let move = try #require(plan.moves.first { $0.offender.id == force.cases[index].id })
        #expect(move.to.mosovo == .trained)
        let report = RebalanceReport(plan: plan, before: force.figures(limits: .standard)).table()
        #expect(!report.contains("nothing needs to move"))
    }
}
