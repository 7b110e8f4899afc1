import CaseloadCore

/// What one screen says about itself, all in its own file: its title, its rows and their search text, how it draws,
/// what a click on its headings and Enter on a row do. Adding a screen is one file, one case here and its keys.
protocol ScreenDefinition {
    /// The screen's name in the breadcrumb.
    static func title(_ screen: Screen, _ data: DashboardData) -> String
    /// How many rows its list holds.
    static func count(_ screen: Screen, _ state: AppState, _ data: DashboardData) -> Int
    /// The text each row is searched by, in row order.
    static func searchTexts(_ screen: Screen, _ state: AppState, _ data: DashboardData) -> [String]
    /// Draws the screen between the breadcrumb and the bottom lines.
    static func draw(_ canvas: inout Canvas, _ screen: Screen, _ state: AppState, _ data: DashboardData, _ theme: Theme)
    /// What Enter on the selected row does.
    static func open(_ state: inout AppState, _ screen: Screen, _ data: DashboardData) -> [Effect]
    /// What a click on the headings at a column does.
    static func clickHeading(_ state: inout AppState, column: Int, _ data: DashboardData)
    /// What `a` does on the screen: asks to confirm the change it shows (a plan, a rebalance, cover, a notice).
    static func apply(_ state: inout AppState, _ screen: Screen, _ data: DashboardData)
}

extension ScreenDefinition {
    static func open(_ state: inout AppState, _ screen: Screen, _ data: DashboardData) -> [Effect] { [] }
    static func apply(_ state: inout AppState, _ screen: Screen, _ data: DashboardData) {}
    static func clickHeading(_ state: inout AppState, column: Int, _ data: DashboardData) {}
}

extension Screen {
    /// The file that holds everything about this screen.
    var definition: any ScreenDefinition.Type {
        switch self {
        case .officers: OfficersScreen.self
        case .officer: OfficerScreen.self
        case .queue: QueueScreen.self
        case .suggest: SuggestScreen.self
        case .transfer: TransferScreen.self
        case .plan: PlanScreen.self
        case .rebalance: RebalanceScreen.self
        case .whatIf: WhatIfScreen.self
        case .notice: NoticeScreen.self
        case .monthly: MonthlyScreen.self
        case .ahead: AheadScreen.self
        case .help: HelpScreen.self
        }
    }
}
