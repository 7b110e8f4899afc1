/// The counts of what one officer (or a team, or a force) holds.
public struct Workload: Hashable, Sendable {
    public var low = 0
    public var medium = 0
    public var high = 0
    public var veryHigh = 0
    public var community = 0
    public var custody = 0
    public var approvedPremises = 0
    public var hospital = 0
    public var level2 = 0
    public var level3 = 0
    public var domesticAbuse = 0

    public init() {}

    public var cases: Int { low + medium + high + veryHigh }
    /// Cases at risk `high` or `very_high`.
    public var highRisk: Int { high + veryHigh }
    public var level2Or3: Int { level2 + level3 }

    /// The high-risk share as a percentage; 0 for an empty caseload.
    public var highRiskPercent: Double {
        cases == 0 ? 0 : Double(highRisk) * 100 / Double(cases)
    }

    /// Counts one more case.
    public mutating func add(_ item: Case) { change(by: item, sign: 1) }

    /// Counts one case fewer.
    public mutating func remove(_ item: Case) { change(by: item, sign: -1) }

    private mutating func change(by item: Case, sign: Int) {
        switch item.risk {
        case .low: low += sign
        case .medium: medium += sign
        case .high: high += sign
        case .veryHigh: veryHigh += sign
        }
        switch item.location {
        case .community: community += sign
        case .custody: custody += sign
        case .approvedPremises: approvedPremises += sign
        case .hospital: hospital += sign
        }
        switch item.mappa?.level {
        case 2: level2 += sign
        case 3: level3 += sign
        default: break
        }
        if item.domesticAbuse { domesticAbuse += sign }
    }

    public static func + (lhs: Workload, rhs: Workload) -> Workload {
        var sum = lhs
        sum.low += rhs.low
        sum.medium += rhs.medium
        sum.high += rhs.high
        sum.veryHigh += rhs.veryHigh
        sum.community += rhs.community
        sum.custody += rhs.custody
        sum.approvedPremises += rhs.approvedPremises
        sum.hospital += rhs.hospital
        sum.level2 += rhs.level2
        sum.level3 += rhs.level3
        sum.domesticAbuse += rhs.domesticAbuse
        return sum
    }
}
