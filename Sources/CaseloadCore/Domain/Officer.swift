/// An offender manager: one row of officers.csv.
public struct Officer: Hashable, Sendable {
    public var id: String
    public var name: String
    public var team: String
    public var fte: FTE
    public var mosovo: MosovoStatus
    /// Runs an Approved Premises, which skews the workload towards high risk.
    public var approvedPremises: Bool
    /// The team's dedicated domestic abuse offender manager.
    public var daSpecialist: Bool
    public var status: OfficerStatus

    public init(
        id: String, name: String, team: String, fte: FTE = .full, mosovo: MosovoStatus,
        approvedPremises: Bool = false, daSpecialist: Bool = false, status: OfficerStatus = .active
    ) {
        self.id = id
        self.name = name
        self.team = team
        self.fte = fte
        self.mosovo = mosovo
        self.approvedPremises = approvedPremises
        self.daSpecialist = daSpecialist
        self.status = status
    }

    public var isActive: Bool { status == .active }
}
