import CaseloadCore
import Foundation

extension Day {
    /// Today in the machine's time zone.
    static var today: Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
