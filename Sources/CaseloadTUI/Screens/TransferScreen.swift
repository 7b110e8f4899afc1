import CaseloadCore

extension ScreenKind {
    public static let transfer = ScreenKind("transfer", [.list, .opens, .searchable, .closesWhenDone])
}

extension Screen {
    /// Officers ranked to take over a case from the officer who holds it.
    public static func transfer(caseID: CaseID, from: OfficerID) -> Screen { Screen(TransferScreen(caseID: caseID, from: from)) }
}

/// The officers ranked to take a case over from the officer who holds it, as in Suggest; Enter asks the reason, then
/// confirms with the effect on both officers.
struct TransferScreen: CandidateScreen {
    static let kind = ScreenKind.transfer
    let caseID: CaseID
    /// The officer who holds the case.
    let from: OfficerID

    func title(_ data: DashboardData) -> String { "Transfer \(caseID)" }

    func open(_ state: inout AppState, _ data: DashboardData) -> [Effect] {
        guard let (offender, rows) = data.candidateRows(for: caseID), rows.indices.contains(state.page.selected) else { return [] }
        guard offender.officerID == from else {
            state.message = "\(caseID) is no longer with \(from); nothing was changed."
            return []
        }
        guard let supervisor = state.supervisor else {
            state.message = AppState.noSupervisor
            return []
        }
        let fromName = data.force.officers.first { $0.id == from }?.name ?? from.text
        let losing = "\(from): " + CandidateList.effectOfLosing(offender, from: from, data)
        switch rows[state.page.selected] {
        case .candidate(let candidate):
            let request = AllocationRequest(caseID: caseID, from: from, to: candidate.officer.id, by: supervisor, reason: nil, override: false)
            state.dialog = .reason(
                request, rules: [],
                summary: "Transfer \(caseID) from \(fromName) (\(from)) to \(candidate.officer.name) (\(candidate.officer.id))? "
                    + "\(losing); \(candidate.officer.id): \(candidate.effect).",
                selected: 0)
        case .excluded(let exclusion):
            let request = AllocationRequest(caseID: caseID, from: from, to: exclusion.officer.id, by: supervisor, reason: nil, override: true)
            let effect = CandidateList.effectOfTaking(offender, exclusion.officer.id, data).map { "; \(exclusion.officer.id): \($0)" } ?? ""
            state.dialog = .reason(
                request, rules: exclusion.rules,
                summary: "\(exclusion.officer.name) (\(exclusion.officer.id)) may not take \(caseID): " + exclusion.explanations.joined(separator: "; ")
                    + ". If transferred: \(losing)\(effect).",
                selected: 0)
        }
        return []
    }

    func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData, _ theme: Theme) {
        guard let (offender, rows) = data.candidateRows(for: caseID), offender.officerID == from else {
            Chrome.drawSummary(&canvas, "\(caseID) is no longer with \(from).", style: .near)
            return
        }
        Chrome.drawSummary(&canvas, offender.summary + "  (with \(from): " + CandidateList.effectOfLosing(offender, from: from, data) + " if it moves)")
        Chrome.drawStatus(&canvas, "Enter asks why, then confirms. Below the line: may not take it; choosing one needs an override reason.")
        CandidateList.draw(&canvas, state, rows)
    }
}
