import CaseloadCore

/// What Plan and Rebalance share: the whole proposal as rows, each change with its before → after for both officers,
/// then the officers' figures after it; `a` applies it after a confirmation.
enum ProposalScreen {
    static let columns = [
        TableColumn(heading: "CASE", width: 9, priority: 0), TableColumn(heading: "RISK", width: 9, priority: 3),
        TableColumn(heading: "FROM", width: 8, priority: 1), TableColumn(heading: "FROM AFTER", width: 30, priority: 5),
        TableColumn(heading: "TO", width: 8, priority: 0), TableColumn(heading: "TO AFTER", width: 30, priority: 2),
        TableColumn(heading: "WHY", width: 20, priority: 4, flexible: true),
    ]

    static func searchTexts(_ proposal: ProposalRows) -> [String] {
        proposal.rows.map { row in
            switch row {
            case .change(let offender, let from, let to, _): [offender.id.text, from?.officer.id.text ?? "", to.officer.id.text, to.officer.name].joined(separator: " ")
            case .note(let text, _): text
            case .officer(let change): change.officer.id.text + " " + change.officer.name
            }
        }
    }

    static func draw(_ canvas: inout Canvas, _ state: AppState, _ proposal: ProposalRows, summary: String, status: String? = nil) {
        Chrome.drawSummary(&canvas, summary)
        Chrome.drawStatus(
            &canvas,
            status ?? (proposal.changes.isEmpty
                ? "Nothing to apply." : "Enter says why a case goes where it does; a applies it all in one transaction, after you confirm."))
        let layout = TableLayout.fit(columns, width: canvas.width - 1)
        Chrome.drawHeadings(&canvas, layout, columns.map(\.heading))
        Chrome.drawList(&canvas, state, count: proposal.rows.count) { canvas, index, row in
            switch proposal.rows[index] {
            case .change(let offender, let from, let to, let why):
                Chrome.drawCells(&canvas, layout, columns, [
                    (offender.id.text, .normal), (offender.risk.rawValue, offender.risk.isHigh ? .near : .normal), (from?.officer.id.text ?? "(queue)", .muted),
                    (from?.effect ?? "", .normal), (to.officer.id.text, .normal), (to.effect, .normal), (why, .muted),
                ], row: row)
            case .note(let text, let style):
                canvas.put(" " + text, row: row, column: 0, style: style)
            case .officer(let change):
                canvas.put(" after: \(change.officer.name) (\(change.officer.id)): \(change.effect)", row: row, column: 0, style: .header)
            }
        }
    }

    /// Shows why the selected change goes where it does, a reason a line: the WHY column in full, however narrow the
    /// terminal. Nothing for a row that is not a change.
    static func showReasons(_ state: inout AppState, _ proposal: ProposalRows) {
        guard proposal.rows.indices.contains(state.page.selected),
            case .change(let offender, let from, let to, let why) = proposal.rows[state.page.selected]
        else { return }
        let source = from.map { "from \($0.officer.name) (\($0.officer.id)) " } ?? ""
        state.dialog = .reasons(
            summary: "\(offender.id) (\(offender.risk.rawValue)) \(source)to \(to.officer.name) (\(to.officer.id)): \(to.effect)",
            lines: why.components(separatedBy: "; "))
    }

    /// Asks before applying: how many changes, in one transaction.
    static func confirm(_ state: inout AppState, _ proposal: ProposalRows, noun: String, _ data: DashboardData) {
        guard let supervisor = state.readyToChange(data, nothingToDo: proposal.changes.isEmpty) else { return }
        let count = proposal.changes.count
        state.dialog = .confirm(
            proposal.requests(by: supervisor),
            summary: "Make these \(count) \(noun)\(count == 1 ? "" : "s") in one transaction, each recorded in the audit log by \(supervisor)?"
                + data.demoWarning)
    }
}

