/// The policy limits: caseload, high-risk share, how close counts as near, and the share floor.
///
/// The defaults are Surrey Police's stated practice (seed 000, §3.8.15: each officer under 50 cases, under 20% of
/// them high risk), which answers the joint inspection's recommendation to review workloads against national
/// expectations (§3.8.14). They are policy, not code: every one can be changed, and every output states them.
public struct Limits: Hashable, Sendable {
    /// The most cases a full-time officer may carry; part-time officers get it pro rata, rounded down.
    public var maxCases: Int
    /// The largest high-risk share allowed, in hundredths of a percent (2000 is 20%).
    public var maxHighRiskHundredths: Int
    /// The fraction of a limit at which an officer counts as near it, in thousandths (900 is 0.9).
    public var nearThousandths: Int
    /// The fewest cases a high-risk share is counted out of, so one case of five is not 20%.
    public var shareFloor: Int
    /// The most new cases a proposal gives one officer within seven days, counting those they already had: the cycle
    /// of distribution spreads new work rather than piling it on whoever has most room.
    public var maxIntake: Int
    /// Days an absence may last before the absent officer's cases need cover: the product's own practice, not a
    /// source's.
    public var coverAfterDays: Int
    /// Days an absence may last before very high risk and MAPPA level 3 cases need cover.
    public var urgentCoverAfterDays: Int

    public static let standard = Limits(maxCases: 50, maxHighRiskHundredths: 2000, nearThousandths: 900, shareFloor: 10)

    public init(
        maxCases: Int, maxHighRiskHundredths: Int, nearThousandths: Int, shareFloor: Int = 10, maxIntake: Int = 5, coverAfterDays: Int = 14,
        urgentCoverAfterDays: Int = 2
    ) {
        self.maxCases = maxCases
        self.maxHighRiskHundredths = maxHighRiskHundredths
        self.nearThousandths = nearThousandths
        self.shareFloor = shareFloor
        self.maxIntake = maxIntake
        self.coverAfterDays = coverAfterDays
        self.urgentCoverAfterDays = urgentCoverAfterDays
    }

    /// Which of an absent officer's cases need cover, for an absence lasting `days` in all (nil for open-ended, which
    /// counts as long): every case after `coverAfterDays`; very high risk and level 3 cases, when they hold any, after
    /// `urgentCoverAfterDays`. The periods are the product's own practice, not a source's.
    public func coverNeed(absenceLasting days: Int?, holdingMostDangerous: Bool) -> CoverNeed {
        let length = days ?? Int.max
        if length > coverAfterDays { return .all }
        return holdingMostDangerous && length > urgentCoverAfterDays ? .mostDangerous : .none
    }

    /// Whether an Approved Premises officer's high-risk share is within the limit without the high-risk cases living
    /// in their Approved Premises: over only because of the AP's throughput, which explains it.
    public func residentsExplain(highRisk: Int, residentsHighRisk: Int, cases: Int) -> Bool {
        highRiskStanding(highRisk: highRisk - residentsHighRisk, cases: cases) != .over
    }

    /// Whether a share of this many cases is counted out of more cases than there are, so that the counted share
    /// differs from the plain one and both must be shown.
    public func countsShareOverFloor(cases: Int) -> Bool { cases > 0 && cases < shareFloor }

    /// The high-risk share as a change, honest where it is counted out of the floor: "17.1% → 19.0% high risk", or
    /// "1 of 3 → 2 of 4 high risk (10.0% → 20.0% counted out of at least 10 cases)".
    public func shareChangeWords(_ before: Workload, _ after: Workload) -> String {
        let counted = "\(formatDecimal(highRiskPercent(of: before)))% → \(formatDecimal(highRiskPercent(of: after)))%"
        guard countsShareOverFloor(cases: before.cases) || countsShareOverFloor(cases: after.cases) else { return counted + " high risk" }
        return "\(before.highRisk) of \(before.cases) → \(after.highRisk) of \(after.cases) high risk (\(counted) counted out of at least \(shareFloor) cases)"
    }

    /// Whether an officer holding `workload` with this caseload limit is at or past the near threshold of either limit.
    public func isNear(_ workload: Workload, caseLimit: Int) -> Bool {
        caseStanding(cases: workload.cases, limit: caseLimit) != .within || highRiskStanding(highRisk: workload.highRisk, cases: workload.cases) != .within
    }

    public var maxHighRiskPercent: Double { Double(maxHighRiskHundredths) / 100 }
    public var near: Double { Double(nearThousandths) / 1000 }

    /// The caseload limit for a full-time share: maxCases × fte, rounded down (fte 0.5 of 50 gives 25).
    public func caseLimit(for fte: FTE) -> Int {
        maxCases * fte.millionths / 1_000_000
    }

    /// The caseload limit for an officer: `floor(maxCases × fte × (1 − reduction))`, with the reductions in force.
    public func caseLimit(for officer: Officer) -> Int {
        maxCases * officer.fte.millionths * (1_000_000 - officer.reductionMillionths) / 1_000_000_000_000
    }

    /// The number of cases a high-risk share is counted out of: the caseload, or the share floor if that is larger.
    public func shareBase(cases: Int) -> Int { max(cases, shareFloor) }

    /// The high-risk share as a percentage, `high ÷ max(cases, share floor)`: the one share every output shows.
    public func highRiskPercent(highRisk: Int, cases: Int) -> Double {
        let base = shareBase(cases: cases)
        return base == 0 ? 0 : Double(highRisk) * 100 / Double(base)
    }

    /// The high-risk share of a workload as a percentage; see `highRiskPercent(highRisk:cases:)`.
    public func highRiskPercent(of workload: Workload) -> Double {
        highRiskPercent(highRisk: workload.highRisk, cases: workload.cases)
    }

    /// Where a caseload stands against a limit: over strictly above it, near from `near` × limit up to it.
    public func caseStanding(cases: Int, limit: Int) -> Standing {
        if cases > limit { return .over }
        if cases > 0 && cases * 1000 >= nearThousandths * limit { return .near }
        return .within
    }

    /// Where a high-risk share stands against the limit, compared exactly: 20.0% is near, 20.1% over.
    ///
    /// The share is counted out of at least `shareFloor` cases: with the default 10, one high-risk case of one
    /// is 10% and within; 2 of 3 is 20.0%, at the limit; 3 of 9 is 30%, over.
    public func highRiskStanding(highRisk: Int, cases: Int) -> Standing {
        let base = shareBase(cases: cases)
        guard base > 0, highRisk > 0 else { return .within }
        let share = highRisk * 10_000
        if share > maxHighRiskHundredths * base { return .over }
        if share * 1000 >= nearThousandths * maxHighRiskHundredths * base { return .near }
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

/// Which of an absent officer's cases need cover.
public enum CoverNeed: Sendable {
    case none
    /// Only the very high risk and level 3 ones: the shorter period has passed, the longer not.
    case mostDangerous
    case all

    /// Why, in words: "more than 14 days", "more than 2 days with very high risk or level 3 cases"; nil for none.
    public func reason(_ limits: Limits) -> String? {
        switch self {
        case .none: nil
        case .mostDangerous: "more than \(limits.urgentCoverAfterDays) days with very high risk or level 3 cases"
        case .all: "more than \(limits.coverAfterDays) days"
        }
    }

    /// How many of a workload's cases it reaches.
    public func cases(of workload: Workload) -> Int {
        switch self {
        case .none: 0
        case .mostDangerous: workload.mostDangerous
        case .all: workload.cases
        }
    }
}
