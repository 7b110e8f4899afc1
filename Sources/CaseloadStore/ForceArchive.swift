import CaseloadCore

/// A whole force with its history, as `caseload copy` moves it from one store to another.
///
/// The kept counts are not in it: the store that restores it counts them from the cases.
public struct ForceArchive: Sendable {
    public var force: Force
    /// The day each waiting case joined the queue.
    public var queuedSince: [CaseID: Day]
    /// The audit log, oldest first.
    public var audit: [AuditEntry]
    /// The absences and reductions: the last availability.csv's (`fromFile`, `at` its date), then those recorded in
    /// caseload, each in the order written.
    public var availability: [RecordedAvailability]
    /// The workload notices given, oldest first.
    public var notices: [NoticeRecord]
    /// The cover log, oldest first.
    public var covers: [CoverRecord]
    /// The imports of the records system's files, oldest first.
    public var imports: [ImportRecord]
    /// Every month's snapshot, oldest first.
    public var snapshots: [MonthSnapshot]

    public init(
        force: Force, queuedSince: [CaseID: Day], audit: [AuditEntry], availability: [RecordedAvailability], notices: [NoticeRecord],
        covers: [CoverRecord], imports: [ImportRecord], snapshots: [MonthSnapshot]
    ) {
        self.imports = imports
        self.force = force
        self.queuedSince = queuedSince
        self.audit = audit
        self.availability = availability
        self.notices = notices
        self.covers = covers
        self.snapshots = snapshots
    }
}

/// A workload notice as it was recorded: to whom, on which day, when, by whom, for which flags.
public struct NoticeRecord: Hashable, Sendable {
    public var officerID: OfficerID
    public var day: Day
    public var at: String
    public var by: String
    /// The flags, comma-separated, as recorded.
    public var flags: String

    public init(officerID: OfficerID, day: Day, at: String, by: String, flags: String) {
        self.officerID = officerID
        self.day = day
        self.at = at
        self.by = by
        self.flags = flags
    }
}

extension NoticeRecord {
    /// The notice as an audit entry, with what it was given for in words.
    var auditEntry: AuditEntry {
        let flags = flags.split(separator: ",").map { Flag(rawValue: String($0))?.words ?? String($0) }
        return AuditEntry(
            caseID: "", from: nil, to: "", at: at, by: by, reason: nil, override: false,
            note: flags.isEmpty ? "given on \(day)" : "given on \(day): " + flags.joined(separator: "; "), kind: .notice, officerID: officerID)
    }
}