extension ProposalScreen {
    /// Asks before starting the cover of an away officer's cases as the What-if screen shows it: each case with its
    /// colleague until the absence ends. An officer who is not away has nothing to cover yet.
    static func confirmCover(_ state: inout AppState, of officerID: OfficerID, _ data: DashboardData) {
        guard let officer = data.force.officers.first(where: { $0.id == officerID }), !officer.isActive else {
            state.message = "\(officerID) is not away, so there is nothing to cover: record the absence first (A on their Officer screen)."
            return
        }
        let proposal = data.whatIf(officerID)
        guard let supervisor = state.readyToChange(data, nothingToDo: proposal.changes.isEmpty) else { return }
        let until = officer.status == .leave ? nil : officer.awayUntil
        let requests = proposal.changes.map { CoverRequest(caseID: $0.caseID, officerID: officerID, coveringID: $0.to, until: until, by: supervisor) }
        let count = requests.count
        state.dialog = .confirmCover(
            requests,
            summary: "Start cover of \(count) of \(officer.name)'s case\(count == 1 ? "" : "s"), each with the colleague shown, "
                + (until.map { "until \($0), when it ends by itself" } ?? "until you end it (the absence has no end date)")
                + "? \(officerID) stays their officer. Each is recorded in the audit trail by \(supervisor)." + data.demoWarning)
    }
}

extension ScreenKind {
    public static let plan = ScreenKind("plan", [.list, .opens, .applies, .searchable, .closesWhenDone])
    public static let whatIf = ScreenKind("whatIf", [.list, .opens, .applies, .searchable, .closesWhenDone])
    public static let rebalance = ScreenKind("rebalance", [.list, .opens, .applies, .searchable, .closesWhenDone])
}

extension Screen {
    /// The plan for the whole queue.
    public static var plan: Screen { Screen(PlanScreen()) }
    /// That officer away: the cases needing cover and the cover plan; nothing changes unless applied.
    public static func whatIf(officerID: OfficerID) -> Screen { Screen(WhatIfScreen(officerID: officerID)) }
    /// The officers over a limit held, and the transfers the rules require.
    public static var rebalance: Screen { Screen(RebalanceScreen()) }
}

/// The plan for the whole queue (`p`): every case placed as the limits allow, and those that cannot be.
struct PlanScreen: ScreenDefinition {
    static let kind = ScreenKind.plan
    static var wholeForce: PlanScreen? { PlanScreen() }
    /// The key that opens the plan.
    static let opening: [KeyBinding] = [
        KeyBinding(keys: [.character("p")], label: "p", action: .go(.plan), help: "plan the whole queue at once", screens: [.officers, .queue], inBar: true, barWord: "plan"),
    ]

    func title(_ data: DashboardData) -> String { "Plan" }
    func open(_ state: inout AppState, _ data: DashboardData) -> [Effect] {
        ProposalScreen.showReasons(&state, data.plan)
        return []
    }
    func apply(_ state: inout AppState, _ data: DashboardData) {
        ProposalScreen.confirm(&state, data.plan, noun: "allocation", data)
    }
    func count(_ state: AppState, _ data: DashboardData) -> Int { data.plan.rows.count }
    func searchTexts(_ state: AppState, _ data: DashboardData) -> [String] { ProposalScreen.searchTexts(data.plan) }

    func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData, _ theme: Theme) {
        let placed = data.plan.changes.count
        ProposalScreen.draw(
            &canvas, state, data.plan,
            summary: "\(formatCount(data.queue.count)) waiting: \(formatCount(placed)) placed, \(formatCount(data.queue.count - placed)) cannot be placed without breaking a rule.")
    }
}

/// What if an officer were away (`w`): their cases needing cover and the cover plan, under the rules of plan.
struct WhatIfScreen: ScreenDefinition {
    static let kind = ScreenKind.whatIf
    /// The key that opens what if the selected officer were away.
    static let opening: [KeyBinding] = [
        KeyBinding(keys: [.character("w")], label: "w", action: .whatIf, help: "what if this officer were away: the cover plan for their cases", screens: [.officers, .officer], inBar: true, barWord: "what if"),
    ]
    let officerID: OfficerID

