/// One existing case moved from one officer to another.
public struct Move: Hashable, Sendable {
    public let item: Case
    public let from: Officer
    public let to: Officer
    public let reasons: [Reason]
}

/// The moves that bring officers within the limits, and the officers no move could bring within.
public struct RebalancePlan: Hashable, Sendable {
    public let moves: [Move]
    /// Officers still over a limit after the moves, with their flags then.
    public let leftOver: [OfficerFigures]
}

/// Finds few transfers of existing cases that bring every officer within both limits, breaking no hard rule.
///
/// Each officer over a limit gives up the fewest cases that bring them within it: high-risk cases when
/// they are over the high-risk limit, otherwise whichever cases were allocated most recently, since the
/// least relationship has been built there. Officers over the caseload limit go first, and their low-risk
/// cases go by preference to officers over the high-risk limit, whose share each one lowers, so one move
/// can mend two officers. Every case goes to the best-ranked officer it may go to (same team scores
/// highest), never taking the receiver over a limit, and never taking the giver over the high-risk limit.
public struct Rebalancer: Sendable {
    let force: Force
    let limits: Limits
    let today: Day

    public init(force: Force, limits: Limits, today: Day) {
        self.force = force
        self.limits = limits
        self.today = today
    }

    public func plan() -> RebalancePlan {
        var advisor = AllocationAdvisor(force: force, limits: limits, today: today)
        var held: [Int: [Case]] = [:]
        for item in force.cases {
            guard let officerID = item.officerID, let position = advisor.position(of: officerID) else { continue }
            held[position, default: []].append(item)
        }
        let figures = force.figures(limits: limits).officers
        let donors = figures.indices
            .filter { figures[$0].caseStanding == .over || figures[$0].highRiskStanding == .over }
            .sorted { (figures[$0].caseStanding == .over ? 0 : 1, figures[$0].officer.id) < (figures[$1].caseStanding == .over ? 0 : 1, figures[$1].officer.id) }
        var moves: [Move] = []
        for donor in donors {
            var cases = (held[donor] ?? []).sorted(by: Self.mostRecentFirst)
            while let move = nextMove(from: donor, cases: cases, advisor: advisor) {
                advisor.record(move.item, from: move.from.id, to: move.to.id)
                cases.removeAll { $0.id == move.item.id }
                moves.append(move)
            }
        }
        let leftOver = advisor.officers.indices.compactMap { position -> OfficerFigures? in
            let figures = OfficerFigures(officer: advisor.officers[position], workload: advisor.workloads[position], limits: limits)
            return figures.flags.contains(.overCases) || figures.flags.contains(.overHighRisk) ? figures : nil
        }
        return RebalancePlan(moves: moves, leftOver: leftOver)
    }

    /// The next case the donor should give up and where it goes, or nil when they are within or nothing can move.
    func nextMove(from donor: Int, cases: [Case], advisor: AllocationAdvisor) -> Move? {
        let workload = advisor.workloads[donor]
        let officer = advisor.officers[donor]
        let overCases = limits.caseStanding(cases: workload.cases, limit: limits.caseLimit(for: officer.fte)) == .over
        let overHighRisk = limits.highRiskStanding(highRisk: workload.highRisk, cases: workload.cases) == .over
        guard overCases || overHighRisk else { return nil }
        for item in cases where !overHighRisk || item.risk.isHigh {
            var after = workload
            after.remove(item)
            if !overHighRisk && limits.highRiskStanding(highRisk: after.highRisk, cases: after.cases) == .over { continue }
            guard let receiver = bestReceiver(for: item, excluding: donor, advisor: advisor) else { continue }
            return Move(item: item, from: officer, to: receiver.officer, reasons: receiver.reasons)
        }
        return nil
    }

    /// The best officer who may take the case: officers over the high-risk limit first for a low-risk case, then by score.
    func bestReceiver(for item: Case, excluding donor: Int, advisor: AllocationAdvisor) -> Candidate? {
        var best: (helps: Int, score: Int, position: Int)?
        for position in advisor.officers.indices where position != donor && advisor.brokenRules(item, position).isEmpty {
            let workload = advisor.workloads[position]
            let helps = !item.risk.isHigh && limits.highRiskStanding(highRisk: workload.highRisk, cases: workload.cases) == .over ? 1 : 0
            let score = advisor.score(item, position)
            if let current = best,
                (helps, score, advisor.officers[current.position].id) <= (current.helps, current.score, advisor.officers[position].id)
            {
                continue
            }
            best = (helps, score, position)
        }
        return best.map { advisor.candidate(item, $0.position) }
    }

    /// Most recently allocated first (least relationship built); cases with no date last; then by id.
    static func mostRecentFirst(_ a: Case, _ b: Case) -> Bool {
        switch (a.allocatedOn, b.allocatedOn) {
        case let (dayA?, dayB?) where dayA != dayB: return dayA > dayB
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.id < b.id
        }
    }
}
