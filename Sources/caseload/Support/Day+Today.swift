import CaseloadCore
import Foundation

extension Day {
    /// Today in the machine's time zone, or `$CASELOAD_TODAY` (YYYY-MM-DD, years 1900–2999) for reproducible reports.
    ///
    /// A `CASELOAD_TODAY` that is not such a date is bad input (exit 1), never ignored.
    static func today() throws -> Day {
        if let text = UserEnvironment.value("CASELOAD_TODAY") {
            guard let day = Day(text), Day.supportedYears.contains(day.year) else {
                throw CommandFailure.refused("CASELOAD_TODAY: \(text.quotedForMessage()) is not a date caseload can use; use YYYY-MM-DD with a year from 1900 to 2999, e.g. 2026-11-15")
            }
            return day
        }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
