/// A rule that no suggestion, plan or rebalance ever breaks, and `allocate` refuses to break without an override.
public enum HardRule: String, CaseIterable, Sendable {
    case onLeave = "on_leave"
    case untrainedForLevel2Or3 = "untrained_for_l2_l3"
    /// Already over the caseload limit: no new offenders until within (seed 000, §3.8.16).
    case alreadyOverCaseLimit = "already_over_case_limit"
    /// Already over the high-risk limit: no new offenders until within (seed 000, §3.8.16).
    case alreadyOverHighRiskLimit = "already_over_high_risk_limit"
    case overCaseLimit = "over_case_limit"
    case overHighRiskLimit = "over_high_risk_limit"
    /// An officer awaiting the MOSOVO course, or without it, takes a new case only while their buddy is recorded and
    /// available that day (Surrey's buddies, seed 000 §3.8.8).
    case noAvailableBuddy = "no_available_buddy"

    /// The rule in general words, true of any officer it stops: for a case no officer may take.
    public var explanation: String {
        switch self {
        case .onLeave: "on leave or absent"
        case .untrainedForLevel2Or3: "not MOSOVO trained, and the case is MAPPA level 2 or 3"
        case .alreadyOverCaseLimit: "already over the caseload limit, so no new cases until within it"
        case .alreadyOverHighRiskLimit: "already over the high-risk limit, so no new cases until within it"
        case .overCaseLimit: "would go over their caseload limit"
        case .overHighRiskLimit: "would go over the high-risk limit"
        case .noAvailableBuddy: "not MOSOVO trained, and no buddy available to support them"
        }
    }

    /// The rule in a few words, for a table column: "already over high risk".
    public var shortWords: String {
        switch self {
        case .onLeave: "on leave or absent"
        case .untrainedForLevel2Or3: "untrained for L2/L3"
        case .alreadyOverCaseLimit: "already over caseload"
        case .alreadyOverHighRiskLimit: "already over high risk"
        case .overCaseLimit: "over caseload"
        case .overHighRiskLimit: "over high risk"
        case .noAvailableBuddy: "no buddy available"
        }
    }

    /// The hard rules that giving `offender` to an officer with this workload would break; empty when it may go ahead.
    ///
    /// An officer already over a limit breaks that rule for every case, and is not also said to be taken over it.
    ///
    /// `buddy` is the officer's buddy as they stand that day, nil when none is recorded or they are not in the force.
    /// `residentsHighRisk` counts the high-risk cases of theirs living in an Approved Premises: an AP officer whose
    /// other high-risk cases alone are within the limit is over only because of the AP's throughput, and may still
    /// be given a case living in an Approved Premises.
    public static func broken(
        giving offender: Case, to officer: Officer, buddy: Officer?, holding workload: Workload, limits: Limits, residentsHighRisk: Int = 0
    ) -> [HardRule] {
        var rules: [HardRule] = []
        if !officer.isActive { rules.append(.onLeave) }
        if offender.mappa?.needsTrainedOfficer == true && !officer.mosovo.mayHoldLevel2Or3 { rules.append(.untrainedForLevel2Or3) }
        let caseLimit = limits.caseLimit(for: officer)
        let overCases = workload.cases > caseLimit
        let explainedResident = officer.approvedPremises && offender.location == .approvedPremises
            && limits.residentsExplain(highRisk: workload.highRisk, residentsHighRisk: residentsHighRisk, cases: workload.cases)
        let overHighRisk = !explainedResident && limits.highRiskStanding(highRisk: workload.highRisk, cases: workload.cases) == .over
        if overCases { rules.append(.alreadyOverCaseLimit) }
        if overHighRisk { rules.append(.alreadyOverHighRiskLimit) }
        if !overCases && workload.cases + 1 > caseLimit { rules.append(.overCaseLimit) }
        if !overHighRisk && !explainedResident && offender.risk.isHigh && limits.highRiskStanding(highRisk: workload.highRisk + 1, cases: workload.cases + 1) == .over {
            rules.append(.overHighRiskLimit)
        }
        if officer.mosovo != .trained && buddy?.isActive != true { rules.append(.noAvailableBuddy) }
        return rules
    }

    /// The rule in words with this officer's figures: "already over the high-risk limit: 22.9% > 20%".
    public func explanation(for officer: Officer, buddy: Officer?, holding workload: Workload, limits: Limits) -> String {
        let caseLimit = limits.caseLimit(for: officer)
        let limitPercent = formatFixedPoint(limits.maxHighRiskHundredths, places: 2) + "%"
        switch self {
        case .onLeave, .untrainedForLevel2Or3:
            return explanation
        case .noAvailableBuddy:
            return Self.buddyWords(officer.buddyID, buddy)
        case .alreadyOverCaseLimit:
            return "already over the caseload limit: \(workload.cases) > \(caseLimit) cases"
        case .alreadyOverHighRiskLimit:
            let share = formatDecimal(limits.highRiskPercent(of: workload), distinctFrom: limits.maxHighRiskPercent)
            return "already over the high-risk limit: \(share)% > \(limitPercent)"
        case .overCaseLimit:
            return "would go over the caseload limit: \(workload.cases + 1) > \(caseLimit) cases"
        case .overHighRiskLimit:
            let after = limits.highRiskPercent(highRisk: workload.highRisk + 1, cases: workload.cases + 1)
            return "would go over the high-risk limit: \(formatDecimal(after, distinctFrom: limits.maxHighRiskPercent))% > \(limitPercent)"
        }
    }

    /// The buddy's state in words, for an officer the buddy rule stops: "no buddy recorded to support them", or
    /// "their buddy OM11 is away until 2027-01-04".
    public static func buddyWords(_ buddyID: OfficerID?, _ buddy: Officer?) -> String {
        guard let buddyID, !buddyID.isEmpty else { return "no buddy recorded to support them" }
        guard let buddy else { return "their buddy \(buddyID) is not an officer of the force" }
        if buddy.status == .leave { return "their buddy \(buddyID) is on leave" }
        if buddy.absence != nil { return "their buddy \(buddyID) is away " + (buddy.awayUntil.map { "until \($0)" } ?? "with no end date") }
        return "their buddy \(buddyID) is available"
    }
}
