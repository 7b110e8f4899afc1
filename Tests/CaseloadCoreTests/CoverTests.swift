import CaseloadCore
import Testing

/// Temporary cover: a covered case counts for whoever does the work, and only while its officer is away.
@Suite("Temporary cover")
struct CoverTests {
    static let today = Day("2026-12-06")!

    /// OM1 with 4 cases (the first very high risk and level 3), OM2 with 10, and C-0 and C-1 covered by OM2.
    static func force(absent: Bool) -> Force {
        var officer = Make.officer("OM1")
        if absent { officer.absence = .some(20) }
        var cases = Make.cases("OM1", count: 4, prefix: "C") + Make.cases("OM2", count: 10)
        cases[0].risk = .veryHigh
        cases[0].mappa = Mappa(category: 1, level: 3)
        return Force(
            officers: [officer, Make.officer("OM2")], cases: cases,
            covers: ["C-0", "C-1"].map { Cover(caseID: $0, officerID: "OM1", coveringID: "OM2", from: today, to: today.adding(days: 19)) })
    }

    @Test("while the officer is away, a covered case counts for the colleague, and as under cover for its officer")
    func countsForTheColleague() {
        let workloads = Self.force(absent: true).workloads()
        #expect(workloads[0].cases == 2 && workloads[0].underCover == 2 && workloads[0].covering == 0)
        #expect(workloads[1].cases == 12 && workloads[1].covering == 2 && workloads[1].underCover == 0)
        #expect(workloads[1].veryHigh == 1 && workloads[1].level3 == 1 && workloads[1].mostDangerous == 1)
        #expect(workloads[0].mostDangerous == 0)
    }

    @Test("once the officer is back, every case counts for them again, whatever the cover's dates say")
    func backCountsAgain() {
        let workloads = Self.force(absent: false).workloads()
        #expect(workloads[0].cases == 4 && workloads[0].underCover == 0 && workloads[0].mostDangerous == 1)
        #expect(workloads[1].cases == 10 && workloads[1].covering == 0)
    }

    @Test("a case very high risk and level 3 at once is one of the most dangerous, not two", arguments: [
        (Risk.veryHigh, 3, 1), (.veryHigh, 2, 1), (.high, 3, 1), (.high, 2, 0), (.low, 1, 0),
    ])
    func mostDangerousOnce(risk: Risk, level: Int, expected: Int) {
        var workload = Workload()
        workload.add(Case(id: "C", officerID: "OM1", team: "North", risk: risk, mappa: Mappa(category: 1, level: level)))
        #expect(workload.mostDangerous == expected)
        let need = Limits.standard.coverNeed(absenceLasting: 5, holdingMostDangerous: workload.mostDangerous > 0)
        #expect(need.cases(of: workload) == expected)
    }

    @Test("cover leaves the cases already covered alone, and plans the others")
    func alreadyCoveredLeftAlone() {
        let plan = CoverPlanner(force: Self.force(absent: true), away: ["OM1"], limits: .standard, today: Self.today).plan()
        #expect(Set(plan.placements.map(\.offender.id) + plan.unplaced.map(\.offender.id)) == ["C-2", "C-3"])
    }

    @Test("a short absence with the most dangerous cases plans cover of those only")
    func urgentOnly() {
        var force = Self.force(absent: true)
        force.covers = []
        force.officers[0].absence = .some(5)
        let need = force.figures(limits: .standard).officers[0].coverNeed
        #expect(need == .mostDangerous)
        let plan = CoverPlanner(force: force, away: ["OM1"], limits: .standard, today: Self.today, need: need).plan()
        #expect(plan.placements.map(\.offender.id) == ["C-0"])
    }

    @Test("cover started in the last 7 days counts toward the colleague's intake")
    func coverIsIntake() {
        let advisor = AllocationAdvisor(force: Self.force(absent: true), limits: .standard, today: Self.today)
        #expect(advisor.recent == [0, 2])
    }

    @Test("the figures after a cover plan count each placed case for its colleague, and none against the limits of the away")
    func figuresAfter() {
        var force = Self.force(absent: true)
        force.covers = []
        let planner = CoverPlanner(force: force, away: ["OM1"], limits: .standard, today: Self.today)
        let plan = planner.plan()
        let after = planner.figuresAfter(plan)
        #expect(plan.placements.count == 4)
        #expect(after.officers[0].cases == 0 && after.officers[0].workload.underCover == 4)
        #expect(after.officers[1].cases == 14 && after.officers[1].workload.covering == 4)
    }
}
