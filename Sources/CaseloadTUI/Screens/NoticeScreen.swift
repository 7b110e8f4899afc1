import CaseloadCore
import CaseloadExport

extension ScreenKind {
    public static let notice = ScreenKind("notice", [.list, .applies, .searchable, .closesWhenDone])
}

extension Screen {
    /// The written notice to the officer, as they would read it; `a` gives it.
    public static func notice(officerID: OfficerID) -> Screen { Screen(NoticeScreen(officerID: officerID)) }
}

/// The notice to one officer (`L` on their Officer screen), as the letter reads: `a` gives it after a confirmation,
/// written to a file in the export folder and recorded, as `caseload notice --give` does.
struct NoticeScreen: ScreenDefinition {
    static let kind = ScreenKind.notice
    let officerID: OfficerID

    func title(_ data: DashboardData) -> String { "Notice to \(officerID)" }

    /// The notice in plain text, as the standard template lays it out; nil for an officer no longer in the force.
    static func text(_ officerID: OfficerID, _ state: AppState, _ data: DashboardData) -> String? {
        guard let figures = data.figures.officers.first(where: { $0.officer.id == officerID }) else { return nil }
        let notice = WorkloadNotice(
            figures: figures, in: data.force, limits: data.limits, day: data.today, reviewOn: data.today.adding(days: 28),
            by: state.supervisor ?? "your supervisor", wording: state.wording)
        return NoticeTemplate.standard.render(notice, markdown: false)
    }

    /// The letter's lines, wrapped to the terminal's width; worked out once for each officer, signature and width,
    /// as every key asks for the count and every frame for the lines.
    func lines(_ state: AppState, _ data: DashboardData) -> [String] {
        let key = NoticeKey(officerID: officerID, supervisor: state.supervisor, wording: state.wording, width: state.terminalWidth)
        return data.noticeLines.value(for: key) {
            guard let text = Self.text(officerID, state, data) else { return [] }
            return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
                line.isEmpty ? [""] : Chrome.wrap(String(line), width: max(20, state.terminalWidth - 3))
            }
        }
    }

    func count(_ state: AppState, _ data: DashboardData) -> Int { lines(state, data).count }

    /// Asks before giving the officer their notice: where the file goes, and that it is recorded.
    func apply(_ state: inout AppState, _ data: DashboardData) {
        guard let supervisor = state.readyToChange(data) else { return }
        let name = data.force.officers.first { $0.id == officerID }?.name ?? officerID.text
        state.dialog = .confirmNotice(
            officerID: officerID,
            summary: "Give \(name) this notice, signed by \(supervisor)? It is written to a file in the export folder and recorded in the audit trail."
                + (data.isDemo ? " This is the demo force: the record is gone when you quit." : ""))
    }
    func searchTexts(_ state: AppState, _ data: DashboardData) -> [String] { lines(state, data) }

    func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData, _ theme: Theme) {
        let figures = data.figures.officers.first { $0.officer.id == officerID }
        let flagged = figures?.isBreaching == true
        Chrome.drawSummary(
            &canvas, flagged ? "The notice to \(figures!.officer.name), as they would read it. Nothing is given until you press a and confirm."
                : "\(figures?.officer.name ?? officerID.text) is within every limit and breaks no rule: a notice would only confirm it.")
        Chrome.drawStatus(&canvas, "a gives it: a file in the export folder, recorded in the audit trail.")
        let lines = lines(state, data)
        Chrome.drawList(&canvas, state, count: lines.count) { canvas, index, row in
            canvas.put(" " + lines[index], row: row, column: 0, style: .normal)
        }
    }
}
