/// A team's figures: the sums over its officers, named as in the monthly view.
public struct TeamFigures: Hashable, Sendable {
    public let team: String
    /// Every officer in the team, on leave or not.
    public let officers: Int
    /// The cases held by the team's officers.
    public let cases: Int
    /// Cases held by the team's active officers ÷ its active officers; 0 with none active.
    public let averageCases: Double
    /// High-risk cases ÷ cases held by the team's officers (at least the share floor), as a percentage.
    public let highRiskPercent: Double
    public let officersOverCases: Int
    public let officersOverHighRisk: Int

    init(team: String, members: [OfficerFigures], limits: Limits) {
        self.team = team
        officers = members.count
        let total = members.reduce(Workload()) { $0 + $1.workload }
        cases = total.cases
        averageCases = averageOfActive(members)
        highRiskPercent = limits.highRiskPercent(of: total)
        officersOverCases = members.count(where: { $0.has(.overCases) })
        officersOverHighRisk = members.count(where: { $0.has(.overHighRisk) })
    }
}

/// Cases held by active officers ÷ the number of active officers; officers on leave are left out.
func averageOfActive(_ officers: [OfficerFigures]) -> Double {
    var (active, cases) = (0, 0)
    for officer in officers where officer.officer.isActive {
        active += 1
        cases += officer.cases
    }
    return active == 0 ? 0 : Double(cases) / Double(active)
}
