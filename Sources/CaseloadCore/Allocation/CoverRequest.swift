/// A request to have a colleague cover an away officer's case until a day, the officer of record staying.
public struct CoverRequest: Hashable, Sendable {
    public var caseID: String
    /// The officer of record the caller saw holding the case.
    public var officerID: String
    public var coveringID: String
    /// The last day of cover, the absence's last; nil for an absence with no end, until cover is ended.
    public var until: Day?
    /// Who is arranging the cover, for the audit log.
    public var by: String

    public init(caseID: String, officerID: String, coveringID: String, until: Day?, by: String) {
        self.caseID = caseID
        self.officerID = officerID
        self.coveringID = coveringID
        self.until = until
        self.by = by
    }
}
