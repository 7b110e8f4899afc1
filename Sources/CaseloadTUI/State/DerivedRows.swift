import CaseloadCore
import Foundation

/// Rows worked out from one load of the data, kept while the settings that shaped them stay the same, so that
/// moving, scrolling and redrawing do not sort or rank again. Lives and dies with its `DashboardData`.
final class DerivedRows: @unchecked Sendable {
    private let lock = NSLock()
    private var officers: (settings: OfficerListSettings, rows: [Int])?
    private var suggestion: (caseID: String, rows: (item: Case, rows: [ScreenRows.SuggestRow])?)?

    /// The Officers table's rows for the settings, worked out by `compute` only when they changed.
    func officerRows(_ settings: OfficerListSettings, compute: () -> [Int]) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        if let officers, officers.settings == settings { return officers.rows }
        let rows = compute()
        officers = (settings, rows)
        return rows
    }

    /// The Suggest screen's rows for the case, ranked by `compute` only when the case changed.
    func suggestRows(_ caseID: String, compute: () -> (item: Case, rows: [ScreenRows.SuggestRow])?) -> (item: Case, rows: [ScreenRows.SuggestRow])? {
        lock.lock()
        defer { lock.unlock() }
        if let suggestion, suggestion.caseID == caseID { return suggestion.rows }
        let rows = compute()
        suggestion = (caseID, rows)
        return rows
    }
}
