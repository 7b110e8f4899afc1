import CaseloadCore
import CaseloadExport

extension ScreenKind {
    public static let ahead = ScreenKind("ahead", [.list, .opens, .searchable, .sortable])
}

extension Screen {
    /// The weeks ahead: releases, endings, reviews and each officer's caseload to come; each team's forecast.
    public static var ahead: Screen { Screen(AheadScreen()) }
}

/// The weeks ahead: each team's forecast on a line of its own, then each officer's releases, endings and reviews
/// in the next 12 weeks and their caseload in 4, 8 and 12 weeks, marked as today's figures are. Enter opens an
/// officer. At 80 Self.columns it shows the counts and the 4-week projection; wider, the rest.
struct AheadScreen: ScreenDefinition {
    static let kind = ScreenKind.ahead
    static var wholeForce: AheadScreen? { AheadScreen() }
    /// The key that opens the weeks ahead.
    static let opening: [KeyBinding] = [
        KeyBinding(keys: [.character("a")], label: "a", action: .go(.ahead), help: "the weeks ahead: releases, endings, reviews, and each team's forecast", screens: [.officers], inBar: true, barWord: "ahead"),
    ]

    /// Sorting, with the Officers list's keys (`OfficersScreen.keys`): < and > step through the orders, I reverses.
    func perform(_ action: Action, _ state: inout AppState, _ data: DashboardData) -> [Effect]? {
        let count = AheadOrder.Key.allCases.count
        switch action {
        case .sortNextColumn: state.aheadOrder.sort(by: AheadOrder.Key(rawValue: state.aheadOrder.key.rawValue % count + 1)!)
        case .sortPreviousColumn: state.aheadOrder.sort(by: AheadOrder.Key(rawValue: (state.aheadOrder.key.rawValue + count - 2) % count + 1)!)
        case .sortReverse: state.aheadOrder.descending.toggle()
        default: return nil
        }
        return []
    }

    func title(_ data: DashboardData) -> String { "Ahead \(data.ahead.weeks) weeks" }

    func count(_ state: AppState, _ data: DashboardData) -> Int {
        data.isComplete ? data.ahead.teams.count + data.ahead.officers.count : 0
    }

    func searchTexts(_ state: AppState, _ data: DashboardData) -> [String] {
        guard data.isComplete else { return [] }
        return data.ahead.teams.map(\.team) + officers(state, data).map { $0.figures.officer.name + " " + $0.figures.officer.id.text }
    }

    func open(_ state: inout AppState, _ data: DashboardData) -> [Effect] {
        let index = state.page.selected - data.ahead.teams.count
        let officers = officers(state, data)
        guard data.isComplete, officers.indices.contains(index) else { return [] }
        state.push(.officer(id: officers[index].figures.officer.id))
        return []
    }

    /// The officers in the order chosen with `<`, `>` and `I`, sorted once while the order stays.
    func officers(_ state: AppState, _ data: DashboardData) -> [OfficerAhead] {
        data.aheadRows.value(for: state.aheadOrder) { state.aheadOrder.ordered(data.ahead.officers) }
    }

    static let columns = [
        TableColumn(heading: "OFFICER", width: 7, priority: 0), TableColumn(heading: "NAME", width: 12, priority: 1, flexible: true, maximum: 24),
        TableColumn(heading: "TEAM", width: 6, priority: 6), TableColumn(heading: "CASES", width: 7, priority: 0),
        TableColumn(heading: "RELEASES", width: 8, priority: 2, alignRight: true), TableColumn(heading: "ENDING", width: 6, priority: 2, alignRight: true),
        TableColumn(heading: "REVIEWS", width: 7, priority: 3, alignRight: true), TableColumn(heading: "OVERDUE", width: 7, priority: 0, alignRight: true),
        TableColumn(heading: "IN 4 WEEKS", width: 16, priority: 0), TableColumn(heading: "IN 8 WEEKS", width: 16, priority: 4),
        TableColumn(heading: "IN 12 WEEKS", width: 16, priority: 5),
    ]

    func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData, _ theme: Theme) {
        let layout = TableLayout.fit(Self.columns, width: canvas.width - 1)
        guard data.isComplete else {
            Chrome.drawHeadings(&canvas, layout, Self.columns.map(\.heading))
            canvas.put("  Loading every case of the force; the weeks ahead follow in a moment.", row: ScreenLayout.firstListRow, column: 0, style: .muted)
            return
        }
        let ahead = data.ahead
        let report = AheadReport(ahead)
        let overdue = ahead.officers.reduce(0) { $0 + $1.reviewsOverdue }
        let releases = ahead.officers.reduce(0) { $0 + $1.releases }
        Chrome.drawSummary(&canvas, "\(overdue) review\(overdue == 1 ? "" : "s") overdue; to \(ahead.end): \(releases) release\(releases == 1 ? "" : "s"), "
            + "\(ahead.officers.reduce(0) { $0 + $1.ending }) cases ending, \(ahead.officers.reduce(0) { $0 + $1.reviewsDue }) reviews due",
            style: overdue > 0 ? .over : .header)
        Chrome.drawStatus(&canvas, "\(state.aheadOrder.words) (< > I); projected: today's cases less those ending")
        Chrome.drawHeadings(&canvas, layout, Self.columns.map(\.heading))
        let teams = ahead.teams
        let officers = officers(state, data)
        Chrome.drawList(&canvas, state, count: teams.count + officers.count) { canvas, index, row in
            if index < teams.count {
                let team = teams[index]
                let full = " " + report.sentence(team)
                let text = full.displayWidth < canvas.width ? full : " " + report.shortSentence(team)
                canvas.put(text, row: row, column: 0, style: team.weeksUntilOver.map { $0 <= ahead.weeks ? .over : .header } ?? .header)
                return
            }
            let officer = officers[index - teams.count]
            let figures = officer.figures
            Chrome.drawCells(&canvas, layout, Self.columns, [
                (figures.officer.id.text, .normal), (figures.officer.name, figures.officer.isActive ? .normal : .muted), (figures.officer.team, .normal),
                ("\(figures.cases)/\(figures.caseLimit)\(Theme.mark(figures.caseStanding))", Style(standing: figures.caseStanding)),
                (String(officer.releases), .normal), (String(officer.ending), .normal), (String(officer.reviewsDue), .normal),
                (String(officer.reviewsOverdue), officer.reviewsOverdue > 0 ? .over : .normal),
            ] + officer.projected.map { projection in
                let worst = max(projection.caseStanding, projection.highRiskStanding)
                return ("\(projection.cases)/\(figures.caseLimit)\(Theme.mark(projection.caseStanding)) "
                    + "\(formatDecimal(projection.highRiskPercent))%\(Theme.mark(projection.highRiskStanding))", Style(standing: worst))
            }, row: row)
        }
    }
}
