/// A rule that no suggestion, plan or rebalance ever breaks, and `allocate` refuses to break without an override.
public enum HardRule: String, CaseIterable, Sendable {
    case onLeave = "on_leave"
    case untrainedForLevel2Or3 = "untrained_for_l2_l3"
    case overCaseLimit = "over_case_limit"
    case overHighRiskLimit = "over_high_risk_limit"

    /// The rule in words, for the supervisor.
    public var explanation: String {
        switch self {
        case .onLeave: "on leave"
        case .untrainedForLevel2Or3: "not MOSOVO trained, and the case is MAPPA level 2 or 3"
        case .overCaseLimit: "would go over their caseload limit"
        case .overHighRiskLimit: "would go over the high-risk limit"
        }
    }

    /// The hard rules that giving `item` to an officer with this workload would break; empty when it may go ahead.
    public static func broken(giving item: Case, to officer: Officer, holding workload: Workload, limits: Limits) -> [HardRule] {
        var rules: [HardRule] = []
        if officer.status == .leave { rules.append(.onLeave) }
        if item.mappa?.needsTrainedOfficer == true && !officer.mosovo.mayHoldLevel2Or3 { rules.append(.untrainedForLevel2Or3) }
        if workload.cases + 1 > limits.caseLimit(for: officer.fte) { rules.append(.overCaseLimit) }
        if item.risk.isHigh && limits.highRiskStanding(highRisk: workload.highRisk + 1, cases: workload.cases + 1) == .over {
            rules.append(.overHighRiskLimit)
        }
        return rules
    }
}
