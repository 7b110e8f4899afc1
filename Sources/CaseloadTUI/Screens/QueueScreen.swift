import CaseloadCore

extension ScreenKind {
    public static let queue = ScreenKind("queue", [.list, .opens, .searchable])
}

extension Screen {
    /// The cases waiting for an officer.
    public static var queue: Screen { Screen(QueueScreen()) }
}

/// The cases waiting for an officer; Enter opens Suggest.
struct QueueScreen: ScreenDefinition {
    static let kind = ScreenKind.queue
    static var wholeForce: QueueScreen? { QueueScreen() }
    /// The key that opens the queue.
    static let opening: [KeyBinding] = [
        KeyBinding(keys: [.character("u")], label: "u", action: .go(.queue), help: "the unallocated queue", screens: [.officers, .officer, .monthly], inBar: true, barWord: "queue"),
    ]

    func title(_ data: DashboardData) -> String { "Unallocated" }

    func count(_ state: AppState, _ data: DashboardData) -> Int { data.queue.count }

    func searchTexts(_ state: AppState, _ data: DashboardData) -> [String] {
        data.queue.map { $0.id.text + " " + $0.team + " " + $0.risk.rawValue }
    }

    func open(_ state: inout AppState, _ data: DashboardData) -> [Effect] {
        guard data.queue.indices.contains(state.page.selected) else { return [] }
        state.push(.suggest(caseID: data.queue[state.page.selected].id))
        return []
    }

    static let columns = [
        TableColumn(heading: "CASE", width: 10, priority: 0), TableColumn(heading: "WAITED", width: 8, priority: 0, alignRight: true),
        TableColumn(heading: "TEAM", width: 10, priority: 1),
        TableColumn(heading: "RISK", width: 9, priority: 0), TableColumn(heading: "MAPPA", width: 5, priority: 2),
        TableColumn(heading: "LOCATION", width: 17, priority: 3), TableColumn(heading: "DA", width: 3, priority: 4),
        TableColumn(heading: "PREVIOUSLY", width: 10, priority: 5),
    ]

    func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData, _ theme: Theme) {
        let count = data.queue.count
        Chrome.drawSummary(&canvas, "\(formatCount(count)) case\(count == 1 ? "" : "s") waiting for an officer. Enter on a case ranks the officers who may take it.")
        Chrome.drawStatus(&canvas, "Longest waiting first, then the riskiest. p plans the whole queue at once.")
        let layout = TableLayout.fit(Self.columns, width: canvas.width - 1)
        Chrome.drawHeadings(&canvas, layout, Self.columns.map(\.heading))
        Chrome.drawList(&canvas, state, count: count) { canvas, index, row in
            let offender = data.queue[index]
            let waited = data.daysWaited(offender).map { $0 == 1 ? "1 day" : "\($0) days" } ?? "–"
            Chrome.drawCells(&canvas, layout, Self.columns, [
                (offender.id.text, .normal), (waited, .normal), (offender.team, .normal), (offender.risk.rawValue, offender.risk.isHigh ? .near : .normal),
                (offender.mappa.map { "C\($0.category) L\($0.level)" } ?? "–", offender.mappa?.needsTrainedOfficer == true ? .near : .normal),
                (offender.location.rawValue, .normal), (offender.domesticAbuse ? "yes" : "", .normal), (offender.previousOfficerID?.text ?? "", .muted),
            ], row: row)
        }
    }
}
