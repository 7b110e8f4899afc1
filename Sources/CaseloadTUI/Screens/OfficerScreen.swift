import CaseloadCore

/// One officer: who they are, their figures now and in recent months, and every case they hold.
enum OfficerScreen {
    static func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData, id: String) {
        guard let figures = data.figures.officers.first(where: { $0.officer.id == id }) else {
            canvas.put(" This officer is no longer in the force.", row: 1, column: 0, style: .near)
            return
        }
        let officer = figures.officer
        var facts = [officer.team, "FTE \(officer.fte)", "MOSOVO \(officer.mosovo.rawValue)"]
        if officer.approvedPremises { facts.append("runs an Approved Premises") }
        if officer.daSpecialist { facts.append("DA specialist") }
        if officer.status == .leave { facts.append("on leave") }
        var x = canvas.put(" \(officer.name) (\(officer.id)) · " + facts.joined(separator: " · ") + " · ", row: 1, column: 0, style: .header)
        x = canvas.put("\(figures.cases)/\(figures.caseLimit) cases\(Theme.mark(figures.caseStanding))", row: 1, column: x, style: Style(standing: figures.caseStanding))
        canvas.put("  \(formatDecimal(figures.highRiskPercent))% high risk\(Theme.mark(figures.highRiskStanding))", row: 1, column: x, style: Style(standing: figures.highRiskStanding))
        let months = (data.history[id] ?? []).map { "\($0.month): \($0.cases) (\(formatDecimal($0.highRiskPercent))%)" }
        canvas.put(" Recent months: " + (months.isEmpty ? "none recorded" : months.joined(separator: " · ")), row: 2, column: 0, style: .muted)

        let cases = data.cases(of: id)
        Chrome.drawHeader(&canvas, [("CASE", 10), ("RISK", 10), ("MAPPA", 9), ("LOCATION", 18), ("DA", 3), ("SINCE", 10), ("PREVIOUSLY", 12)])
        Chrome.drawList(&canvas, state, count: cases.count) { canvas, index, row in
            let item = cases[index]
            let breach = item.mappa?.needsTrainedOfficer == true && !officer.mosovo.mayHoldLevel2Or3
            let mappa = item.mappa.map { "C\($0.category) L\($0.level)" + (breach ? " !" : "") } ?? "–"
            let cells: [(String, Int, Style)] = [
                (item.id, 10, .normal), (item.risk.rawValue, 10, item.risk.isHigh ? .near : .normal), (mappa, 9, breach ? .over : .normal),
                (item.location.rawValue, 18, .normal), (item.domesticAbuse ? "yes" : "", 3, .normal),
                (item.allocatedOn?.description ?? "–", 10, .normal), (item.previousOfficerID ?? "", 12, .muted),
            ]
            Chrome.drawCells(&canvas, cells, row: row)
        }
    }
}
