import CaseloadCore
import Foundation

extension Day {
    /// Today in the machine's time zone, or `$CASELOAD_TODAY` (YYYY-MM-DD) for reproducible reports and tests.
    static var today: Day {
        if let fixed = ProcessInfo.processInfo.environment["CASELOAD_TODAY"].flatMap({ Day($0) }) { return fixed }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
