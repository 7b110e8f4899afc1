import CaseloadCore

/// What one screen says about itself, all in its own file: its title, its rows and their search text, how it draws,
/// what a click on its headings, Enter on a row and `a` do.
///
/// A screen is a value made from the `Screen` on the stack with what it shows (the officer, the case), so it never
/// has to ask which screen it is. Adding a screen is one file, one case of `Screen` and its keys.
protocol ScreenDefinition {
    /// The screen's name in the breadcrumb.
    func title(_ data: DashboardData) -> String
    /// How many rows its list holds.
    func count(_ state: AppState, _ data: DashboardData) -> Int
    /// The text each row is searched by, in row order.
    func searchTexts(_ state: AppState, _ data: DashboardData) -> [String]
    /// Draws the screen between the breadcrumb and the bottom lines.
    func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData, _ theme: Theme)
    /// What Enter on the selected row does.
    func open(_ state: inout AppState, _ data: DashboardData) -> [Effect]
    /// What a click on the headings at a column does.
    func clickHeading(_ state: inout AppState, column: Int, _ data: DashboardData)
    /// What `a` does on the screen: asks to confirm the change it shows (a plan, a rebalance, cover, a notice).
    func apply(_ state: inout AppState, _ data: DashboardData)
    /// What the screen does with one of its own keys' actions; nil for an action it leaves to the reducer.
    func perform(_ action: Action, _ state: inout AppState, _ data: DashboardData) -> [Effect]?
}

extension ScreenDefinition {
    func open(_ state: inout AppState, _ data: DashboardData) -> [Effect] { [] }
    func apply(_ state: inout AppState, _ data: DashboardData) {}
    func clickHeading(_ state: inout AppState, column: Int, _ data: DashboardData) {}
    func perform(_ action: Action, _ state: inout AppState, _ data: DashboardData) -> [Effect]? { nil }
}

extension Screen {
    /// The screen's definition, holding what it shows.
    var definition: any ScreenDefinition {
        switch self {
        case .officers: OfficersScreen()
        case .officer(let id): OfficerScreen(officerID: id)
        case .queue: QueueScreen()
        case .suggest(let caseID): SuggestScreen(caseID: caseID)
        case .transfer(let caseID, let from): TransferScreen(caseID: caseID, from: from)
        case .plan: PlanScreen()
        case .rebalance: RebalanceScreen()
        case .whatIf(let officerID): WhatIfScreen(officerID: officerID)
        case .notice(let officerID): NoticeScreen(officerID: officerID)
        case .monthly: MonthlyScreen()
        case .ahead: AheadScreen()
        case .help: HelpScreen()
        }
    }
}
