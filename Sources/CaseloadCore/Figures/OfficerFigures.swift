/// An officer with their counts, before any limit is applied; what a monthly snapshot keeps.
public struct OfficerWorkload: Hashable, Sendable {
    public var officer: Officer
    public var workload: Workload
    /// Cases they do the work of whose next risk review has passed, on the day the counts are for. Not a kept count:
    /// it changes with the day, not with the cases, so it is counted when the figures are read.
    public var reviewsOverdue = 0

    public init(officer: Officer, workload: Workload) {
        self.officer = officer
        self.workload = workload
    }
}

/// One officer's figures against the limits: the row of the Officers screen and the monthly view.
public struct OfficerFigures: Hashable, Sendable {
    public let officer: Officer
    public let workload: Workload
    /// The pro-rata caseload limit for this officer.
    public let caseLimit: Int
    public let caseStanding: Standing
    public let highRiskStanding: Standing
    /// The high-risk share as the limits count it: out of at least the share floor.
    public let highRiskPercent: Double
    /// In the order of `Flag.allCases`.
    public let flags: [Flag]
    /// Which of their cases need cover while they are away.
    public let coverNeed: CoverNeed
    /// Cases whose next risk review has passed.
    public let reviewsOverdue: Int
    /// An Approved Premises officer over on high risk only because of the high-risk residents of their AP, and not
    /// over on cases: the AP's throughput explains it (Surrey ¶6.3), so they are shown as explained.
    public let explainedByApprovedPremises: Bool
    /// The cases that need cover: all of them after `cover-after-days`, or only the very high risk and level 3 ones
    /// when only the shorter period has passed.
    public var casesNeedingCover: Int { workload.cases > 0 ? coverNeed.cases(of: workload) : 0 }

    /// `buddyAvailable` says whether the officer's buddy is available that day; nil judges by a buddy being recorded.
    public init(officer: Officer, workload: Workload, limits: Limits, buddyAvailable: Bool? = nil, reviewsOverdue: Int = 0) {
        self.officer = officer
        self.workload = workload
        self.reviewsOverdue = reviewsOverdue
        caseLimit = limits.caseLimit(for: officer)
        caseStanding = limits.caseStanding(cases: workload.cases, limit: caseLimit)
        highRiskStanding = limits.highRiskStanding(highRisk: workload.highRisk, cases: workload.cases)
        highRiskPercent = limits.highRiskPercent(of: workload)
        explainedByApprovedPremises = officer.approvedPremises && caseStanding != .over && highRiskStanding == .over
            && limits.residentsExplain(highRisk: workload.highRisk, residentsHighRisk: workload.highRiskResidents, cases: workload.cases)
        var flags: [Flag] = []
        switch caseStanding {
        case .over: flags.append(.overCases)
        case .near: flags.append(.nearCases)
        case .within: break
        }
        switch highRiskStanding {
        case .over: flags.append(.overHighRisk)
        case .near: flags.append(.nearHighRisk)
        case .within: break
        }
        if workload.level2Or3 > 0 && !officer.mosovo.mayHoldLevel2Or3 { flags.append(.untrainedL2L3) }
        let away = officer.status == .leave ? .some(nil) : officer.absence
        coverNeed = away.map { limits.coverNeed(absenceLasting: $0, holdingMostDangerous: workload.mostDangerous > 0) } ?? .none
        if coverNeed.cases(of: workload) > 0 { flags.append(.needsCover) }
        let supported = buddyAvailable ?? !(officer.buddyID ?? "").isEmpty
        if workload.cases > 0 && officer.mosovo != .trained && !supported { flags.append(.awaitingWithoutBuddy) }
        if reviewsOverdue > 0 { flags.append(.reviewsOverdue) }
        self.flags = flags
    }

    public var cases: Int { workload.cases }
    public var highRisk: Int { workload.highRisk }
    /// Over a limit or holding a case they may not: needs action, not just watching.
    public var isBreaching: Bool { flags.contains(where: \.isBreach) }
    /// Over either limit, so no new case may go to them (§3.8.16).
    public var isOverALimit: Bool { caseStanding == .over || highRiskStanding == .over }
    public func has(_ flag: Flag) -> Bool { flags.contains(flag) }
}
