import CaseloadCore

/// The checks every store makes, inside its transaction, before it gives a case to an officer.
extension AllocationRequest {
    /// Throws when the case is not where the request saw it: with another officer, already allocated (by whom and
    /// when, from `latest`, the newest audit row for it), or already with the officer it is to go to.
    public func checkPlace(of offender: Case, latest: () throws -> (by: String?, at: String?)) throws {
        if offender.officerID != from {
            if let from { throw AllocationError.notWithOfficer(caseID: offender.id, expected: from, actual: offender.officerID) }
            let (by, at) = try latest()
            throw AllocationError.alreadyAllocated(caseID: offender.id, to: offender.officerID ?? "", by: by, at: at)
        }
        if offender.officerID == to { throw AllocationError.alreadyWithOfficer(caseID: offender.id, officer: to) }
    }

    /// The audit row for giving the case to the officer as they stand, holding what they hold; throws when a hard
    /// rule stands in the way without an override, when an override has nothing to override or no reason, and
    /// when reason `other` comes without a note.
    public func auditEntry(
        giving offender: Case, to officer: Officer, buddy: Officer?, holding: Workload, residentsHighRisk: Int, limits: Limits, at time: String
    ) throws -> AuditEntry {
        let rules = HardRule.broken(giving: offender, to: officer, buddy: buddy, holding: holding, limits: limits, residentsHighRisk: residentsHighRisk)
        if !rules.isEmpty && !override {
            throw AllocationError.refused(
                caseID: offender.id, officer: officer.id, rules: rules,
                explanations: rules.map { $0.explanation(for: officer, buddy: buddy, holding: holding, limits: limits) })
        }
        if override && rules.isEmpty { throw AllocationError.nothingToOverride(caseID: offender.id, officer: officer.id) }
        if override && reason == nil { throw AllocationError.overrideNeedsReason(caseID: offender.id) }
        let note = note.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        if reason == .other && note == nil { throw AllocationError.otherNeedsNote(caseID: offender.id) }
        return AuditEntry(
            caseID: offender.id, from: from, to: officer.id, at: time, by: by, reason: reason?.rawValue, override: override,
            rulesOverridden: override ? rules.map(\.rawValue) : [], note: note)
    }
}
