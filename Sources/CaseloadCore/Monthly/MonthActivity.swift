/// What supervisors did in a month, as the audit trail records it: for the monthly view's force figures.
public struct MonthActivity: Hashable, Sendable {
    /// Workload notices given (Recommendation 19: "communicate this to affected staff").
    public var notices = 0
    /// Cases moved from one officer to another, overrides among them.
    public var transfers = 0
    /// Allocations and transfers made against a hard rule.
    public var overrides = 0
    /// Cases whose cover by a colleague started.
    public var coverStarted = 0
    /// Of the cases allocated in the month with a referral date, the median days from referral to allocation; nil
    /// when there are none.
    public var medianWaitDays: Double?

    public init(notices: Int = 0, transfers: Int = 0, overrides: Int = 0, coverStarted: Int = 0) {
        self.notices = notices
        self.transfers = transfers
        self.overrides = overrides
        self.coverStarted = coverStarted
    }

    /// The median of some waits in days: the middle one, or the mean of the middle two; nil for none.
    public static func median(_ waits: [Int]) -> Double? {
        guard !waits.isEmpty else { return nil }
        let sorted = waits.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}
