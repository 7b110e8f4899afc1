/// A request to give a case to an officer: from the queue when `from` is nil, else a transfer.
public struct AllocationRequest: Hashable, Sendable {
    public var caseID: CaseID
    /// The officer the caller saw holding the case; nil when they saw it unallocated.
    public var from: OfficerID?
    public var to: OfficerID
    /// Who is allocating, for the audit log.
    public var by: String
    public var reason: AllocationReason?
    /// Allows breaking a hard rule; needs a reason, and is refused when no rule would be broken.
    public var override: Bool
    /// Free text kept in the audit log; needed with reason `other`.
    public var note: String?

    public init(caseID: CaseID, from: OfficerID?, to: OfficerID, by: String, reason: AllocationReason?, override: Bool, note: String? = nil) {
        self.caseID = caseID
        self.from = from
        self.to = to
        self.by = by
        self.reason = reason
        self.override = override
        self.note = note
    }
}

/// What an audit entry records.
public enum AuditKind: String, CaseIterable, Sendable {
    /// A waiting case given to an officer.
    case allocation
    /// A case moved from one officer to another.
    case transfer
    /// An allocation or transfer made against a hard rule, with the rules it broke.
    case override
    /// An officer recorded as away for some days.
    case absence
    /// An officer recorded as working with less capacity for some days.
    case reduction
    /// A colleague began covering a case while its officer is away (`from` the officer, `to` the colleague).
    case coverStarted = "cover_started"
    /// Cover of a case ended (`from` the colleague, `to` the officer): ended early, or the absence ended.
    case coverEnded = "cover_ended"
    /// A workload notice given to an officer.
    case notice
    /// The force replaced by the records system's files.
    case `import`

    /// In a few words, for a person.
    public var words: String {
        switch self {
        case .allocation: "allocated"
        case .transfer: "transferred"
        case .override: "rule overridden"
        case .absence: "absence"
        case .reduction: "reduction"
        case .coverStarted: "cover started"
        case .coverEnded: "cover ended"
        case .notice: "notice given"
        case .import: "files imported"
        }
    }
}

/// One entry of the append-only audit log: a case given to an officer or covered, by whom, when and why.
public struct AuditEntry: Hashable, Sendable {
    public var kind: AuditKind
    /// The case an allocation, transfer or cover concerns; empty for an entry about an officer or the force.
    public var caseID: CaseID
    /// The officer an absence, reduction or notice concerns; nil for the others, which name theirs in `from` and `to`.
    public var officerID: OfficerID?
    public var from: OfficerID?
    public var to: OfficerID
    /// ISO 8601 time in UTC.
    public var at: String
    public var by: String
    public var reason: String?
    public var override: Bool
    /// The hard rules the override broke, by name; empty without an override, and for overrides recorded before
    /// caseload kept them.
    public var rulesOverridden: [String]
    public var note: String?

    public init(
        caseID: CaseID, from: OfficerID?, to: OfficerID, at: String, by: String, reason: String?, override: Bool,
        rulesOverridden: [String] = [], note: String? = nil, kind: AuditKind? = nil, officerID: OfficerID? = nil
    ) {
        self.officerID = officerID
        self.kind = kind ?? (override ? .override : from == nil ? .allocation : .transfer)
        self.caseID = caseID
        self.from = from
        self.to = to
        self.at = at
        self.by = by
        self.reason = reason
        self.override = override
        self.rulesOverridden = rulesOverridden
        self.note = note
    }
}
