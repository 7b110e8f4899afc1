/// One existing case moved from one officer to another.
public struct Move: Hashable, Sendable {
    public let offender: Case
    public let from: Officer
    public let to: Officer
    public let reasons: [Reason]
}

/// An officer over a limit, and so on hold: no new offenders until within (Surrey's mitigation, "not allocating
/// new offenders to them in the ongoing cycle of distribution").
public struct OnHold: Hashable, Sendable {
    public let figures: OfficerFigures
    /// Over on high risk only because of cases living in their Approved Premises, whose throughput Surrey names as the
    /// reason AP officers skew: their other high-risk cases alone are within the limit. Explained, not churned.
    public let explainedByApprovedPremises: Bool
    /// Over only because a reduction shrinks their limit, and the day it ends; nil otherwise.
    public let reductionEnds: Day?
    /// The day the hold alone brings them within both limits, as their cases end (`ends_on`); nil when the cases'
    /// ending dates do not get them there.
    public let withinOn: Day?

    /// How far over, in words: "3 cases over the limit of 50; 24.0% high risk against 20%".
    public var howFarOver: String {
        var parts: [String] = []
        if figures.caseStanding == .over { parts.append("\(figures.cases - figures.caseLimit) case\(figures.cases - figures.caseLimit == 1 ? "" : "s") over the limit of \(figures.caseLimit)") }
        if figures.highRiskStanding == .over { parts.append("\(formatDecimal(figures.highRiskPercent))% high risk") }
        return parts.joined(separator: "; ")
    }

    /// Why they are over, where something other than too much work explains it; nil when nothing does.
    public var explanation: String? {
        if explainedByApprovedPremises { return "Approved Premises residents" }
        return reductionEnds.map { "a reduction ending on \($0)" }
    }
}

/// The mitigation: who is on hold and why, the transfers the rules require, and, when asked for, the fewest transfers
/// for volume and risk; and who is still not within after them.
public struct RebalancePlan: Hashable, Sendable {
    public let moves: [Move]
    /// Every officer over a limit at the start, each with how far over, what explains it and when the hold alone ends it.
    public let onHold: [OnHold]
    /// Officers still holding a case they may not after the moves, and, when transfers were asked for, still over a
    /// limit with nothing to explain it; with their figures then.
    public let leftOver: [OfficerFigures]
    /// With transfers: Approved Premises officers still over a limit only because the cases that could bring them
    /// within live in their Approved Premises, which never leave them, or are the most dangerous, kept unless asked.
    public let explained: [OfficerFigures]
}

/// Mitigation, not churn: by default only the transfers the rules require, and every officer on hold listed.
///
/// Surrey keeps offenders with the officers who know them ("we aim not to reallocate offenders unnecessarily") and
/// mitigates an excessive workload by holding it: no new offenders until within. So the plan lists every officer over
/// a limit with how far over, what explains it (Approved Premises throughput, or a reduction that ends), and the day
/// the hold alone brings them within as their cases end. The only moves it makes unasked are those the rules require:
/// every MAPPA level 2 or 3 case held by an untrained officer goes to a trained one (Recommendation 18).
///
/// With `transfers`, it adds the fewest moves that bring the officers still over within, from those not explained
/// and not brought within by holding alone before the end of the weeks ahead (`aheadDays`):
/// never a case living in an Approved Premises away from its AP officer, never a very high risk or level 3 offender
/// unless `includeVeryHigh`, never to an officer on hold, and never taking a receiver past the near threshold while
/// another eligible officer is below it. For each donor it works out from their counts the fewest cases to give up,
/// of those the fewest high-risk; within each kind the most recently allocated go first (the least relationship built).
public struct Rebalancer: Sendable {
    let force: Force
    let limits: Limits
    let today: Day
    let transfers: Bool
    let includeVeryHigh: Bool

    /// The weeks ahead `caseload ahead` looks at by default, in days: an officer whose cases' ends bring them within
    /// by then is held, not relieved by transfers.
    public static let aheadDays = 12 * 7

    public init(force: Force, limits: Limits, today: Day, transfers: Bool = false, includeVeryHigh: Bool = false) {
        self.force = force
        self.limits = limits
        self.today = today
        self.transfers = transfers
        self.includeVeryHigh = includeVeryHigh
    }

