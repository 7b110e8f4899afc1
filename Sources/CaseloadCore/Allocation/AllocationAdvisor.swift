/// Ranks officers for cases by the hard rules and soft preferences, against the force as it stands.
public struct AllocationAdvisor: Sendable {
    public let limits: Limits
    public private(set) var officers: [Officer]
    public private(set) var workloads: [Workload]
    /// Allocations in the last `Preference.recentDays` days, per officer, in the order of `officers`.
    public private(set) var recent: [Int]
    /// High-risk cases living in an Approved Premises, per officer, for the AP officer's exception to the hold.
    private var residentsHighRisk: [Int]
    private let index: [OfficerID: Int]

    /// An advisor for the force as it stands on `today`; recent allocations are read from `allocated_on`, and cover
    /// started in the same days counts as new work for whoever covers.
    public init(force: Force, limits: Limits, today: Day) {
        self.init(force: force, workloads: force.workloads(), limits: limits, today: today)
    }

    /// An advisor given each officer's counts already worked out, in the order of `force.officers`.
    public init(force: Force, workloads: [Workload], limits: Limits, today: Day) {
        self.limits = limits
        officers = force.officers
        self.workloads = workloads
        var index: [OfficerID: Int] = [:]
        for (position, officer) in officers.enumerated() { index[officer.id] = position }
        self.index = index
        let since = today.adding(days: -Preference.recentDays)
        var recent = [Int](repeating: 0, count: force.officers.count)
        var residents = [Int](repeating: 0, count: force.officers.count)
        for offender in force.cases where offender.isHighRiskResident {
            if let position = offender.officerID.flatMap({ index[$0] }) { residents[position] += 1 }
        }
        residentsHighRisk = residents
        for offender in force.cases {
            guard let officerID = offender.officerID, let day = offender.allocatedOn, day > since, day <= today,
                let position = index[officerID]
            else { continue }
            recent[position] += 1
        }
        for cover in force.covers where cover.from > since && cover.from <= today {
            if let position = index[cover.coveringID] { recent[position] += 1 }
        }
        self.recent = recent
    }

    /// The position of an officer in `officers`.
    public func position(of officerID: OfficerID) -> Int? { index[officerID] }

    /// The officers ranked for the case (best first, ties by officer_id), the best `limit` of them with their reasons
    /// (all when nil), and every officer excluded, with why.
    ///
    /// Officers are ranked by `score`, which gives the same points as `candidate` without the words, so that
    /// reasons are written only for the officers shown.
    public func suggest(for offender: Case, limit: Int? = nil) -> Suggestion {
        var ranked: [(score: Int, position: Int)] = []
        var excluded: [Exclusion] = []
        for position in officers.indices where officers[position].id != offender.officerID {
            let rules = brokenRules(offender, position)
            if rules.isEmpty {
                ranked.append((score(offender, position), position))
            } else {
                excluded.append(exclusion(position, rules))
            }
        }
        let better: ((score: Int, position: Int), (score: Int, position: Int)) -> Bool = { a, b in
            a.score != b.score ? a.score > b.score : officers[a.position].id < officers[b.position].id
        }
        ranked.sort(by: better)
        excluded.sort { $0.officer.id < $1.officer.id }
        return Suggestion(
            offender: offender, candidates: ranked.prefix(limit ?? ranked.count).map { candidate(offender, $0.position) }, excluded: excluded,
            eligibleCount: ranked.count)
    }

    /// The hard rules giving the case to the officer at `position` would break.
    public func brokenRules(_ offender: Case, _ position: Int) -> [HardRule] {
        HardRule.broken(
            giving: offender, to: officers[position], buddy: buddy(of: position), holding: workloads[position], limits: limits,
            residentsHighRisk: residentsHighRisk[position])
    }

    /// The buddy of the officer at `position`, as they stand; nil when none is recorded or they are not in the force.
    public func buddy(of position: Int) -> Officer? {
        officers[position].buddyID.flatMap { index[$0] }.map { officers[$0] }
    }

    /// An officer who may not take a case, with the rules and what they hold, for the words.
    public func exclusion(_ position: Int, _ rules: [HardRule]) -> Exclusion {
        Exclusion(officer: officers[position], buddy: buddy(of: position), rules: rules, holding: workloads[position], limits: limits)
    }

    /// The officer's score and reasons for the case; call only where no hard rule is broken.
    public func candidate(_ offender: Case, _ position: Int) -> Candidate {
        let officer = officers[position]
        let before = workloads[position]
        var after = before
        after.add(offender)
        let caseLimit = limits.caseLimit(for: officer)
        let reasons = Preference.allCases.compactMap { preference -> Reason? in
            let points = points(preference, offender, position, after: after)
            guard points > 0 || preference == .buddy && Self.buddySupports(officer, on: offender) else { return nil }
            return Reason(preference: preference, points: points, detail: detail(preference, offender, position, after: after, caseLimit: caseLimit))
        }
        return Candidate(officer: officer, score: reasons.reduce(0) { $0 + $1.points }, reasons: reasons, before: before, after: after, limits: limits)
    }

    /// The officer's score for the case, as `candidate` gives it, without the words: for ranking many officers.
    public func score(_ offender: Case, _ position: Int) -> Int {
        var after = workloads[position]
        after.add(offender)
        return Preference.allCases.reduce(0) { $0 + points($1, offender, position, after: after) }
    }

