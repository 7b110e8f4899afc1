/// One existing case moved from one officer to another.
public struct Move: Hashable, Sendable {
    public let item: Case
    public let from: Officer
    public let to: Officer
    public let reasons: [Reason]
}

/// The moves that bring officers within the limits and L2/L3 cases into trained hands, and who is still not.
public struct RebalancePlan: Hashable, Sendable {
    public let moves: [Move]
    /// Officers still over a limit or holding a case they may not after the moves, with their figures then.
    public let leftOver: [OfficerFigures]
    /// Approved Premises officers still over a limit only because the cases that could bring them within live in
    /// their Approved Premises, which never leave them: explained, not a failure.
    public let explained: [OfficerFigures]
}

/// Finds the fewest transfers of existing cases that bring every officer within both limits and every MAPPA
/// level 2 or 3 case into MOSOVO-trained hands, breaking no hard rule.
///
/// Cases move only away from officers over a limit or breaking a rule, and never to an officer who was over a
/// limit at the start (seed 000, §3.8.16: no new offenders to them), unavailable, or untrained for a level 2
/// or 3 case. A case living in an Approved Premises never leaves the Approved Premises officer who holds it.
///
/// First every level 2 or 3 case held by an untrained officer moves: those moves are needed whatever else
/// happens. Then each officer over a limit gives up the fewest cases that bring them within both, worked out
/// from their counts: x high-risk and y other cases, the smallest x + y that leaves them within, and of those
/// the fewest high-risk cases (a high-risk offender keeps their officer where the limits allow). Within each
/// kind, the most recently allocated case goes first (the least relationship built), each to its best-ranked
/// officer, which is in the same team where one may take it. Donors never receive, so each donor's count is
/// the least possible for them, and the total is the least possible whenever every donor is brought within.
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
        var held = [[Case]](repeating: [], count: advisor.officers.count)
        for item in force.cases {
            guard let officerID = item.officerID, let position = advisor.position(of: officerID) else { continue }
            held[position].append(item)
        }
        for position in held.indices { held[position].sort(by: Self.mostRecentFirst) }
        let start = advisor.officers.indices.map { OfficerFigures(officer: advisor.officers[$0], workload: advisor.workloads[$0], limits: limits) }
        let closed = Set(start.indices.filter { start[$0].isOverALimit })
        var moves: [Move] = []

        for donor in start.indices where start[donor].has(.untrainedL2L3) {
            for item in held[donor] where item.mappa?.needsTrainedOfficer == true {
                guard let move = move(item, from: donor, advisor: advisor, closed: closed) else { continue }
                advisor.record(item, from: move.from.id, to: move.to.id)
                held[donor].removeAll { $0.id == item.id }
                moves.append(move)
            }
        }
        let overDonors = closed.sorted { (start[$0].caseStanding == .over ? 0 : 1, start[$0].officer.id) < (start[$1].caseStanding == .over ? 0 : 1, start[$1].officer.id) }
        for donor in overDonors {
            var unplaceable = Set<String>()
            while let need = need(of: donor, holding: held[donor], advisor: advisor, leavingOut: unplaceable), need.high + need.other > 0 {
                let wantHigh = need.high > 0
                let kind = held[donor].filter { movable($0, from: donor, advisor: advisor) && !unplaceable.contains($0.id) && $0.risk.isHigh == wantHigh }
                var moved = false
                for item in kind {
                    guard let move = move(item, from: donor, advisor: advisor, closed: closed) else {
                        unplaceable.insert(item.id)
                        continue
                    }
                    advisor.record(item, from: move.from.id, to: move.to.id)
                    held[donor].removeAll { $0.id == item.id }
                    moves.append(move)
                    moved = true
                    break
                }
                if !moved && kind.isEmpty { break }
            }
        }

        var leftOver: [OfficerFigures] = []
        var explained: [OfficerFigures] = []
        for position in advisor.officers.indices {
            let figures = OfficerFigures(officer: advisor.officers[position], workload: advisor.workloads[position], limits: limits)
            guard figures.isOverALimit || figures.has(.untrainedL2L3) else { continue }
            let keptOverByResidents = figures.officer.approvedPremises && !figures.has(.untrainedL2L3)
                && need(of: position, holding: held[position], advisor: advisor, leavingOut: []) == nil
            if keptOverByResidents { explained.append(figures) } else { leftOver.append(figures) }
        }
        return RebalancePlan(moves: moves, leftOver: leftOver, explained: explained)
    }

    /// How many high-risk and other cases the donor must still give up to be within both limits, the fewest in
    /// all and then the fewest high-risk; nil when no number of the cases they may give up would do.
    func need(of donor: Int, holding cases: [Case], advisor: AllocationAdvisor, leavingOut unplaceable: Set<String>) -> (high: Int, other: Int)? {
        let workload = advisor.workloads[donor]
        let caseLimit = limits.caseLimit(for: advisor.officers[donor])
        var highAvailable = 0
        var otherAvailable = 0
        for item in cases where movable(item, from: donor, advisor: advisor) && !unplaceable.contains(item.id) {
            if item.risk.isHigh { highAvailable += 1 } else { otherAvailable += 1 }
        }
        for total in 0...(highAvailable + otherAvailable) {
            for high in 0...min(total, highAvailable) where total - high <= otherAvailable {
                let cases = workload.cases - total
                if cases <= caseLimit && limits.highRiskStanding(highRisk: workload.highRisk - high, cases: cases) != .over {
                    return (high, total - high)
                }
            }
        }
        return nil
    }

    /// Whether rebalancing may move the case away from the donor: not while it lives in the donor's Approved Premises.
    func movable(_ item: Case, from donor: Int, advisor: AllocationAdvisor) -> Bool {
        !(item.location == .approvedPremises && advisor.officers[donor].approvedPremises)
    }

    /// The case moved to its best-ranked officer who may take it and was not over a limit at the start, or nil.
    func move(_ item: Case, from donor: Int, advisor: AllocationAdvisor, closed: Set<Int>) -> Move? {
        var best: (score: Int, position: Int)?
        for position in advisor.officers.indices where position != donor && !closed.contains(position) && advisor.brokenRules(item, position).isEmpty {
            let score = advisor.score(item, position)
            if let current = best, (score, advisor.officers[current.position].id) <= (current.score, advisor.officers[position].id) { continue }
            best = (score, position)
        }
        guard let best else { return nil }
        let candidate = advisor.candidate(item, best.position)
        return Move(item: item, from: advisor.officers[donor], to: candidate.officer, reasons: candidate.reasons)
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