    public func plan() -> RebalancePlan {
        var advisor = AllocationAdvisor(force: force, limits: limits, today: today)
        var held = [[Case]](repeating: [], count: advisor.officers.count)
        let covered = force.coveringOfficers
        for offender in force.cases where covered[offender.id] == nil {
            guard let officerID = offender.officerID, let position = advisor.position(of: officerID) else { continue }
            held[position].append(offender)
        }
        for position in held.indices { held[position].sort(by: Self.mostRecentFirst) }
        let start = advisor.officers.indices.map { OfficerFigures(officer: advisor.officers[$0], workload: advisor.workloads[$0], limits: limits) }
        let closed = Set(start.indices.filter { start[$0].isOverALimit })
        let holds = closed.sorted { start[$0].officer.id < start[$1].officer.id }.map { onHold($0, start[$0], held[$0], advisor: advisor) }
        let horizon = today.adding(days: Self.aheadDays)
        let explainedDonors = Set(holds.filter { $0.explanation != nil || $0.withinOn.map { $0 <= horizon } == true }.map(\.figures.officer.id))
        var moves: [Move] = []

        for donor in start.indices where start[donor].has(.untrainedL2L3) {
            for offender in held[donor] where offender.mappa?.needsTrainedOfficer == true {
                guard let move = move(offender, from: donor, advisor: advisor, closed: closed) else { continue }
                advisor.record(offender, from: move.from.id, to: move.to.id)
                held[donor].removeAll { $0.id == offender.id }
                moves.append(move)
            }
        }
        let overDonors = transfers ? closed.filter { !explainedDonors.contains(start[$0].officer.id) }
            .sorted { (start[$0].caseStanding == .over ? 0 : 1, start[$0].officer.id) < (start[$1].caseStanding == .over ? 0 : 1, start[$1].officer.id) } : []
        for donor in overDonors {
            var unplaceable = Set<CaseID>()
            while let need = need(of: donor, holding: held[donor], advisor: advisor, leavingOut: unplaceable), need.high + need.other > 0 {
                let wantHigh = need.high > 0
                let candidates = held[donor].filter { movable($0, from: donor, advisor: advisor) && !unplaceable.contains($0.id) && $0.risk.isHigh == wantHigh }
                var moved = false
                for offender in candidates {
                    guard let move = move(offender, from: donor, advisor: advisor, closed: closed) else {
                        unplaceable.insert(offender.id)
                        continue
                    }
                    advisor.record(offender, from: move.from.id, to: move.to.id)
                    held[donor].removeAll { $0.id == offender.id }
                    moves.append(move)
                    moved = true
                    break
                }
                if !moved && candidates.isEmpty { break }
            }
        }

        var leftOver: [OfficerFigures] = []
        var explained: [OfficerFigures] = []
        for position in advisor.officers.indices {
            let figures = OfficerFigures(officer: advisor.officers[position], workload: advisor.workloads[position], limits: limits)
            let heldWithin = explainedDonors.contains(figures.officer.id) && !figures.officer.approvedPremises
            guard figures.has(.untrainedL2L3) || transfers && figures.isOverALimit && !heldWithin else { continue }
            let keptOverByResidents = figures.officer.approvedPremises && !figures.has(.untrainedL2L3)
                && (explainedDonors.contains(figures.officer.id) || need(of: position, holding: held[position], advisor: advisor, leavingOut: []) == nil)
            if keptOverByResidents { explained.append(figures) } else { leftOver.append(figures) }
        }
        return RebalancePlan(moves: moves, onHold: holds, leftOver: leftOver, explained: explained)
    }

    /// How many high-risk and other cases the donor must still give up to be within both limits, the fewest in
    /// all and then the fewest high-risk; nil when no number of the cases they may give up would do.
    func need(of donor: Int, holding cases: [Case], advisor: AllocationAdvisor, leavingOut unplaceable: Set<CaseID>) -> (high: Int, other: Int)? {
        let workload = advisor.workloads[donor]
        let caseLimit = limits.caseLimit(for: advisor.officers[donor])
        var highAvailable = 0
        var otherAvailable = 0
        for offender in cases where movable(offender, from: donor, advisor: advisor) && !unplaceable.contains(offender.id) {
            if offender.risk.isHigh { highAvailable += 1 } else { otherAvailable += 1 }
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

    /// Whether a transfer for volume or risk may move the case away from the donor: not while it lives in the
    /// donor's Approved Premises, and not a very high risk or level 3 offender unless asked.
    func movable(_ offender: Case, from donor: Int, advisor: AllocationAdvisor) -> Bool {
        let residentOfTheirPremises = offender.location == .approvedPremises && advisor.officers[donor].approvedPremises
        return !residentOfTheirPremises && (includeVeryHigh || !offender.isMostDangerous)
    }

    /// The officer on hold at `position`: how far over, what explains it, and the day the hold alone brings them
    /// within as their cases end.
    func onHold(_ position: Int, _ figures: OfficerFigures, _ cases: [Case], advisor: AllocationAdvisor) -> OnHold {
        let officer = figures.officer
        var unreduced = officer
        unreduced.reductionMillionths = 0
        let byReduction = officer.reductionMillionths > 0 && officer.reductionUntil != nil && figures.highRiskStanding != .over
            && figures.cases <= limits.caseLimit(for: unreduced)
        return OnHold(
            figures: figures, explainedByApprovedPremises: figures.explainedByApprovedPremises, reductionEnds: byReduction ? officer.reductionUntil : nil,
            withinOn: figures.withinByHolding(cases, limits: limits))
    }

    /// The case moved to the best officer who may take it and was not over a limit at the start, ranked as a plan
    /// ranks them (`AllocationPlanner.Choice`), or nil.
    func move(_ offender: Case, from donor: Int, advisor: AllocationAdvisor, closed: Set<Int>) -> Move? {
        let open = advisor.officers.indices.filter { $0 != donor && !closed.contains($0) }
        guard let best = AllocationPlanner.best(for: offender, among: open, advisor, checkingIntake: false) else { return nil }
        let candidate = advisor.candidate(offender, best.position)
        return Move(offender: offender, from: advisor.officers[donor], to: candidate.officer, reasons: candidate.reasons)
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

extension OfficerFigures {
    /// The day holding alone brings the officer within both limits as their cases end: the day after the end date
    /// that does it. Nil when the end dates of `cases` (theirs) never do.
    public func withinByHolding(_ cases: [Case], limits: Limits) -> Day? {
        var workload = self.workload
        for offender in cases.filter({ $0.endsOn != nil }).sorted(by: { $0.endsOn! < $1.endsOn! }) {
            workload.remove(offender)
            if workload.cases <= caseLimit && limits.highRiskStanding(highRisk: workload.highRisk, cases: workload.cases) != .over {
                return offender.endsOn?.adding(days: 1)
            }
        }
        return nil
    }
}
