/// The monthly performance view: every officer, team and the force for one month, against the month before.
public struct MonthlyView: Sendable {
    public let month: Month
    /// The day whose state the figures describe.
    public let asOf: Day
    public let figures: Figures
    /// Each officer's change in cases since the month before, in the order of `figures.officers`;
    /// nil where there is no earlier month or the officer was not in it.
    public let changeCases: [Int?]
    /// Each officer's change in high-risk share since the month before, in percentage points, by officer id; absent
    /// where there is no earlier month or the officer was not in it.
    public let changeHighRiskPercent: [OfficerID: Double]
    /// The force's figures for up to twelve months ending with this one, oldest first.
    public let trend: [(month: Month, force: ForceFigures)]
    /// Whether officer names are left out.
    public let redacted: Bool
    /// Whether this is the bundled demo force, which every export must say in itself.
    public var isDemo = false
    /// What was done in the month: notices given, transfers, overrides, cover started.
    public var activity = MonthActivity()
    /// Workload notices given in the month (Recommendation 19: "communicate this to affected staff").
    public var noticesSent: Int { activity.notices }
    /// The "Availability and training" section, once the store has added the absences and reductions.
    public var availability: AvailabilitySection?
    /// The next 12 weeks from the day of the figures, for the month that is the current one; nil for a past month.
    public var ahead: Ahead?

    /// What every export of the demo force says first.
    public static let demoNotice = "DEMO FORCE: these are the bundled, fictional demo figures, not a real force's."

    /// The view of `snapshot`, compared with `previous` (the month before, if recorded), with `history` for the trend.
    public init(snapshot: MonthSnapshot, previous: MonthSnapshot?, history: [MonthSnapshot], limits: Limits, redacted: Bool = false) {
        month = snapshot.month
        asOf = snapshot.asOf
        self.redacted = redacted
        let officers = redacted ? snapshot.redacted.officers : snapshot.officers
        figures = Figures(officers: officers, unallocated: snapshot.unallocated, limits: limits)
        let before = previous.map { Dictionary($0.officers.map { ($0.officer.id, $0.workload.cases) }, uniquingKeysWith: { a, _ in a }) }
        changeCases = snapshot.officers.map { entry in
            before.flatMap { $0[entry.officer.id] }.map { entry.workload.cases - $0 }
        }
        let shareBefore = Dictionary(
            (previous?.officers ?? []).map { ($0.officer.id, limits.highRiskPercent(of: $0.workload)) }, uniquingKeysWith: { a, _ in a })
        changeHighRiskPercent = Dictionary(snapshot.officers.compactMap { entry in
            shareBefore[entry.officer.id].map { (entry.officer.id, limits.highRiskPercent(of: entry.workload) - $0) }
        }, uniquingKeysWith: { a, _ in a })
        let earliest = snapshot.month.adding(months: -11)
        var points = history
            .filter { $0.month >= earliest && $0.month < snapshot.month }
            .map { (month: $0.month, force: $0.figures(limits: limits).force) }
        points.sort { $0.month < $1.month }
        trend = points + [(month: snapshot.month, force: figures.force)]
    }

    /// The officers with their change in cases.
    public var officerRows: [(figures: OfficerFigures, changeCases: Int?)] {
        Array(zip(figures.officers, changeCases)).map { (figures: $0, changeCases: $1) }
    }

    /// The officers with their change in cases, grouped by team, each team's in the order given.
    public var officerRowsByTeam: [String: [(figures: OfficerFigures, changeCases: Int?)]] {
        Dictionary(grouping: officerRows, by: \.figures.officer.team)
    }
}
