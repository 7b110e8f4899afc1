/// One case covered by a colleague while its officer is away: the colleague does the work for the dates of the
/// absence, and the officer of record stays.
public struct Cover: Hashable, Sendable {
    public var caseID: CaseID
    /// The officer of record, who is away.
    public var officerID: OfficerID
    /// The officer doing the work meanwhile.
    public var coveringID: OfficerID
    /// The first day of cover.
    public var from: Day
    /// The last day of cover, the absence's last; nil while the absence has no end, until `cover --end`.
    public var to: Day?

    public init(caseID: CaseID, officerID: OfficerID, coveringID: OfficerID, from: Day, to: Day?) {
        self.caseID = caseID
        self.officerID = officerID
        self.coveringID = coveringID
        self.from = from
        self.to = to
    }

    /// Whether the cover's dates include the day.
    public func includes(_ day: Day) -> Bool { from <= day && to.map { day <= $0 } ?? true }
}
