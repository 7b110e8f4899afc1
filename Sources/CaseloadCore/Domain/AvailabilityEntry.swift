/// One period an officer is away (an absence) or working with less capacity (a reduction): one row of
/// availability.csv, or one `caseload absence` or `caseload reduction`.
public struct AvailabilityEntry: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        /// Away: leave, sickness, secondment. On a day it covers the officer counts as on leave.
        case absence
        /// Working with less capacity: a phased return, training, union duties, mentoring.
        case reduction
    }

    public var officerID: OfficerID
    public var kind: Kind
    /// The first day.
    public var from: Day
    /// The last day; nil for open-ended.
    public var to: Day?
    /// For a reduction: the share of capacity taken away, in millionths (0 < fraction < 1).
    public var fractionMillionths: Int?
    public var reason: String

    public init(officerID: OfficerID, kind: Kind, from: Day, to: Day? = nil, fractionMillionths: Int? = nil, reason: String) {
        self.officerID = officerID
        self.kind = kind
        self.from = from
        self.to = to
        self.fractionMillionths = fractionMillionths
        self.reason = reason
    }

    /// Whether the entry is in force on the day: from its first day to its last, both included.
    public func covers(_ day: Day) -> Bool { from <= day && (to.map { day <= $0 } ?? true) }

    /// Days it lasts in all, both ends included; nil for open-ended.
    public var days: Int? { to.map { $0.daysSinceEpoch - from.daysSinceEpoch + 1 } }

    /// The absence with every absence of the same officer that abuts it, before or after, as one period: two
    /// back-to-back 14-day absences are one of 28 days; any open-ended part makes the whole open-ended.
    public func withAbutting(_ absences: [AvailabilityEntry]) -> AvailabilityEntry {
        var span = self
        var grew = true
        while grew {
            grew = false
            for other in absences where other != span {
                if let end = other.to, end.adding(days: 1) == span.from, other.from < span.from {
                    span.from = other.from
                    grew = true
                }
                if let end = span.to, end.adding(days: 1) == other.from {
                    span.to = other.to
                    grew = true
                }
            }
        }
        return span
    }

    /// Whether the two periods share a day.
    public func overlaps(_ other: AvailabilityEntry) -> Bool {
        from <= (other.to ?? Day.supportedEnd) && other.from <= (to ?? Day.supportedEnd)
    }

    /// Past, current or future, seen from a day.
    public func when(seenFrom day: Day) -> String {
        if covers(day) { return "current" }
        return day < from ? "future" : "past"
    }
}


extension Officer {
    /// The officer as they stand on a day: away on an absence that covers it (and for how long in all, nil when
    /// open-ended), with the reductions that cover it added up and capped below the whole.
    public func standing(on day: Day, _ entries: [AvailabilityEntry]) -> Officer {
        var officer = self
        let mine = entries.filter { $0.officerID == id && $0.covers(day) }
        if let absence = mine.first(where: { $0.kind == .absence }) {
            let span = absence.withAbutting(entries.filter { $0.officerID == id && $0.kind == .absence })
            officer.absence = .some(span.days)
            officer.awayUntil = span.to
        }
        let reduction = mine.filter { $0.kind == .reduction }.reduce(0) { $0 + ($1.fractionMillionths ?? 0) }
        officer.reductionMillionths = min(reduction, 999_999)
        officer.reductionUntil = mine.filter { $0.kind == .reduction }.compactMap(\.to).min()
        return officer
    }
}

extension [Officer] {
    /// The officers as they stand on a day: the entries that cover the day grouped by officer once, so a large force
    /// with many entries costs a pass over each, not one over every entry for every officer.
    public func standing(on day: Day, _ entries: [AvailabilityEntry]) -> [Officer] {
        let inForce = Dictionary(grouping: entries.filter { $0.covers(day) }, by: \.officerID)
        guard !inForce.isEmpty else { return self }
        return map { officer in inForce[officer.id].map { officer.standing(on: day, $0) } ?? officer }
    }
}
