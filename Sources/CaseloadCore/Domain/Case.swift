/// One managed offender: one row of cases.csv.
public struct Case: Hashable, Sendable {
    public var id: String
    /// The officer who holds the case; nil while it waits in the queue.
    public var officerID: String?
    public var team: String
    public var risk: Risk
    /// nil when the offender is not managed under MAPPA.
    public var mappa: Mappa?
    public var location: Location
    public var domesticAbuse: Bool
    public var allocatedOn: Day?
    /// The officer who held this offender before, for continuity.
    public var previousOfficerID: String?

    public init(
        id: String, officerID: String?, team: String, risk: Risk, mappa: Mappa? = nil,
        location: Location = .community, domesticAbuse: Bool = false, allocatedOn: Day? = nil,
        previousOfficerID: String? = nil
    ) {
        self.id = id
        self.officerID = officerID
        self.team = team
        self.risk = risk
        self.mappa = mappa
        self.location = location
        self.domesticAbuse = domesticAbuse
        self.allocatedOn = allocatedOn
        self.previousOfficerID = previousOfficerID
    }
}
