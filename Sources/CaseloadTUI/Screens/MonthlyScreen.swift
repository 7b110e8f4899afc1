import CaseloadCore

/// The monthly performance view: the force and teams in words, and each officer with the change since last month.
enum MonthlyScreen {
    static func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData) {
        let view = data.monthly
        canvas.put(" " + (view.summarySentences.first ?? ""), row: 1, column: 0, style: .header)
        let teams = view.figures.teams.map { "\($0.team) avg \(formatDecimal($0.averageCases)), \(formatDecimal($0.highRiskPercent))% high risk" }
        canvas.put(" " + ([view.summarySentences.dropFirst().prefix(2).joined(separator: " ")] + teams).joined(separator: " · "), row: 2, column: 0, style: .muted)
        Chrome.drawHeader(&canvas, [("OFFICER", 7), ("NAME", 20), ("TEAM", 8), ("CASES", 8), ("CHANGE", 6), ("HIGH RISK", 9), ("L2/L3", 5), ("FLAGS", 30)])
        let rows = view.officerRows
        Chrome.drawList(&canvas, state, count: rows.count) { canvas, index, row in
            let figures = rows[index].figures
            let change = rows[index].changeCases.map { $0 > 0 ? "+\($0)" : String($0) } ?? "–"
            let cells: [(String, Int, Style)] = [
                (figures.officer.id, 7, .normal), (figures.officer.name, 20, figures.officer.isActive ? .normal : .muted), (figures.officer.team, 8, .normal),
                ("\(figures.cases)/\(figures.caseLimit)\(Theme.mark(figures.caseStanding))", 8, Style(standing: figures.caseStanding)),
                (change.padded(toWidth: 6, alignRight: true), 6, .normal),
                (formatDecimal(figures.highRiskPercent) + "%" + Theme.mark(figures.highRiskStanding), 9, Style(standing: figures.highRiskStanding)),
                ("\(figures.workload.level2 + figures.workload.level3)", 5, figures.has(.untrainedL2L3) ? .over : .normal),
                (figures.flags.map(OfficersScreen.shortWord).joined(separator: " "), 30, figures.flags.contains(where: \.isBreach) ? .over : .near),
            ]
            Chrome.drawCells(&canvas, cells, row: row)
        }
    }
}
