/// The "Availability and training" section of the monthly reports: who is away, whose reduction ends soon, which cases
/// need cover, who awaits the MOSOVO course with which buddy, and the notices given.
public struct AvailabilitySection: Sendable {
    /// A titled list in the section; `items` are plain text, for each report to escape in its own way.
    public struct Part: Sendable, Equatable {
        public let title: String
        public let items: [String]
    }

    /// How far past the view's day the section looks for absences about to start and reductions about to end.
    public static let lookaheadDays = 28

    public let parts: [Part]

    /// The section of `view`, from the absences and reductions recorded for the force.
    public init(view: MonthlyView, entries: [AvailabilityEntry]) {
        let day = view.asOf
        let horizon = day.adding(days: Self.lookaheadDays)
        let officers = Dictionary(view.figures.officers.map { ($0.officer.id, $0) }, uniquingKeysWith: { a, _ in a })
        func who(_ id: OfficerID) -> String {
            guard let figures = officers[id], figures.officer.name != id.text else { return id.text }
            return "\(id) \(figures.officer.name)"
        }
        func period(_ entry: AvailabilityEntry) -> String {
            let to = entry.to.map { "to \($0)" } ?? "open-ended"
            let length = entry.days.map { ", \($0) day\($0 == 1 ? "" : "s")" } ?? ""
            return "from \(entry.from) \(to)\(length)"
        }
        let sorted = entries.sorted { ($0.from, $0.officerID) < ($1.from, $1.officerID) }

        let limits = view.figures.limits
        /// Why the absence, with any that abut it, leaves the officer's cases needing cover; nil when it does not.
        func coverReason(_ entry: AvailabilityEntry) -> String? {
            let days = entry.withAbutting(entries.filter { $0.officerID == entry.officerID && $0.kind == .absence }).days
            let workload = officers[entry.officerID]?.workload ?? Workload()
            return limits.coverNeed(absenceLasting: days, holdingMostDangerous: workload.mostDangerous > 0).reason(limits)
        }
        var away: [String] = []
        for entry in sorted where entry.kind == .absence && entry.from <= horizon && (entry.to.map { $0 >= day } ?? true) {
            let now = entry.covers(day)
            var offender = "\(who(entry.officerID)): \(entry.reason), \(period(entry))"
            if !now {
                offender += "; booked"
            } else if let reason = coverReason(entry) {
                let cases = officers[entry.officerID]?.casesNeedingCover ?? 0
                offender += "; away now, \(reason): \(cases) case\(cases == 1 ? " needs" : "s need") cover"
            } else {
                offender += "; away now, no new cases (\(view.figures.limits.coverAfterDays) days or fewer: no cover needed)"
            }
            away.append(offender)
        }

        var reductions: [String] = []
        for entry in sorted where entry.kind == .reduction && entry.covers(day) {
            let share = formatFixedPoint((entry.fractionMillionths ?? 0) / 100, places: 2)
            let limit = officers[entry.officerID].map { ", limit \($0.caseLimit)" } ?? ""
            let ending = entry.to.map { $0 <= horizon ? "; ends \($0), within \(Self.lookaheadDays) days: review it" : "" } ?? ""
            reductions.append("\(who(entry.officerID)): \(share)% reduction (\(entry.reason)) \(period(entry))\(limit)\(ending)")
        }

        let covering = view.figures.officers.filter { $0.has(.needsCover) }
        let cover = covering.isEmpty
            ? ["No cases need cover."]
            : ["\(formatCount(view.figures.force.casesNeedingCover)) cases need cover: "
                + covering.map { "\(who($0.officer.id)) (\($0.casesNeedingCover))" }.joined(separator: ", ") + "."]

        let awaiting = view.figures.officers.filter { $0.officer.mosovo != .trained }
        let course = awaiting.map { figures in
            let officer = figures.officer
            let buddy = (officer.buddyID ?? "").isEmpty ? "no buddy named" : "buddy \(who(officer.buddyID ?? ""))"
            let place = officer.mosovoCourseOn.map { "course on \($0)" } ?? "no course place booked (wait list)"
            return "\(who(officer.id)) (\(officer.mosovo.rawValue)): \(buddy); \(place)"
        }

        parts = [
            Part(title: "Away", items: away.isEmpty ? ["No one is away or booked to be in the next \(Self.lookaheadDays) days."] : away),
            Part(title: "Reductions in force", items: reductions.isEmpty ? ["No reductions."] : reductions),
            Part(title: "Cover", items: cover),
            Part(title: "Awaiting the MOSOVO course", items: course.isEmpty ? ["Every officer is MOSOVO trained."] : course),
            Part(title: "Notices", items: ["\(formatCount(view.noticesSent)) workload notice\(view.noticesSent == 1 ? "" : "s") given this month (Recommendation 19: \"communicate this to affected staff\")."]),
        ]
    }
}
