extension ScreenKind {
    public static let help = ScreenKind("help", [.list])
}

extension Screen {
    /// Every key.
    public static var help: Screen { Screen(HelpScreen()) }
}

/// Every key, from the same table that handles them, so Help can never be out of date.
struct HelpScreen: ScreenDefinition {
    static let kind = ScreenKind.help

    func title(_ data: DashboardData) -> String { "Help" }
    func count(_ state: AppState, _ data: DashboardData) -> Int { KeyMap.bindings.count }

    func searchTexts(_ state: AppState, _ data: DashboardData) -> [String] {
        KeyMap.bindings.map { $0.label + " " + $0.help }
    }

    static let columns = [
        TableColumn(heading: "KEYS", width: 12, priority: 0), TableColumn(heading: "DOES", width: 40, priority: 0, flexible: true, maximum: 60),
        TableColumn(heading: "WHERE", width: 20, priority: 1, flexible: true),
    ]

    func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData, _ theme: Theme) {
        Chrome.drawSummary(&canvas, "Keys, and where they work. Colours: red over a limit (!), amber near it (~), green within.")
        Chrome.drawStatus(&canvas, "Mouse: click a row to select it, a column heading to sort, the wheel to scroll.")
        let layout = TableLayout.fit(Self.columns, width: canvas.width - 1)
        Chrome.drawHeadings(&canvas, layout, Self.columns.map(\.heading))
        let bindings = KeyMap.bindings
        Chrome.drawList(&canvas, state, count: bindings.count) { canvas, index, row in
            let binding = bindings[index]
            let screens = KeyMap.kinds(binding.screens).map { $0.map(\.name).sorted().joined(separator: ", ") } ?? "every screen"
            Chrome.drawCells(&canvas, layout, Self.columns, [(binding.label, .key), (binding.help, .normal), (screens, .muted)], row: row)
        }
    }
}
