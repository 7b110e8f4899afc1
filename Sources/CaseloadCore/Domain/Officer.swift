/// An offender manager: one row of officers.csv.
public struct Officer: Hashable, Sendable {
    public var id: OfficerID
    public var name: String
    public var team: String
    public var fte: FTE
    public var mosovo: MosovoStatus
    /// Runs an Approved Premises, which skews the workload towards high risk.
    public var approvedPremises: Bool
    /// The team's dedicated domestic abuse offender manager.
    public var daSpecialist: Bool
    public var status: OfficerStatus
    /// For an officer awaiting the MOSOVO course (or not booked on it): the trained officer who supports them.
    public var buddyID: OfficerID?
    /// For an officer not yet trained: the day of the MOSOVO course place booked.
    public var mosovoCourseOn: Day?
    /// On the day the figures are for: nil when not absent, else how many days the absence lasts in all (nil inside
    /// for open-ended). Worked out from availability, never imported.
    public var absence: Int??
    /// On the day the figures are for: the last day of the absence, when absent and it has one.
    public var awayUntil: Day?
    /// On the day the figures are for: the share of capacity reductions take away, in millionths.
    public var reductionMillionths = 0
    /// On the day the figures are for: the day the first reduction in force ends, when one does.
    public var reductionUntil: Day?

    public init(
        id: OfficerID, name: String, team: String, fte: FTE = .full, mosovo: MosovoStatus,
        approvedPremises: Bool = false, daSpecialist: Bool = false, status: OfficerStatus = .active, buddyID: OfficerID? = nil,
        mosovoCourseOn: Day? = nil
    ) {
        self.id = id
        self.name = name
        self.team = team
        self.fte = fte
        self.mosovo = mosovo
        self.approvedPremises = approvedPremises
        self.daSpecialist = daSpecialist
        self.status = status
        self.buddyID = buddyID
        self.mosovoCourseOn = mosovoCourseOn
    }

    /// Working on the day: not on leave and not absent. Only an available officer takes new cases or counts in averages.
    public var isActive: Bool { status == .active && absence == nil }
}
