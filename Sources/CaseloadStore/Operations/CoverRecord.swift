import CaseloadCore

/// One line of the append-only cover log: cover of a case started, or ended before its last day.
public struct CoverRecord: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case start, end
    }

    public var kind: Kind
    /// For an end, `from` is the first day the officer of record does the work again, and `to` is nil.
    public var cover: Cover
    public var at: String
    public var by: String

    public init(kind: Kind, cover: Cover, at: String, by: String) {
        self.kind = kind
        self.cover = cover
        self.at = at
        self.by = by
    }
}

extension [CoverRecord] {
    /// The log as audit entries, oldest first: each start, each early end, and, for a cover whose last day has passed
    /// by `day` without an early end, its lapse on the day after (recorded by no one: the absence ended).
    func auditEntries(lapsingBy day: Day?) -> [AuditEntry] {
        var entries: [AuditEntry] = []
        var open: [CaseID: Cover] = [:]
        func lapse(_ cover: Cover, before limit: Day?) {
            guard let day, let last = cover.to, last < day, limit.map({ last < $0 }) ?? true else { return }
            let ended = last.adding(days: 1)
            entries.append(AuditEntry(
                caseID: cover.caseID, from: cover.coveringID, to: cover.officerID, at: "\(ended)T00:00:00Z", by: "caseload", reason: nil,
                override: false, note: "the absence ended on \(last)", kind: .coverEnded))
        }
        for record in self {
            let cover = record.cover
            switch record.kind {
            case .start:
                if let earlier = open[cover.caseID] { lapse(earlier, before: cover.from) }
                open[cover.caseID] = cover
                let until = cover.to.map { "until \($0)" } ?? "until ended (the absence has no end date)"
                entries.append(AuditEntry(
                    caseID: cover.caseID, from: cover.officerID, to: cover.coveringID, at: record.at, by: record.by,
                    reason: AllocationReason.coverForAbsence.rawValue, override: false, note: "from \(cover.from) \(until)", kind: .coverStarted))
            case .end:
                if let started = open.removeValue(forKey: cover.caseID) { lapse(started, before: cover.from) }
                entries.append(AuditEntry(
                    caseID: cover.caseID, from: cover.coveringID, to: cover.officerID, at: record.at, by: record.by, reason: nil,
                    override: false, note: "ended early: \(cover.officerID) does the work again from \(cover.from)", kind: .coverEnded))
            }
        }
        for cover in open.values { lapse(cover, before: nil) }
        return entries
    }
}
