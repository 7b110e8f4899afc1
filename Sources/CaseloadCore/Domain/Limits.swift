/// The policy limits: caseload, high-risk share and how close counts as near. Defaults from HMICFRS recommendation 19.
public struct Limits: Hashable, Sendable {
    /// The most cases a full-time officer may carry; part-time officers get it pro rata, rounded down.
    public var maxCases: Int
    /// The largest high-risk share allowed, in hundredths of a percent (2000 is 20%).
    public var maxHighRiskHundredths: Int
    /// The fraction of a limit at which an officer counts as near it, in thousandths (900 is 0.9).
    public var nearThousandths: Int

    public static let standard = Limits(maxCases: 50, maxHighRiskHundredths: 2000, nearThousandths: 900)

    public init(maxCases: Int, maxHighRiskHundredths: Int, nearThousandths: Int) {
        self.maxCases = maxCases
        self.maxHighRiskHundredths = maxHighRiskHundredths
        self.nearThousandths = nearThousandths
    }

    public var maxHighRiskPercent: Double { Double(maxHighRiskHundredths) / 100 }
    public var near: Double { Double(nearThousandths) / 1000 }

    /// The caseload limit for an officer: maxCases × fte, rounded down (fte 0.5 of 50 gives 25).
    public func caseLimit(for fte: FTE) -> Int {
        maxCases * fte.millionths / 1_000_000
    }

    /// Where a caseload stands against a limit: over strictly above it, near from `near` × limit up to it.
    public func caseStanding(cases: Int, limit: Int) -> Standing {
        if cases > limit { return .over }
        if cases > 0 && cases * 1000 >= nearThousandths * limit { return .near }
        return .within
    }

    /// Where a high-risk share stands against the limit, compared exactly: 20.0% is near, 20.1% over.
    public func highRiskStanding(highRisk: Int, cases: Int) -> Standing {
        guard cases > 0, highRisk > 0 else { return .within }
        let share = highRisk * 10_000
        if share > maxHighRiskHundredths * cases { return .over }
        if share * 1000 >= nearThousandths * maxHighRiskHundredths * cases { return .near }
        return .within
    }
}

/// Where a figure stands against its limit.
public enum Standing: String, Sendable, Comparable {
    case within
    case near
    case over

    private var rank: Int {
        switch self {
        case .within: 0
        case .near: 1
        case .over: 2
        }
    }

    public static func < (lhs: Standing, rhs: Standing) -> Bool { lhs.rank < rhs.rank }
}
