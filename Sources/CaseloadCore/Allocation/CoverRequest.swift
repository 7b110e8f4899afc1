/// A request to have a colleague cover an away officer's case until a day, the officer of record staying.
public struct CoverRequest: Hashable, Sendable {
    public var caseID: CaseID
    /// The officer of record the caller saw holding the case.
    public var officerID: OfficerID
    public var coveringID: OfficerID
    /// The last day of cover, the absence's last; nil for an absence with no end, until cover is ended.
    public var until: Day?
    /// Who is arranging the cover, for the audit log.
    public var by: String

    public init(caseID: CaseID, officerID: OfficerID, coveringID: OfficerID, until: Day?, by: String) {
        self.caseID = caseID
        self.officerID = officerID
        self.coveringID = coveringID
        self.until = until
        self.by = by
    }
}
