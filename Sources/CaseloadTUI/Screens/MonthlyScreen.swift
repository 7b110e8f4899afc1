import CaseloadCore
import CaseloadExport

extension ScreenKind {
    public static let monthly = ScreenKind("monthly", [.list, .opens, .searchable])
}

extension Screen {
    /// The monthly performance view.
    public static var monthly: Screen { Screen(MonthlyScreen()) }
}

/// The monthly performance view: the force in words, each team on a line of its own, then each officer with the
/// change since last month. Enter on an officer opens them; `e` exports.
struct MonthlyScreen: ScreenDefinition {
    static let kind = ScreenKind.monthly
    static var wholeForce: MonthlyScreen? { MonthlyScreen() }
    /// The key that opens the monthly view.
    static let opening: [KeyBinding] = [
        KeyBinding(keys: [.character("m")], label: "m", action: .go(.monthly), help: "the monthly performance view", screens: [.officers, .officer, .queue], inBar: true, barWord: "monthly"),
    ]

    /// Writing the month's reports.
    static let keys: [KeyBinding] = [
        KeyBinding(keys: [.character("e")], label: "e", action: .export, help: "export the monthly view as HTML and Markdown", screens: [.monthly], inBar: true, barWord: "export"),
    ]

    func perform(_ action: Action, _ state: inout AppState, _ data: DashboardData) -> [Effect]? {
        action == .export ? [.export(data.today.calendarMonth)] : nil
    }

    func title(_ data: DashboardData) -> String { "Monthly \(data.today.calendarMonth)" }

    func count(_ state: AppState, _ data: DashboardData) -> Int {
        data.monthly.figures.teams.count + data.monthly.officerRows.count
    }

    func searchTexts(_ state: AppState, _ data: DashboardData) -> [String] {
        data.monthly.figures.teams.map(\.team) + data.monthly.officerRows.map { $0.figures.officer.name + " " + $0.figures.officer.id.text }
    }

    func open(_ state: inout AppState, _ data: DashboardData) -> [Effect] {
        let index = state.page.selected - data.monthly.figures.teams.count
        guard data.monthly.officerRows.indices.contains(index) else { return [] }
        state.push(.officer(id: data.monthly.officerRows[index].figures.officer.id))
        return []
    }

    static let columns = [
        TableColumn(heading: "OFFICER", width: 7, priority: 0), TableColumn(heading: "NAME", width: 14, priority: 1, flexible: true, maximum: 24),
        TableColumn(heading: "TEAM", width: 8, priority: 4), TableColumn(heading: "CASES", width: 7, priority: 0),
        TableColumn(heading: "CHANGE", width: 6, priority: 2, alignRight: true), TableColumn(heading: "HIGH RISK", width: 9, priority: 0),
        TableColumn(heading: "L2/L3", width: 5, priority: 5), TableColumn(heading: "FLAGS", width: 17, priority: 3, flexible: true, maximum: 60),
    ]

    func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData, _ theme: Theme) {
        let view = data.monthly
        Chrome.drawSummary(&canvas, view.summarySentences.first ?? "")
        Chrome.drawStatus(&canvas, view.summarySentences.dropFirst().prefix(2).joined(separator: " "))
        let layout = TableLayout.fit(Self.columns, width: canvas.width - 1)
        Chrome.drawHeadings(&canvas, layout, Self.columns.map(\.heading))
        let teams = view.figures.teams
        let rows = view.officerRows
        Chrome.drawList(&canvas, state, count: teams.count + rows.count) { canvas, index, row in
            if index < teams.count {
                let team = teams[index]
                canvas.put(
                    " \(team.team): \(team.officers) officers, \(formatCount(team.cases)) cases, average \(formatDecimal(team.averageCases)), "
                        + "\(formatDecimal(team.highRiskPercent))% high risk; \(team.officersOverCases) over the caseload limit, "
                        + "\(team.officersOverHighRisk) over the high-risk limit",
                    row: row, column: 0, style: .header)
                return
            }
            let figures = rows[index - teams.count].figures
            let change = rows[index - teams.count].changeCases.map { $0 > 0 ? "+\($0)" : String($0) } ?? "–"
            Chrome.drawCells(&canvas, layout, Self.columns, [
                (figures.officer.id.text, .normal), (figures.officer.name, figures.officer.isActive ? .normal : .muted), (figures.officer.team, .normal),
                ("\(figures.cases)/\(figures.caseLimit)\(Theme.mark(figures.caseStanding))", Style(standing: figures.caseStanding)),
                (change, .normal),
                (formatDecimal(figures.highRiskPercent) + "%" + Theme.mark(figures.highRiskStanding), Style(standing: figures.highRiskStanding)),
                ("\(figures.workload.level2 + figures.workload.level3)", figures.has(.untrainedL2L3) ? .over : .normal),
                (figures.flags.map(\.words).joined(separator: "; "), figures.isBreaching ? .over : .near),
            ], row: row)
        }
    }
}
