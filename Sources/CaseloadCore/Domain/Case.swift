/// One managed offender: one row of cases.csv.
public struct Case: Hashable, Sendable {
    public var id: CaseID
    /// The officer who holds the case; nil while it waits in the queue.
    public var officerID: OfficerID?
    public var team: String
    public var risk: Risk
    /// nil when the offender is not managed under MAPPA.
    public var mappa: Mappa?
    public var location: Location
    public var domesticAbuse: Bool
    public var allocatedOn: Day?
    /// The officer who held this offender before, for continuity.
    public var previousOfficerID: OfficerID?
    /// When the case was referred to the team; how long a queued case has waited counts from it.
    public var referredOn: Day?
    /// For a case in custody: the expected release date.
    public var releaseOn: Day?
    /// When the case leaves MAPPA management (registration or licence ends).
    public var endsOn: Day?
    /// When the next risk review (ARMS or equivalent) is due.
    public var nextReviewOn: Day?

    public init(
        id: CaseID, officerID: OfficerID?, team: String, risk: Risk, mappa: Mappa? = nil,
        location: Location = .community, domesticAbuse: Bool = false, allocatedOn: Day? = nil,
        previousOfficerID: OfficerID? = nil, referredOn: Day? = nil, releaseOn: Day? = nil, endsOn: Day? = nil, nextReviewOn: Day? = nil
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
        self.referredOn = referredOn
        self.releaseOn = releaseOn
        self.endsOn = endsOn
        self.nextReviewOn = nextReviewOn
    }
}

extension Case {
    /// A very high risk or MAPPA level 3 offender: needs cover after the shorter period, and is never moved for
    /// volume or risk unless asked.
    public var isMostDangerous: Bool { risk == .veryHigh || mappa?.level == 3 }

    /// Whether its next risk review (ARMS or equivalent) came before `day`: one due on the day is not yet overdue.
    public func isReviewOverdue(on day: Day) -> Bool { nextReviewOn.map { $0 < day } ?? false }

    /// Since when a waiting case has waited: its referral, else the day caseload first saw it waiting.
    public func waitingSince(firstSeen: Day?) -> Day? { referredOn ?? firstSeen }

    /// A high-risk offender living in an Approved Premises: the AP's throughput that skews its officer's share.
    public var isHighRiskResident: Bool { location == .approvedPremises && risk.isHigh }
}
