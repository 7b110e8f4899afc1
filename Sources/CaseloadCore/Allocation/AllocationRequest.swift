/// A request to give a case to an officer: from the queue when `from` is nil, else a transfer.
public struct AllocationRequest: Hashable, Sendable {
    public var caseID: String
    /// The officer the caller saw holding the case; nil when they saw it unallocated.
    public var from: String?
    public var to: String
    /// Who is allocating, for the audit log.
    public var by: String
    public var reason: AllocationReason?
    /// Allows breaking a hard rule; needs a reason, and is refused when no rule would be broken.
    public var override: Bool
    /// Free text kept in the audit log; needed with reason `other`.
    public var note: String?

    public init(caseID: String, from: String?, to: String, by: String, reason: AllocationReason?, override: Bool, note: String? = nil) {
        self.caseID = caseID
        self.from = from
        self.to = to
        self.by = by
        self.reason = reason
        self.override = override
        self.note = note
    }
}

/// One row of the append-only audit log: a case given to an officer, by whom, when and why.
public struct AuditEntry: Hashable, Sendable {
    public var caseID: String
    public var from: String?
    public var to: String
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
        caseID: String, from: String?, to: String, at: String, by: String, reason: String?, override: Bool,
        rulesOverridden: [String] = [], note: String? = nil
    ) {
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
