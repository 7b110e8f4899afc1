import CaseloadCore

extension ForceStore {
    /// The monthly view of `month`: the figures as they stand when it is the month of `today`, its recorded snapshot
    /// otherwise, nil when it has none; the eleven months before it give the trend and the change in cases.
    public func monthlyView(of month: Month, today: Day, limits: Limits, redacted: Bool = false) throws -> MonthlyView? {
        let snapshot: MonthSnapshot
        if month == today.calendarMonth {
            snapshot = try currentSnapshot(asOf: today)
        } else if let recorded = try self.snapshot(of: month) {
            snapshot = recorded
        } else {
            return nil
        }
        let history = try (1...11).compactMap { try self.snapshot(of: month.adding(months: -$0)) }
        var view = MonthlyView(
            snapshot: snapshot, previous: history.first { $0.month == month.previous }, history: history, limits: limits,
            redacted: redacted)
        view.activity = try activity(in: month)
        view.availability = AvailabilitySection(view: view, entries: try availability(of: nil).filter { !$0.overruled }.map(\.entry))
        if month == today.calendarMonth {
            let window = AheadWindow(asOf: today, weeks: Rebalancer.aheadDays / 7)
            view.ahead = Ahead(figures: view.figures, dates: try aheadDates(in: window), snapshot: snapshot)
        }
        return view
    }
}
