import CaseloadCore
import Dispatch

extension ForceStore {
    /// The day's snapshot and the weeks ahead's dates, read at once: each read has its own connection where the
    /// store keeps a pool (SQLite in WAL mode), and they take turns on PostgreSQL's one connection.
    ///
    /// At 1M cases the snapshot and the date queries are each about a third of `caseload ahead`; side by side on two
    /// cores they cost the longer of the two.
    public func snapshotAndAheadDates(in window: AheadWindow) throws -> (snapshot: MonthSnapshot, dates: AheadDates) {
        nonisolated(unsafe) var snapshot: Result<MonthSnapshot, any Error>?
        nonisolated(unsafe) var dates: Result<AheadDates, any Error>?
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                snapshot = Result { try currentSnapshot(asOf: window.asOf) }
            } else {
                dates = Result { try aheadDates(in: window) }
            }
        }
        return (try snapshot!.get(), try dates!.get())
    }
}
