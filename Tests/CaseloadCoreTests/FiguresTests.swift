import CaseloadCore
import CaseloadExport
import Testing

@Suite("Figures for officers, teams and the force")
struct FiguresTests {
    @Test("flags per officer at each boundary", arguments: [
        (cases: 49, high: 0, flags: [Flag.nearCases]),
        (cases: 50, high: 0, flags: [.nearCases]),
        (cases: 51, high: 0, flags: [.overCases]),
        (cases: 40, high: 8, flags: [.nearHighRisk]),
        (cases: 40, high: 9, flags: [.overHighRisk]),
        (cases: 40, high: 7, flags: []),
        (cases: 44, high: 8, flags: [.nearHighRisk]),
        (cases: 51, high: 11, flags: [.overCases, .overHighRisk]),
    ])
    func flags(cases: Int, high: Int, flags: [Flag]) {
        let force = Force(officers: [Make.officer("A")], cases: Make.cases("A", count: cases, high: high))
        #expect(force.figures(limits: .standard).officers[0].flags == flags)
    }

    @Test("an AP officer over on high risk only because of their AP's high-risk residents is explained", arguments: [
        (approvedPremises: true, cases: 40, high: 10, residents: 1, explained: false),  // 9 of 40 without them: 22.5%, still over
        (approvedPremises: true, cases: 40, high: 10, residents: 2, explained: true),  // 8 of 40: 20.0%, within
        (approvedPremises: true, cases: 40, high: 10, residents: 10, explained: true),
        (approvedPremises: false, cases: 40, high: 10, residents: 10, explained: false),  // not an AP officer
        (approvedPremises: true, cases: 51, high: 12, residents: 12, explained: false),  // over on cases: on hold anyway
        (approvedPremises: true, cases: 40, high: 8, residents: 8, explained: false),  // not over, nothing to explain
    ])
    func explainedByApprovedPremises(approvedPremises: Bool, cases: Int, high: Int, residents: Int, explained: Bool) {
        let officer = Make.officer("A", approvedPremises: approvedPremises)
        let living = Make.cases("A", count: residents, high: residents, location: .approvedPremises, prefix: "R")
        let others = Make.cases("A", count: cases - residents, high: high - residents)
        let figures = Force(officers: [officer], cases: living + others).figures(limits: .standard).officers[0]
        #expect(figures.workload.highRiskResidents == residents)
        #expect(figures.explainedByApprovedPremises == explained)
        let words = figures.flagSentences(limits: .standard).joined(separator: " ")
        #expect(words.contains("explained by their AP's residents: AP residents only until within") == explained, "\(words)")
        #expect(words.contains("over the 20% limit: no new cases until within") == (figures.highRiskStanding == .over && !explained))
    }

    @Test("a part-time officer at fte 0.5 has a limit of 25")
    func partTime() {
        let force = Force(officers: [Make.officer("P", fte: "0.5")], cases: Make.cases("P", count: 26))
        let figures = force.figures(limits: .standard).officers[0]
        #expect(figures.caseLimit == 25)
        #expect(figures.flags == [.overCases])
    }

    @Test("MAPPA level 2 or 3 with an officer not trained is flagged; level 1 is not", arguments: [
        (mosovo: MosovoStatus.awaiting, level: 2, flagged: true),
        (mosovo: .untrained, level: 3, flagged: true),
        (mosovo: .awaiting, level: 1, flagged: false),
        (mosovo: .trained, level: 3, flagged: false),
    ])
    func untrained(mosovo: MosovoStatus, level: Int, flagged: Bool) {
        let force = Force(officers: [Make.officer("U", mosovo: mosovo)], cases: Make.cases("U", count: 1, level: level))
        #expect(force.figures(limits: .standard).officers[0].has(.untrainedL2L3) == flagged)
        #expect(force.untrainedLevel2Or3Cases().count == (flagged ? 1 : 0))
    }

