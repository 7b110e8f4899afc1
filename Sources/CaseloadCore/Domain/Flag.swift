/// Something a supervisor must look at, named as in the monthly view's JSON.
public enum Flag: String, CaseIterable, Sendable, Codable {
    case overCases = "over_cases"
    case nearCases = "near_cases"
    case overHighRisk = "over_high_risk"
    case nearHighRisk = "near_high_risk"
    case untrainedL2L3 = "untrained_l2_l3"
    /// Away (on leave, or absent for more than 14 days in all) and still holding cases, which need cover.
    case needsCover = "needs_cover"
    /// Awaiting the MOSOVO course (or not booked on it), holding cases, with no trained buddy named (§3.8.8).
    case awaitingWithoutBuddy = "awaiting_without_buddy"
    /// Holds a case whose next risk review (ARMS or equivalent) has passed: the PEEL inspection's "ensure they comply".
    case reviewsOverdue = "reviews_overdue"

    /// In words, for anything a person reads: a report, a notice, the audit trail.
    public var words: String {
        switch self {
        case .overCases: "over the caseload limit"
        case .nearCases: "near the caseload limit"
        case .overHighRisk: "over the high-risk limit"
        case .nearHighRisk: "near the high-risk limit"
        case .untrainedL2L3: "holds a MAPPA level 2 or 3 case without the MOSOVO course"
        case .needsCover: "away, with cases that need cover"
        case .awaitingWithoutBuddy: "awaiting the MOSOVO course with no buddy available"
        case .reviewsOverdue: "has risk reviews overdue"
        }
    }

    /// Over a limit or holding a case they may not: needs action, not just watching.
    public var isBreach: Bool { self != .nearCases && self != .nearHighRisk }
}
