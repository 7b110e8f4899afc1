import CaseloadCore

/// The officers ranked for one case, each with the effect and the reasons; then those who may not take it.
enum SuggestScreen {
    static func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData, caseID: String) {
        guard let (item, rows) = ScreenRows.suggestRows(data, caseID: caseID) else {
            canvas.put(" \(caseID) is no longer in the force.", row: 1, column: 0, style: .near)
            return
        }
        canvas.put(" " + item.summary + (item.officerID.map { "  (now with \($0))" } ?? ""), row: 1, column: 0, style: .header)
        canvas.put(" Enter allocates, after you confirm. Officers below the line may not take it; choosing one needs an override reason.", row: 2, column: 0, style: .muted)
        let effectWidth = 40
        let whyWidth = max(10, canvas.width - 1 - 3 - 1 - 7 - 1 - 20 - 1 - 5 - 1 - effectWidth - 1)
        Chrome.drawHeader(&canvas, [("#", 3), ("OFFICER", 7), ("NAME", 20), ("SCORE", 5), ("EFFECT", effectWidth), ("WHY", whyWidth)])
        Chrome.drawList(&canvas, state, count: rows.count) { canvas, index, row in
            switch rows[index] {
            case .candidate(let candidate):
                let cells: [(String, Int, Style)] = [
                    (String(index + 1), 3, .normal), (candidate.officer.id, 7, .normal), (candidate.officer.name, 20, .normal),
                    (String(candidate.score).padded(toWidth: 5, alignRight: true), 5, .within), (candidate.effect, effectWidth, .normal),
                    (candidate.reasons.map(\.detail).joined(separator: "; "), whyWidth, .muted),
                ]
                Chrome.drawCells(&canvas, cells, row: row)
            case .excluded(let exclusion):
                let cells: [(String, Int, Style)] = [
                    ("–", 3, .muted), (exclusion.officer.id, 7, .muted), (exclusion.officer.name, 20, .muted), ("", 5, .muted),
                    ("may not: " + exclusion.explanations.joined(separator: "; "), effectWidth + whyWidth + 1, .over),
                ]
                Chrome.drawCells(&canvas, cells, row: row)
            }
        }
    }

}
