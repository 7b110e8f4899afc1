import CaseloadCore
import Testing

@Suite("The monthly performance view")
struct MonthlyViewTests {
    static let november = Month("2026-11")!

    static func snapshot(_ month: Month, _ counts: [(Officer, cases: Int, high: Int)], unallocated: Int) -> MonthSnapshot {
        MonthSnapshot(
            month: month, asOf: month.lastDay,
            officers: counts.map { officer, cases, high in
                var workload = Workload()
                workload.high = high
                workload.low = cases - high
                workload.community = cases
                return OfficerWorkload(officer: officer, workload: workload)
            },
            unallocated: unallocated)
    }

    static let a = Make.officer("A", team: "North", approvedPremises: true)
    static let b = Make.officer("B", team: "North", mosovo: .awaiting)
    static let c = Make.officer("C", team: "South")

    @Test("change in cases is against the month before; null for an officer new this month or with no month before")
    func changeCases() {
        let october = Self.snapshot(Self.november.previous, [(Self.a, 40, 4), (Self.b, 50, 5)], unallocated: 9)
        let now = Self.snapshot(Self.november, [(Self.a, 44, 10), (Self.b, 47, 5), (Self.c, 12, 0)], unallocated: 3)
        let view = MonthlyView(snapshot: now, previous: october, history: [october], limits: .standard)
        #expect(view.changeCases == [4, -3, nil])
        let first = MonthlyView(snapshot: now, previous: nil, history: [], limits: .standard)
        #expect(first.changeCases == [nil, nil, nil])
    }

    @Test("the figures of the view, every field, by hand")
    func figures() throws {
        let now = Self.snapshot(Self.november, [(Self.a, 44, 10), (Self.b, 47, 5), (Self.c, 12, 0)], unallocated: 3)
        let view = MonthlyView(snapshot: now, previous: nil, history: [], limits: .standard)
        #expect(view.figures.officers.map(\.flags) == [[.overHighRisk], [.nearCases, .awaitingWithoutBuddy], []])
        let force = view.figures.force
        #expect(force.officers == 3)
        #expect(force.cases == 106)
        #expect(force.allocated == 103)
        #expect(force.unallocated == 3)
        #expect(force.averageCases == 103.0 / 3)
        #expect(force.communityPercent == 100)
        #expect(force.officersOverCases == 0)
        #expect(force.officersOverHighRisk == 1)
        #expect(force.apOfficersOverHighRisk == 1)
        #expect(force.l2L3Cases == 0)
        #expect(force.l2L3WithTrainedPercent == nil)
        let north = try #require(view.figures.teams.first)
        #expect((north.team, north.officers, north.cases, north.averageCases) == ("North", 2, 91, 45.5))
        #expect(north.highRiskPercent == 15.0 * 100 / 91)
        #expect(view.summarySentences[2] == "1 officer is over 20% high risk, 1 of them running an Approved Premises.")
    }

    @Test("the trend covers at most twelve months ending with this one, oldest first")
    func trend() {
        let history = (1...14).map { Self.snapshot(Self.november.adding(months: -$0), [(Self.a, 40 + $0, 0)], unallocated: 0) }
        let view = MonthlyView(snapshot: Self.snapshot(Self.november, [(Self.a, 40, 0)], unallocated: 0), previous: history[0], history: history.shuffled(), limits: .standard)
        #expect(view.trend.map(\.month.description) == (0...11).reversed().map { Self.november.adding(months: -$0).description })
        #expect(view.trend.map(\.force.averageCases) == (0...11).reversed().map { Double(40 + $0) })
    }

    @Test("redacted, the names are gone and the ids stay")
    func redacted() {
        let now = Self.snapshot(Self.november, [(Self.a, 44, 10)], unallocated: 0)
        let view = MonthlyView(snapshot: now, previous: nil, history: [], limits: .standard, redacted: true)
        #expect(view.figures.officers.map(\.officer.name) == ["A"])
    }
}
