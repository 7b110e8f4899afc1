import CaseloadCore
import CaseloadDemo
import CaseloadSQLite
import CaseloadStore
import CaseloadTUI

/// The demo force as the dashboard sees it on 2026-11-15, with its history: the fixture every TUI test starts from.
enum DemoData {
    static let today = Day("2026-11-15")!

    static func force() throws -> Force {
        try ImportFiles.load(officers: DemoForce.officersURL.path, cases: DemoForce.casesURL.path)
    }

    static func data() throws -> DashboardData {
        let force = try force()
        let history = try DemoForce.history(before: today.calendarMonth, officers: force.officers)
        return DashboardData(force: force, snapshots: history, limits: .standard, today: today)
    }

    /// An in-memory store holding the demo and its history.
    static func store() throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        let force = try force()
        for snapshot in try DemoForce.history(before: today.calendarMonth, officers: force.officers) { try store.record(snapshot) }
        try store.replaceForce(force, asOf: today, availability: DemoForce.availability(around: today))
        return store
    }

    /// The state after pressing the keys, from the home screen.
    static func state(after keys: [Key], data: DashboardData, height: Int = 24) -> (AppState, [Effect]) {
        var state = AppState(supervisor: "sgt.test")
        state.visibleRows = ScreenLayout.visibleRows(height: height)
        var effects: [Effect] = []
        for key in keys { effects += Reducer.reduce(&state, key, data) }
        return (state, effects)
    }

    static func typing(_ text: String) -> [Key] { text.map { Key.character($0) } }
}
