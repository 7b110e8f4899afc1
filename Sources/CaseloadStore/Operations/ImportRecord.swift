import CaseloadCore

/// One import of the records system's files, as the audit trail keeps it.
public struct ImportRecord: Hashable, Sendable {
    /// The day the files describe.
    public var asOf: Day
    public var at: String
    public var by: String
    public var officers: Int
    public var cases: Int
    public var unallocated: Int

    public init(asOf: Day, at: String, by: String, officers: Int, cases: Int, unallocated: Int) {
        self.asOf = asOf
        self.at = at
        self.by = by
        self.officers = officers
        self.cases = cases
        self.unallocated = unallocated
    }

    /// The import as an audit entry.
    var auditEntry: AuditEntry {
        AuditEntry(
            caseID: "", from: nil, to: "", at: at, by: by, reason: nil, override: false,
            note: "as of \(asOf): \(formatCount(officers)) officers, \(formatCount(cases)) cases (\(formatCount(unallocated)) waiting)", kind: .import)
    }
}
