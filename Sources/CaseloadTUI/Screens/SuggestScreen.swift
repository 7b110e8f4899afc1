import CaseloadCore

extension ScreenKind {
    public static let suggest = ScreenKind("suggest", [.list, .opens, .searchable, .closesWhenDone])
}

extension Screen {
    /// Officers ranked to take a case from the queue.
    public static func suggest(caseID: CaseID) -> Screen { Screen(SuggestScreen(caseID: caseID)) }
}

/// The officers ranked for a waiting case, each with the effect and the reasons; then those who may not take it.
/// Enter allocates after a confirmation; an officer below the line needs an override reason first.
struct SuggestScreen: CandidateScreen {
    static let kind = ScreenKind.suggest
    let caseID: CaseID

    func title(_ data: DashboardData) -> String { "Suggest for \(caseID)" }

    func open(_ state: inout AppState, _ data: DashboardData) -> [Effect] {
        guard let (offender, rows) = data.candidateRows(for: caseID), rows.indices.contains(state.page.selected) else { return [] }
        guard let supervisor = state.supervisor else {
            state.message = AppState.noSupervisor
            return []
        }
        switch rows[state.page.selected] {
        case .candidate(let candidate):
            let request = AllocationRequest(caseID: caseID, from: nil, to: candidate.officer.id, by: supervisor, reason: nil, override: false)
            state.dialog = .confirm(
                [request],
                summary: "Allocate \(caseID) to \(candidate.officer.name) (\(candidate.officer.id))? \(candidate.effect)." + data.demoWarning)
        case .excluded(let exclusion):
            let request = AllocationRequest(caseID: caseID, from: nil, to: exclusion.officer.id, by: supervisor, reason: nil, override: true)
            let effect = CandidateList.effectOfTaking(offender, exclusion.officer.id, data).map { " If allocated: \($0)." } ?? ""
            state.dialog = .reason(
                request, rules: exclusion.rules,
                summary: "\(exclusion.officer.name) (\(exclusion.officer.id)) may not take \(caseID): " + exclusion.explanations.joined(separator: "; ") + "." + effect,
                selected: 0)
        }
        return []
    }

    func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData, _ theme: Theme) {
        guard let (offender, rows) = data.candidateRows(for: caseID) else {
            Chrome.drawSummary(&canvas, "\(caseID) is no longer in the force.", style: .near)
            return
        }
        Chrome.drawSummary(&canvas, offender.summary + (offender.officerID.map { "  (now with \($0))" } ?? ""))
        Chrome.drawStatus(&canvas, "Enter allocates, after you confirm. Below the line: may not take it; choosing one needs an override reason.")
        CandidateList.draw(&canvas, state, rows)
    }
}
