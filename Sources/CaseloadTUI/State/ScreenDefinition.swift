import CaseloadCore

/// What one screen says about itself, all in its own file: its kind, its title, its rows and their search text, how
/// it draws, what a click on its headings, Enter on a row and `a` do, and what its own keys do.
///
/// A screen is a value holding what it shows (the officer, the case), so it never has to ask which screen it is; the
/// stack holds it as a `Screen`. Adding a screen is its file and one registration in `KeyMap`.
protocol ScreenDefinition: Hashable, Sendable {
    /// The kind of screen, with the traits the global keys ask about.
    static var kind: ScreenKind { get }
    /// The screen of this kind when it needs nothing more to show (the queue, the monthly view), for the keys that go
    /// to it; nil for a kind that shows one officer or case.
    static var wholeForce: Self? { get }
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
    static var wholeForce: Self? { nil }
    func open(_ state: inout AppState, _ data: DashboardData) -> [Effect] { [] }
    func apply(_ state: inout AppState, _ data: DashboardData) {}
    func clickHeading(_ state: inout AppState, column: Int, _ data: DashboardData) {}
    func perform(_ action: Action, _ state: inout AppState, _ data: DashboardData) -> [Effect]? { nil }
}
