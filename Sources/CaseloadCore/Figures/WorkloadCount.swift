/// One count an officer's workload keeps: the one definition that the figures, the store's columns, the demo's
/// history and the monthly view's fields are all read from, in this order.
public enum WorkloadCount: Int, CaseIterable, Sendable {
    case low, medium, high, veryHigh, community, custody, approvedPremises, hospital, level2, level3, domesticAbuse
    /// Cases this officer covers for an absent colleague; already counted in the others, since they do the work.
    case covering
    /// This officer's own cases a colleague covers while they are away; counted in none of the others.
    case underCover
    /// Very high risk or level 3 cases (`Case.isMostDangerous`), each once; also counted in the others.
    case mostDangerous
    /// High or very high risk cases living in an Approved Premises (`Case.isHighRiskResident`); also counted in the
    /// others. What explains an AP officer's high-risk share.
    case highRiskResidents

    /// The column that keeps it in `officer_workloads` and `month_officers`, and its name in the monthly view.
    public var column: String {
        switch self {
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        case .veryHigh: "very_high"
        case .community: "community"
        case .custody: "custody"
        case .approvedPremises: "approved_premises_cases"
        case .hospital: "hospital"
        case .level2: "level2"
        case .level3: "level3"
        case .domesticAbuse: "domestic_abuse"
        case .covering: "covering"
        case .underCover: "under_cover"
        case .mostDangerous: "most_dangerous"
        case .highRiskResidents: "high_risk_residents"
        }
    }
}
