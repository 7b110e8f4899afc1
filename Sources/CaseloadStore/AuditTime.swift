import Foundation

/// The time written in audit rows: ISO 8601 in UTC, to the millisecond, so that the trail's logs, merged by time, keep
/// the order things were done in even within one second.
public enum AuditTime {
    public static func now() -> String { string(from: Date()) }

    public static func string(from date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