    /// A constructed force whose every team and force figure is computed by hand below.
    static let force: Force = {
        let officers = [
            Make.officer("N1", team: "North", mosovo: .trained, approvedPremises: true),
            Make.officer("N2", team: "North", mosovo: .awaiting),
            Make.officer("N3", team: "North", status: .leave),
            Make.officer("S1", team: "South", fte: "0.5"),
        ]
        var cases: [Case] = []
        cases += Make.cases("N1", count: 40, high: 10, level: 2)            // 25% high: over; 40 L2 trained
        cases += Make.cases("N2", count: 52, high: 2, location: .custody, level: 3, prefix: "N2a").prefix(2)  // 2 L3 untrained
        cases += Make.cases("N2", count: 48, high: 0, prefix: "N2b")         // N2: 50 cases in all
        cases += Make.cases("N3", count: 10, high: 0, location: .hospital)  // on leave
        cases += Make.cases("S1", count: 26, high: 6, location: .approvedPremises)  // limit 25: over; 23.1%: over
        cases += Make.cases(nil, count: 3, prefix: "Q")
        return Force(officers: officers, cases: cases)
    }()

    @Test("team figures: sums over the team's officers, averages over the active ones")
    func teams() {
        let figures = Self.force.figures(limits: .standard)
        #expect(figures.teams.map(\.team) == ["North", "South"])
        let north = figures.teams[0]
        #expect(north.officers == 3)
        #expect(north.cases == 100)
        #expect(north.averageCases == 45.0)  // (40 + 50) / 2, N3 on leave left out
        #expect(north.highRiskPercent == 12.0)  // 12 of 100
        #expect(north.officersOverCases == 0)
        #expect(north.officersOverHighRisk == 1)
        let south = figures.teams[1]
        #expect(south.officers == 1)
        #expect(south.cases == 26)
        #expect(south.averageCases == 26.0)
        #expect(south.officersOverCases == 1)
        #expect(south.officersOverHighRisk == 1)
    }

    @Test("force figures, every field, against hand-computed numbers")
    func force() throws {
        let figures = Self.force.figures(limits: .standard)
        let force = figures.force
        #expect(force.officers == 4)
        #expect(force.cases == 129)
        #expect(force.allocated == 126)
        #expect(force.unallocated == 3)
        #expect(force.averageCases == 116.0 / 3)  // N1 40 + N2 50 + S1 26, three active
        #expect(try #require(force.communityPercent) == 88.0 * 100 / 126)  // 40 + 48 of 126
        #expect(force.officersOverCases == 1)
        #expect(force.officersOverHighRisk == 2)
        #expect(force.apOfficersOverHighRisk == 1)
        #expect(force.l2L3Cases == 42)
        #expect(try #require(force.l2L3WithTrainedPercent) == 40.0 * 100 / 42)
        #expect(figures.officers.map(\.flags) == [[.overHighRisk], [.nearCases, .untrainedL2L3, .awaitingWithoutBuddy], [.needsCover], [.overCases, .overHighRisk]])
        #expect(force.awaitingWithoutBuddy == 1)
    }

    @Test("an officer not yet trained who holds cases needs a buddy; with one, or with no cases, there is no flag", arguments: [
        (MosovoStatus.awaiting, OfficerID?("OM9"), 5, false), (.awaiting, nil, 5, true), (.untrained, nil, 1, true), (.awaiting, nil, 0, false),
        (.trained, nil, 5, false), (.untrained, "OM9", 3, false),
    ])
    func buddies(mosovo: MosovoStatus, buddy: OfficerID?, cases: Int, flagged: Bool) {
        var officer = Make.officer("X", mosovo: mosovo)
        officer.buddyID = buddy
        var workload = Workload()
        workload.low = cases
        let figures = OfficerFigures(officer: officer, workload: workload, limits: .standard)
        #expect(figures.has(.awaitingWithoutBuddy) == flagged)
        #expect(figures.isBreaching == flagged, "no buddy is a rule broken, not a watch")
        if flagged { #expect(figures.flagSentences(limits: .standard).last?.contains("with no buddy") == true) }
    }

    @Test("with nothing allocated the shares are absent, not zero")
    func emptyShares() {
        let force = Force(officers: [Make.officer("A")], cases: Make.cases(nil, count: 2)).figures(limits: .standard).force
        #expect(force.communityPercent == nil)
        #expect(force.l2L3WithTrainedPercent == nil)
        #expect(force.averageCases == 0)
    }

    @Test("counting a case in and out of a workload is symmetric")
    func workloadSymmetry() {
        let offender = Case(id: "C", officerID: "A", team: "T", risk: .veryHigh, mappa: Mappa(category: 2, level: 3), location: .hospital, domesticAbuse: true)
        var workload = Workload()
        workload.add(offender)
        #expect(workload.cases == 1 && workload.highRisk == 1 && workload.level3 == 1 && workload.hospital == 1 && workload.domesticAbuse == 1)
        workload.remove(offender)
        #expect(workload == Workload())
    }
}
