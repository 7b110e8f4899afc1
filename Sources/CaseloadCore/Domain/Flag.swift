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

    /// Over a limit or holding a case they may not: needs action, not just watching.
    public var isBreach: Bool { self != .nearCases && self != .nearHighRisk }
}
