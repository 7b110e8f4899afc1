import CaseloadCore

/// A whole proposal, plan or rebalance, as rows: each change with its before → after, what could not be done, then
/// every officer the changes touch with their figures after them all.
public struct ProposalRows: Sendable {
    /// One row of the proposal.
    public enum Row: Sendable {
        /// A case to an officer: from the queue (`from` nil) or from another officer, with each officer's figures.
        case change(offender: Case, from: OfficerChange?, to: OfficerChange, why: String)
        /// A case or an officer the proposal leaves as it is, and why.
        case note(String, Style)
        /// An officer's figures before and after the whole proposal.
        case officer(OfficerChange)
    }

    /// An officer and their cases and high-risk share before → after.
    public struct OfficerChange: Sendable {
        public let officer: Officer
        public let effect: String
    }

    public let rows: [Row]
    /// The changes to make, in order: each case, the officer it is with (nil in the queue) and the one to take it.
    let changes: [(caseID: CaseID, from: OfficerID?, to: OfficerID)]
    /// The reason recorded with each change: a caseload adjustment for a rebalance, none for a plan.
    let reason: AllocationReason?
    /// The cases the proposal set out to place, placed or not.
    var planned = 0

    /// No proposal: shown while the cases are still loading.
    static let empty = ProposalRows(rows: [.note("Loading every case; the proposal follows in a moment.", .muted)], changes: [], reason: nil)

    /// The changes as requests by `supervisor`, made in one transaction as the command line's --apply makes them.
    public func requests(by supervisor: String) -> [AllocationRequest] {
        changes.map { AllocationRequest(caseID: $0.caseID, from: $0.from, to: $0.to, by: supervisor, reason: reason, override: false) }
    }

    /// The plan for the queue: each placement, each case that cannot be placed, then the officers after.
    static func plan(_ data: DashboardData) -> ProposalRows {
        let plan = AllocationPlanner(force: data.force, limits: data.limits, today: data.today).plan()
        let changes = plan.placements.map { (offender: $0.offender, from: OfficerID?.none, to: $0.officer.id, why: $0.why) }
        let notes = plan.unplaced.map { Row.note("\($0.offender.id) (\($0.offender.risk.rawValue), \($0.offender.team)) cannot be placed: " + $0.explanation, .over) }
        return build(changes, notes: notes, data, reason: nil)
    }

    /// The rebalance: every officer on hold first (how far over, what explains it, when holding brings them within),
    /// then the transfers the rules require, who still holds a case they may not, then the officers after.
    static func rebalance(_ data: DashboardData) -> ProposalRows {
        let plan = Rebalancer(force: data.force, limits: data.limits, today: data.today).plan()
        let changes = plan.moves.map { (offender: $0.offender, from: Optional($0.from.id), to: $0.to.id, why: $0.reasons.map(\.detail).joined(separator: "; ")) }
        let holds = plan.onHold.map { hold in
            let why = hold.explanation.map { ", explained by \($0)" } ?? ""
            let within = hold.withinOn.map { "; within by holding from \($0)" } ?? ""
            return Row.note("On hold: \(hold.figures.officer.name) (\(hold.figures.officer.id)), \(hold.howFarOver)\(why)\(within)", hold.explanation == nil ? .over : .near)
        }
        let notes = plan.leftOver.map { Row.note("\($0.officer.name) (\($0.officer.id)) still holds a level 2 or 3 case: no trained officer has room", .over) }
        return build(changes, leading: holds, notes: notes, data, reason: .caseloadAdjustment)
    }

    /// What if the officer were away: each of their cases placed as cover under the rules of plan, those that cannot be
    /// placed, then the officers after.
    static func whatIf(_ data: DashboardData, officerID: OfficerID) -> ProposalRows {
        let need = data.figures.officers.first { $0.officer.id == officerID }?.coverNeed ?? .all
        let planner = CoverPlanner(force: data.force, away: [officerID], limits: data.limits, today: data.today, need: need)
        let plan = planner.plan()
        let changes = plan.placements.map { (offender: $0.offender, from: Optional(officerID), to: $0.officer.id, why: $0.why) }
        var notes = plan.unplaced.map { Row.note("\($0.offender.id) (\($0.offender.risk.rawValue)) cannot be placed: " + $0.explanation, .over) }
        if planner.onlyMostDangerous {
            notes.insert(.note("Only the very high risk and level 3 cases need cover yet; the others stay as they are.", .near), at: 0)
        }
        var rows = build(changes, notes: notes, data, reason: .coverForAbsence)
        rows.planned = plan.placements.count + plan.unplaced.count
        return rows
    }

    private static func build(
        _ changes: [(offender: Case, from: OfficerID?, to: OfficerID, why: String)], leading: [Row] = [], notes: [Row], _ data: DashboardData,
        reason: AllocationReason?
    ) -> ProposalRows {
        var advisor = data.advisor
        let limits = data.limits
        var touched: [Int] = []
        func effect(_ before: Workload, _ after: Workload) -> String {
            "\(before.cases) → \(after.cases) cases, " + limits.shareChangeWords(before, after)
        }
        var rows = leading
        for change in changes {
            guard let to = advisor.position(of: change.to) else { continue }
            let from = change.from.flatMap { advisor.position(of: $0) }
            let toBefore = advisor.workloads[to]
            let fromBefore = from.map { advisor.workloads[$0] }
            advisor.record(change.offender, from: change.from, to: change.to)
            for position in [from, to].compactMap({ $0 }) where !touched.contains(position) { touched.append(position) }
            let fromChange = from.map { OfficerChange(officer: advisor.officers[$0], effect: effect(fromBefore!, advisor.workloads[$0])) }
            rows.append(.change(offender: change.offender, from: fromChange, to: OfficerChange(officer: advisor.officers[to], effect: effect(toBefore, advisor.workloads[to])), why: change.why))
        }
        rows += notes
        for position in touched.sorted(by: { advisor.officers[$0].id < advisor.officers[$1].id }) {
            rows.append(.officer(OfficerChange(officer: advisor.officers[position], effect: effect(data.advisor.workloads[position], advisor.workloads[position]))))
        }
        return ProposalRows(rows: rows, changes: changes.map { ($0.offender.id, $0.from, $0.to) }, reason: reason)
    }
}
