import CaseloadCore
import Foundation

/// The time now, for audit rows: ISO 8601 in UTC, to the second.
func auditTimestamp() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date())
}
