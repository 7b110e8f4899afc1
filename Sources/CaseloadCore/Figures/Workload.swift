/// The counts of what one officer (or a team, or a force) holds, one for each `WorkloadCount`.
///
/// Kept as 32-bit counts in one fixed-size buffer indexed by `WorkloadCount`: 60 bytes instead of 120, so counting a
/// million cases into 25,000 officers' workloads in no particular order keeps far more of them in the processor's
/// cache, and every count is defined once, by the enumeration. A count cannot reach 2^31: a file holds at most
/// 1 GB, and a case row takes more than one byte.
public struct Workload: Hashable, Sendable {
    private var counts = InlineArray<15, Int32>(repeating: 0)

    public init() {}

    /// One count.
    public subscript(_ count: WorkloadCount) -> Int {
        get { Int(counts[count.rawValue]) }
        set { counts[count.rawValue] = Int32(newValue) }
    }

    public var low: Int { get { self[.low] } set { self[.low] = newValue } }
    public var medium: Int { get { self[.medium] } set { self[.medium] = newValue } }
    public var high: Int { get { self[.high] } set { self[.high] = newValue } }
    public var veryHigh: Int { get { self[.veryHigh] } set { self[.veryHigh] = newValue } }
    public var community: Int { get { self[.community] } set { self[.community] = newValue } }
    public var custody: Int { get { self[.custody] } set { self[.custody] = newValue } }
    public var approvedPremises: Int { get { self[.approvedPremises] } set { self[.approvedPremises] = newValue } }
    public var hospital: Int { get { self[.hospital] } set { self[.hospital] = newValue } }
    public var level2: Int { get { self[.level2] } set { self[.level2] = newValue } }
    public var level3: Int { get { self[.level3] } set { self[.level3] = newValue } }
    public var domesticAbuse: Int { get { self[.domesticAbuse] } set { self[.domesticAbuse] = newValue } }
    public var covering: Int { get { self[.covering] } set { self[.covering] = newValue } }
    public var underCover: Int { get { self[.underCover] } set { self[.underCover] = newValue } }

    public var cases: Int { low + medium + high + veryHigh }
    /// Cases at risk `high` or `very_high`.
    public var highRisk: Int { high + veryHigh }
    public var level2Or3: Int { level2 + level3 }
    /// Very high risk or level 3 cases (`Case.isMostDangerous`), each counted once.
    public var mostDangerous: Int { get { self[.mostDangerous] } set { self[.mostDangerous] = newValue } }
    /// High-risk cases living in an Approved Premises (`Case.isHighRiskResident`).
    public var highRiskResidents: Int { get { self[.highRiskResidents] } set { self[.highRiskResidents] = newValue } }

    /// Counts one more case.
    public mutating func add(_ offender: Case) { change(offender.risk, offender.location, offender.mappa?.level, offender.domesticAbuse, by: 1) }

    /// Counts one case fewer.
    public mutating func remove(_ offender: Case) { change(offender.risk, offender.location, offender.mappa?.level, offender.domesticAbuse, by: -1) }

    /// Counts one more case from the fields that matter, for a caller that must not copy the case itself.
    mutating func add(_ risk: Risk, _ location: Location, _ mappaLevel: Int?, _ domesticAbuse: Bool) {
        change(risk, location, mappaLevel, domesticAbuse, by: 1)
    }

    private mutating func change(_ risk: Risk, _ location: Location, _ mappaLevel: Int?, _ domesticAbuse: Bool, by sign: Int32) {
        switch risk {
        case .low: counts[WorkloadCount.low.rawValue] += sign
        case .medium: counts[WorkloadCount.medium.rawValue] += sign
        case .high: counts[WorkloadCount.high.rawValue] += sign
        case .veryHigh: counts[WorkloadCount.veryHigh.rawValue] += sign
        }
        switch location {
        case .community: counts[WorkloadCount.community.rawValue] += sign
        case .custody: counts[WorkloadCount.custody.rawValue] += sign
        case .approvedPremises: counts[WorkloadCount.approvedPremises.rawValue] += sign
        case .hospital: counts[WorkloadCount.hospital.rawValue] += sign
        }
        switch mappaLevel {
        case 2: counts[WorkloadCount.level2.rawValue] += sign
        case 3: counts[WorkloadCount.level3.rawValue] += sign
        default: break
        }
        if domesticAbuse { counts[WorkloadCount.domesticAbuse.rawValue] += sign }
        if risk == .veryHigh || mappaLevel == 3 { counts[WorkloadCount.mostDangerous.rawValue] += sign }
        if location == .approvedPremises && risk.isHigh { counts[WorkloadCount.highRiskResidents.rawValue] += sign }
    }

    public static func + (lhs: Workload, rhs: Workload) -> Workload {
        var sum = lhs
        for index in 0..<WorkloadCount.allCases.count { sum.counts[index] += rhs.counts[index] }
        return sum
    }

    public static func == (lhs: Workload, rhs: Workload) -> Bool {
        (0..<WorkloadCount.allCases.count).allSatisfy { lhs.counts[$0] == rhs.counts[$0] }
    }

    public func hash(into hasher: inout Hasher) {
        for index in 0..<WorkloadCount.allCases.count { hasher.combine(counts[index]) }
    }
}
