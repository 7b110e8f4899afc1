/// The counts of what one officer (or a team, or a force) holds.
///
/// Stored as 32-bit counts, 44 bytes instead of 88: counting a million cases adds each one into one of 25,000
/// officers' workloads in no particular order, and half the size keeps far more of them in the processor's cache.
/// A count cannot reach 2^31: a file holds at most 1 GB, and a case row takes more than one byte.
public struct Workload: Hashable, Sendable {
    private var counts = Counts()

    public init() {}

    public var low: Int { get { Int(counts.low) } set { counts.low = Int32(newValue) } }
    public var medium: Int { get { Int(counts.medium) } set { counts.medium = Int32(newValue) } }
    public var high: Int { get { Int(counts.high) } set { counts.high = Int32(newValue) } }
    public var veryHigh: Int { get { Int(counts.veryHigh) } set { counts.veryHigh = Int32(newValue) } }
    public var community: Int { get { Int(counts.community) } set { counts.community = Int32(newValue) } }
    public var custody: Int { get { Int(counts.custody) } set { counts.custody = Int32(newValue) } }
    public var approvedPremises: Int { get { Int(counts.approvedPremises) } set { counts.approvedPremises = Int32(newValue) } }
    public var hospital: Int { get { Int(counts.hospital) } set { counts.hospital = Int32(newValue) } }
    public var level2: Int { get { Int(counts.level2) } set { counts.level2 = Int32(newValue) } }
    public var level3: Int { get { Int(counts.level3) } set { counts.level3 = Int32(newValue) } }
    public var domesticAbuse: Int { get { Int(counts.domesticAbuse) } set { counts.domesticAbuse = Int32(newValue) } }

    private struct Counts: Hashable, Sendable {
        var low: Int32 = 0
        var medium: Int32 = 0
        var high: Int32 = 0
        var veryHigh: Int32 = 0
        var community: Int32 = 0
        var custody: Int32 = 0
        var approvedPremises: Int32 = 0
        var hospital: Int32 = 0
        var level2: Int32 = 0
        var level3: Int32 = 0
        var domesticAbuse: Int32 = 0
    }

    public var cases: Int { low + medium + high + veryHigh }
    /// Cases at risk `high` or `very_high`.
    public var highRisk: Int { high + veryHigh }
    public var level2Or3: Int { level2 + level3 }

    /// Counts one more case.
    public mutating func add(_ item: Case) { change(item.risk, item.location, item.mappa?.level, item.domesticAbuse, by: 1) }

    /// Counts one case fewer.
    public mutating func remove(_ item: Case) { change(item.risk, item.location, item.mappa?.level, item.domesticAbuse, by: -1) }

    /// Counts one more case from the fields that matter, for a caller that must not copy the case itself.
    mutating func add(_ risk: Risk, _ location: Location, _ mappaLevel: Int?, _ domesticAbuse: Bool) {
        change(risk, location, mappaLevel, domesticAbuse, by: 1)
    }

    private mutating func change(_ risk: Risk, _ location: Location, _ mappaLevel: Int?, _ domesticAbuse: Bool, by sign: Int32) {
        switch risk {
        case .low: counts.low += sign
        case .medium: counts.medium += sign
        case .high: counts.high += sign
        case .veryHigh: counts.veryHigh += sign
        }
        switch location {
        case .community: counts.community += sign
        case .custody: counts.custody += sign
        case .approvedPremises: counts.approvedPremises += sign
        case .hospital: counts.hospital += sign
        }
        switch mappaLevel {
        case 2: counts.level2 += sign
        case 3: counts.level3 += sign
        default: break
        }
        if domesticAbuse { counts.domesticAbuse += sign }
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
