import CaseloadCore
import CaseloadExport
import Testing

/// The weeks ahead, exactly as DESIGN.md defines them: the window's edges, what counts as ending, releasing and due,
/// each officer's projection and each team's forecast.
@Suite("The weeks ahead")
struct AheadTests {
    static let day = Day("2026-12-07")!

    func ahead(_ force: Force, weeks: Int = 7, team: String? = nil) -> Ahead {
        Ahead(force: force, figures: force.figures(limits: .standard), asOf: Self.day, weeks: weeks, team: team)
    }

    /// One officer with one case carrying the given dates, and 9 plain cases beside it.
    func single(_ change: (inout Case) -> Void) -> OfficerAhead {
        var cases = Make.cases("OM1", count: 10)
        change(&cases[0])
        return ahead(Force(officers: [Make.officer("OM1")], cases: cases)).officers[0]
    }

    @Test("a date counts in a window of w weeks from as_of to as_of + 7w, both days included, and not a day past", arguments: [
        (0, true), (49, true), (50, false), (-1, false),
    ])
    func windowEdges(offset: Int, inside: Bool) {
        let date = Self.day.adding(days: offset)
        let release = single { $0.location = .custody; $0.releaseOn = date }
        #expect(release.releases == (inside ? 1 : 0))
        let review = single { $0.nextReviewOn = date }
        #expect(review.reviewsDue == (inside ? 1 : 0))
        #expect(review.reviewsOverdue == (offset < 0 ? 1 : 0), "a review before as_of is overdue, never due")
        let ending = single { $0.endsOn = date }
        #expect(ending.ending == (offset <= 49 ? 1 : 0), "a case already past its end counts as ending")
    }

    @Test("a release counts only for a case in custody, and a custody case without a release date counts nothing")
    func releasesFromCustody() {
        #expect(single { $0.releaseOn = Self.day.adding(days: 3) }.releases == 0)
        #expect(single { $0.location = .custody }.releases == 0)
        #expect(single { $0.location = .custody; $0.releaseOn = Self.day.adding(days: 3) }.releases == 1)
    }

    @Test("projected at week w: today's cases less those ending on or before as_of + 7w, high risk likewise, with marks")
    func projection() {
        var cases = Make.cases("OM1", count: 52, high: 12)
        cases[0].endsOn = Self.day.adding(days: -30)
        cases[1].endsOn = Self.day.adding(days: 28)
        cases[2].endsOn = Self.day.adding(days: 29)
        cases[12].endsOn = Self.day.adding(days: 56)
        cases[13].endsOn = Self.day.adding(days: 85)
        let officer = ahead(Force(officers: [Make.officer("OM1")], cases: cases), weeks: 12).officers[0]
        #expect(officer.projected.map(\.week) == [4, 8, 12])
        #expect(officer.projected.map(\.cases) == [50, 48, 48])
        #expect(officer.projected.map(\.highRisk) == [10, 9, 9])
        #expect(officer.projected.map(\.caseStanding) == [.near, .near, .near])
        #expect(officer.projected[0].highRiskPercent == 20.0 && officer.projected[0].highRiskStanding == .near)
        #expect(officer.ending == 4, "the day 85 is past 12 weeks (84 days)")
    }

    @Test("projections never exceed today's figures and never rise from one week to the next", arguments: 0..<40)
    func projectionsFall(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        let officers = (1...4).map { Make.officer("OM\($0)") }
        var cases: [Case] = []
        for officer in officers {
            var theirs = Make.cases(officer.id, count: random.below(60), high: random.below(12))
            for index in theirs.indices where random.below(3) == 0 {
                theirs[index].endsOn = Self.day.adding(days: random.below(200) - 50)
            }
            cases += theirs
        }
        for officer in ahead(Force(officers: officers, cases: cases), weeks: 12).officers {
            var last = (cases: officer.figures.cases, highRisk: officer.figures.highRisk)
            for projection in officer.projected {
                #expect(projection.cases <= last.cases && projection.highRisk <= last.highRisk && projection.highRisk <= projection.cases)
                last = (projection.cases, projection.highRisk)
            }
        }
    }

    @Test("a team: capacity of its available officers, referrals of the 12 weeks before as_of, endings in the window, the week it passes capacity")
    func teamForecast() {
        let officers = [Make.officer("OM1"), Make.officer("OM2"), Make.officer("OM3", status: .leave), Make.officer("OM4", team: "West")]
        var cases = Make.cases("OM1", count: 45) + Make.cases("OM2", count: 45) + Make.cases("OM3", count: 20) + Make.cases("OM4", count: 10, team: "West")
        for index in 0..<24 { cases[index].referredOn = Self.day.adding(days: -1 - index * 3) }
        cases[24].referredOn = Self.day
        cases[25].referredOn = Self.day.adding(days: -85)
        cases[50].endsOn = Self.day.adding(days: 10)
        let teams = ahead(Force(officers: officers, cases: cases), weeks: 12).teams
        #expect(teams.map(\.team) == ["North", "West"])
        let north = teams[0]
        #expect(north.officers == 3 && north.cases == 110 && north.capacity == 100)
        #expect(north.referralsPerWeek == 2, "24 referrals in the 12 weeks before; as_of itself and day -85 are outside")
        #expect(north.endingsPerWeek == 1.0 / 12)
        #expect(north.weeksUntilOver == 0, "over already")
        let west = teams[1]
        #expect(west.referralsPerWeek == 0 && west.weeksUntilOver == nil, "a team with no referrals and room never passes")
    }