    /// The points one preference gives the officer at `position` for the case; `after` is their workload with it.
    func points(_ preference: Preference, _ offender: Case, _ position: Int, after: Workload) -> Int {
        let officer = officers[position]
        let applies: Bool
        switch preference {
        case .trainedForHighRisk:
            applies = offender.risk.isHigh && officer.mosovo == .trained
        case .sameTeam:
            applies = officer.team == offender.team
        case .heldBefore:
            applies = offender.previousOfficerID == officer.id
        case .daSpecialist:
            applies = offender.domesticAbuse && officer.daSpecialist && officer.team == offender.team
        case .approvedPremises:
            applies = offender.location == .approvedPremises && officer.approvedPremises
        case .headroom:
            return headroomPoints(after: after, caseLimit: limits.caseLimit(for: officer))
        case .fewRecentAllocations:
            return max(0, preference.maximumPoints - Preference.pointsLostPerRecentAllocation * recent[position])
        case .buddy:
            return 0
        }
        return applies ? preference.maximumPoints : 0
    }

    /// Why a preference applies, in words true of the officer's figures after the allocation.
    func detail(_ preference: Preference, _ offender: Case, _ position: Int, after: Workload, caseLimit: Int) -> String {
        switch preference {
        case .trainedForHighRisk:
            return "MOSOVO trained, for a high-risk case"
        case .sameTeam:
            return "same team (\(officers[position].team))"
        case .heldBefore:
            return "held this offender before"
        case .daSpecialist:
            return "the team's DA specialist"
        case .approvedPremises:
            return "lives in the Approved Premises they run"
        case .headroom:
            let resident = offender.location == .approvedPremises && officers[position].approvedPremises
            return headroomWords(after: after, caseLimit: caseLimit, residentOfTheirAP: resident)
        case .fewRecentAllocations:
            let count = recent[position]
            return count == 0
                ? "no allocations in the last \(Preference.recentDays) days"
                : "\(count) allocation\(count == 1 ? "" : "s") in the last \(Preference.recentDays) days"
        case .buddy:
            let officer = officers[position]
            let course = officer.mosovoCourseOn.map { "their MOSOVO course on \($0)" } ?? "their MOSOVO course (no place booked yet)"
            return "supported by their buddy \(officer.buddyID ?? "") until \(course)"
        }
    }

    /// Whether the officer is awaiting the MOSOVO course with a buddy, and the case is one they may take: MAPPA level 1.
    static func buddySupports(_ officer: Officer, on offender: Case) -> Bool {
        officer.mosovo != .trained && !(officer.buddyID ?? "").isEmpty && offender.mappa?.level == 1
    }

    /// The room left on both limits after an allocation, in words: "room for 6 more cases; 17.1% high risk, under the 20% limit".
    ///
    /// Over on high risk, a case living in the officer's own Approved Premises says why it may go to them all the same
    /// (Surrey ¶6.3: AP residents stay with the AP officer), so a plan never reads as breaking the 20% unexplained.
    func headroomWords(after: Workload, caseLimit: Int, residentOfTheirAP: Bool) -> String {
        let room = caseLimit - after.cases
        let cases = room > 0 ? "room for \(room) more case\(room == 1 ? "" : "s") after it" : "at the caseload limit of \(caseLimit) after it"
        let limitText = formatFixedPoint(limits.maxHighRiskHundredths, places: 2) + "%"
        let share = formatDecimal(limits.highRiskPercent(of: after), distinctFrom: limits.maxHighRiskPercent)
        let used = after.highRisk * 10_000
        let allowed = limits.maxHighRiskHundredths * limits.shareBase(cases: after.cases)
        let counted = limits.countsShareOverFloor(cases: after.cases)
            ? " (\(after.highRisk) of \(after.cases), counted out of at least \(limits.shareFloor) cases)" : ""
        let apException = residentOfTheirAP ? " (allowed: AP residents stay with their AP officer)" : ""
        let risk = used > allowed ? "\(share)% high risk\(counted), over the \(limitText) limit\(apException)"
            : used == allowed ? "at the \(limitText) high-risk limit\(counted)"
            : "\(share)% high risk\(counted), under the \(limitText) limit"
        return "\(cases); \(risk)"
    }

    /// Points for the room left on both limits after the allocation, in whole points, rounded down.
    func headroomPoints(after: Workload, caseLimit: Int) -> Int {
        let casePoints = caseLimit <= 0 ? 0 : max(0, caseLimit - after.cases) * Preference.caseHeadroomPoints / caseLimit
        let allowed = limits.maxHighRiskHundredths * limits.shareBase(cases: after.cases)
        let used = after.highRisk * 10_000
        let riskPoints = allowed <= 0 ? Preference.highRiskHeadroomPoints : max(0, allowed - used) * Preference.highRiskHeadroomPoints / allowed
        return casePoints + riskPoints
    }

    /// Takes back a case a proposal had given an officer: their counts and their intake for the week as before it.
    public mutating func withdraw(_ offender: Case, from officerID: OfficerID) {
        guard let position = index[officerID] else { return }
        workloads[position].remove(offender)
        recent[position] -= 1
        if offender.isHighRiskResident { residentsHighRisk[position] -= 1 }
    }

    /// Records that a case has gone to an officer (or left one), so later advice sees it.
    public mutating func record(_ offender: Case, from: OfficerID?, to: OfficerID?) {
        if let from, let position = index[from] {
            workloads[position].remove(offender)
            if offender.isHighRiskResident { residentsHighRisk[position] -= 1 }
        }
        if let to, let position = index[to] {
            workloads[position].add(offender)
            recent[position] += 1
            if offender.isHighRiskResident { residentsHighRisk[position] += 1 }
        }
    }
}
