/// How likely and how serious further harm is judged to be (OASys / ARMS risk of serious harm).
public enum Risk: String, CaseIterable, Sendable, Codable, Comparable {
    case low
    case medium
    case high
    case veryHigh = "very_high"

    /// High risk for the 20% rule: `high` or `very_high`.
    public var isHigh: Bool { self == .high || self == .veryHigh }

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        case .veryHigh: 3
        }
    }

    public static func < (lhs: Risk, rhs: Risk) -> Bool { lhs.rank < rhs.rank }
}