    func title(_ data: DashboardData) -> String {
        return data.force.officers.first { $0.id == officerID }?.isActive == false ? "Cover for \(officerID)" : "What if \(officerID) were away"
    }
    func apply(_ state: inout AppState, _ data: DashboardData) {
        ProposalScreen.confirmCover(&state, of: officerID, data)
    }
    func open(_ state: inout AppState, _ data: DashboardData) -> [Effect] {
        ProposalScreen.showReasons(&state, data.whatIf(officerID))
        return []
    }
    func count(_ state: AppState, _ data: DashboardData) -> Int { data.whatIf(officerID).rows.count }
    func searchTexts(_ state: AppState, _ data: DashboardData) -> [String] {
        ProposalScreen.searchTexts(data.whatIf(officerID))
    }

    func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData, _ theme: Theme) {
        let proposal = data.whatIf(officerID)
        let held = proposal.planned
        let officer = data.force.officers.first { $0.id == officerID }
        let name = officer?.name ?? officerID.text
        let covered = data.figures.officers.first { $0.officer.id == officerID }?.workload.underCover ?? 0
        let already = covered > 0 ? " (\(covered) more already under cover)" : ""
        let counts = "\(held) case\(held == 1 ? "" : "s")\(already); \(proposal.changes.count) placed, \(held - proposal.changes.count) cannot be. "
            + "a starts the cover."
        let summary = officer.map { !$0.isActive } == true
            ? "\(name) (\(officerID)) is away" + (officer?.awayUntil.map { " until \($0)" } ?? "") + ": the cover for their " + counts
            : "If \(name) (\(officerID)) were away: \(held) case\(held == 1 ? "" : "s") would need cover; \(proposal.changes.count) placed, "
                + "\(held - proposal.changes.count) cannot be. Nothing has changed."
        let status = officer?.isActive == false ? nil : "Nothing to apply while they are here: A on their Officer screen records an absence."
        ProposalScreen.draw(&canvas, state, proposal, summary: summary, status: status)
    }
}

/// The rebalance (`R`): every officer on hold first, then the transfers the rules require (L2/L3 into trained hands).
struct RebalanceScreen: ScreenDefinition {
    static let kind = ScreenKind.rebalance
    static var wholeForce: RebalanceScreen? { RebalanceScreen() }
    /// The key that opens the rebalance.
    static let opening: [KeyBinding] = [
        KeyBinding(keys: [.character("R")], label: "R", action: .go(.rebalance), help: "rebalance: the fewest transfers that bring everyone within", screens: [.officers], inBar: true, barWord: "rebalance"),
    ]

    func title(_ data: DashboardData) -> String { "Rebalance" }
    func open(_ state: inout AppState, _ data: DashboardData) -> [Effect] {
        ProposalScreen.showReasons(&state, data.rebalance)
        return []
    }
    func apply(_ state: inout AppState, _ data: DashboardData) {
        ProposalScreen.confirm(&state, data.rebalance, noun: "transfer", data)
    }
    func count(_ state: AppState, _ data: DashboardData) -> Int { data.rebalance.rows.count }
    func searchTexts(_ state: AppState, _ data: DashboardData) -> [String] { ProposalScreen.searchTexts(data.rebalance) }

    func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData, _ theme: Theme) {
        let moves = data.rebalance.changes.count
        let summary = moves == 0 && !data.figures.officers.contains(where: { $0.isOverALimit || $0.has(.untrainedL2L3) })
            ? "Every officer is within both limits and every L2/L3 case is with a trained officer; nothing needs to move."
            : "Officers over a limit are held (no new offenders); \(formatCount(moves)) transfer\(moves == 1 ? "" : "s"), each an L2/L3 case leaving untrained hands."
        ProposalScreen.draw(&canvas, state, data.rebalance, summary: summary)
    }
}
