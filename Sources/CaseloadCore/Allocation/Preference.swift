/// A soft reason to prefer an officer for a case; each is shown to the supervisor with its points.
public enum Preference: String, CaseIterable, Sendable {
    /// A MOSOVO-trained officer for a high or very high risk case: ranks above any officer not trained.
    case trainedForHighRisk = "trained_for_high_risk"
    case sameTeam = "same_team"
    case heldBefore = "held_before"
    case daSpecialist = "da_specialist"
    case approvedPremises = "approved_premises"
    case headroom
    case fewRecentAllocations = "few_recent_allocations"
    /// An officer awaiting the MOSOVO course, offered a MAPPA level 1 case, with a trained buddy to support them
    /// (§3.8.8): worth no points, but said, so the supervisor sees who will help.
    case buddy

    /// The points each preference can give, in one table so the ranking can be read and argued with.
    ///
    /// | preference | points |
    /// |---|---|
    /// | MOSOVO trained, for a high or very high risk case | 150, more than all the others together |
    /// | same team as the case | 30 |
    /// | held this offender before (continuity) | 25 |
    /// | the team's DA specialist, for a domestic abuse case | 20 |
    /// | runs an Approved Premises, for a case living in one | 15 |
    /// | headroom after the allocation: up to 12 for caseload and 8 for high risk | up to 20 |
    /// | fewest allocations in the last 7 days: 10, less 3 for each | up to 10 |
    /// | supported by a buddy, for an officer awaiting the course and a MAPPA level 1 case | 0: said, not scored |
    public var maximumPoints: Int {
        switch self {
        case .trainedForHighRisk: 150
        case .sameTeam: 30
        case .heldBefore: 25
        case .daSpecialist: 20
        case .approvedPremises: 15
        case .headroom: 20
        case .fewRecentAllocations: 10
        case .buddy: 0
        }
    }

    /// The preference in a word or two, for a narrow screen: "trained", "same team", "room".
    public var shortWords: String {
        switch self {
        case .trainedForHighRisk: "trained"
        case .sameTeam: "same team"
        case .heldBefore: "held before"
        case .daSpecialist: "DA specialist"
        case .approvedPremises: "runs the AP"
        case .headroom: "room"
        case .fewRecentAllocations: "few recent"
        case .buddy: "has a buddy"
        }
    }

    static let caseHeadroomPoints = 12
    static let highRiskHeadroomPoints = 8
    static let pointsLostPerRecentAllocation = 3
    /// Allocations this many days back or fewer count as recent: the cycle of distribution.
    public static let recentDays = 7
}

/// One preference that applies to one officer for one case, with its points and why.
public struct Reason: Hashable, Sendable {
    public let preference: Preference
    public let points: Int
    public let detail: String
}
