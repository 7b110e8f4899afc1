import CaseloadCore

/// The cases waiting for an officer; Enter opens Suggest.
enum QueueScreen {
    static func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData) {
        let count = data.queue.count
        canvas.put(" \(count) case\(count == 1 ? "" : "s") waiting for an officer. Enter on a case ranks the officers who may take it.", row: 1, column: 0, style: .header)
        Chrome.drawHeader(&canvas, [("CASE", 10), ("TEAM", 10), ("RISK", 10), ("MAPPA", 7), ("LOCATION", 18), ("DA", 3), ("PREVIOUSLY", 12)])
        Chrome.drawList(&canvas, state, count: count) { canvas, index, row in
            let item = data.queue[index]
            let cells: [(String, Int, Style)] = [
                (item.id, 10, .normal), (item.team, 10, .normal), (item.risk.rawValue, 10, item.risk.isHigh ? .near : .normal),
                (item.mappa.map { "C\($0.category) L\($0.level)" } ?? "–", 7, item.mappa?.needsTrainedOfficer == true ? .near : .normal),
                (item.location.rawValue, 18, .normal), (item.domesticAbuse ? "yes" : "", 3, .normal), (item.previousOfficerID ?? "", 12, .muted),
            ]
            Chrome.drawCells(&canvas, cells, row: row)
        }
    }
}