    @Test("weeks_until_over is the first whole week at which cases + w × (referrals − endings a week) exceeds capacity", arguments: [
        (96, 12, 5), (99, 12, 2), (100, 12, 1), (101, 0, 0), (100, 0, nil), (50, 1, nil),
    ] as [(Int, Int, Int?)])
    func weeksUntilOver(cases count: Int, referrals: Int, expected: Int?) {
        let officers = [Make.officer("OM1"), Make.officer("OM2")]
        var cases = Make.cases("OM1", count: count / 2) + Make.cases("OM2", count: count - count / 2)
        for index in 0..<referrals { cases[index].referredOn = Self.day.adding(days: -7) }
        #expect(ahead(Force(officers: officers, cases: cases), weeks: 12).teams[0].weeksUntilOver == expected)
    }

    @Test("--team keeps that team's officers, and its forecast alone")
    func oneTeam() {
        let officers = [Make.officer("OM1"), Make.officer("OM2", team: "West")]
        let shown = ahead(Force(officers: officers, cases: Make.cases("OM1", count: 3) + Make.cases("OM2", count: 4, team: "West")), team: "West")
        #expect(shown.officers.map(\.figures.officer.id) == ["OM2"])
        #expect(shown.teams.map(\.team) == ["West"])
    }

    @Test("the table says in words what the JSON says in numbers")
    func words() {
        let officers = [Make.officer("OM1"), Make.officer("OM2", team: "West")]
        let report = AheadReport(ahead(Force(officers: officers, cases: Make.cases("OM1", count: 51) + Make.cases("OM2", count: 4, team: "West"))))
        let table = report.table()
        #expect(table.contains("North passes its capacity in 0 weeks: it is over now, with 51 cases for a capacity of 50."))
        #expect(table.contains("West: not within a year at the current rate (0.0 referrals and 0.0 endings a week)"))
        let json = report.json()
        #expect(json.contains("\"weeks_until_over\": 0") && json.contains("\"weeks_until_over\": null"))
    }
}

/// An overdue risk review is a rule break: counted on the day the figures are for, for whoever does the case's work.
@Suite("Overdue reviews")
struct ReviewsOverdueTests {
    static let day = Day("2026-12-07")!

    @Test("a review before the day is overdue and flags the officer; one on the day or after does not", arguments: [
        (-30, 1), (-1, 1), (0, 0), (1, 0),
    ])
    func edge(offset: Int, overdue: Int) {
        var cases = Make.cases("OM1", count: 5)
        cases[2].nextReviewOn = Self.day.adding(days: offset)
        let snapshot = MonthSnapshot(force: Force(officers: [Make.officer("OM1")], cases: cases), asOf: Self.day)
        let figures = snapshot.figures(limits: .standard).officers[0]
        #expect(figures.reviewsOverdue == overdue)
        #expect(figures.has(.reviewsOverdue) == (overdue > 0))
        #expect(figures.isBreaching == (overdue > 0), "an overdue review is a rule break, not a watch")
        if overdue > 0 { #expect(figures.flagSentences(limits: .standard).last == "1 risk review is overdue: complete it and record the next date (next_review_on)") }
    }

    @Test("a covered case's overdue review counts for the colleague covering it while its officer is away")
    func covered() {
        var cases = Make.cases("OM1", count: 3)
        cases[0].nextReviewOn = Self.day.adding(days: -3)
        let officers = [Make.officer("OM1", status: .leave), Make.officer("OM2")]
        let force = Force(officers: officers, cases: cases, covers: [Cover(caseID: cases[0].id, officerID: "OM1", coveringID: "OM2", from: Self.day, to: nil)])
        #expect(force.reviewsOverdue(on: Self.day) == ["OM2": 1])
        #expect(MonthSnapshot(force: force, asOf: Self.day).figures(limits: .standard).force.reviewsOverdue == 1)
    }
}

/// The median wait of the month's allocations, from referral.
@Suite("Median wait")
struct MedianWaitTests {
    @Test("the middle wait, or the mean of the middle two; none for no waits", arguments: [
        ([], nil), ([7], 7), ([9, 1], 5), ([1, 30, 2], 2), ([4, 1, 3, 2], 2.5),
    ] as [([Int], Double?)])
    func median(waits: [Int], expected: Double?) {
        #expect(MonthActivity.median(waits) == expected)
    }
}
