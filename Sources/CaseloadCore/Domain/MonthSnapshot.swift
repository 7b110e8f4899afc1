/// What a force looked like in one month: each officer's counts and the size of the queue.
public struct MonthSnapshot: Hashable, Sendable {
    public var month: Month
    /// The day whose state was recorded.
    public var asOf: Day
    public var officers: [OfficerWorkload]
    public var unallocated: Int

    public init(month: Month, asOf: Day, officers: [OfficerWorkload], unallocated: Int) {
        self.month = month
        self.asOf = asOf
        self.officers = officers
        self.unallocated = unallocated
    }

    /// The snapshot of a force as it stands on a day.
    /// The force's counts on a day, each officer's overdue reviews among them.
    public init(force: Force, asOf: Day) {
        let tally = WorkloadTally(force)
        let overdue = force.reviewsOverdue(on: asOf)
        let officers = tally.officerWorkloads.map { entry in
            var entry = entry
            entry.reviewsOverdue = overdue[entry.officer.id] ?? 0
            return entry
        }
        self.init(month: asOf.calendarMonth, asOf: asOf, officers: officers, unallocated: tally.unallocated)
    }

    /// The officers not available on the day: their covered cases count for the colleagues covering them.
    public var away: Set<OfficerID> { Set(officers.filter { !$0.officer.isActive }.map(\.officer.id)) }

    public func figures(limits: Limits) -> Figures {
        Figures(officers: officers, unallocated: unallocated, limits: limits)
    }
}
