import CaseloadCore
import GRDB

/// A change made in caseload after an extract's date that the new files contradict, kept out with why.
public struct DroppedChange: Hashable, Sendable {
    public let entry: AuditEntry
    /// Why the files win: "the files have it with OM03".
    public let reason: String
}

/// What an import did with the allocations and transfers made in caseload on or after the files' date.
public struct ReplayReport: Hashable, Sendable {
    /// Made again on the new force, oldest first.
    public var replayed: [AuditEntry] = []
    /// Already as the files have them: nothing to do.
    public var alreadyInFiles = 0
    /// Contradicted by the files, whose version was kept.
    public var dropped: [DroppedChange] = []

    public init() {}
}

extension SQLiteStore {
    /// Replays onto the cases just written every allocation and transfer made in caseload on or after `asOf`, oldest
    /// first, where the case is still as the change found it: unallocated for an allocation, with `from` for a
    /// transfer. A change the files already show is counted; one they contradict (the case or officer gone, the case
    /// with someone else) is dropped and the files' version kept. Returns the report and each move made, for the counts.
    static func replayLaterWork(since asOf: Day, in db: Database) throws -> (report: ReplayReport, moves: [(item: Case, from: String?, to: String)]) {
        var report = ReplayReport()
        var moves: [(item: Case, from: String?, to: String)] = []
        let entries = try Row.fetchAll(db, sql: "SELECT \(auditColumns) FROM allocations WHERE at >= ? ORDER BY id", arguments: [asOf.description])
            .map(auditEntry)
        for entry in entries {
            guard let item = try fetchCases(db, "WHERE case_id = ?", text: entry.caseID).first else {
                report.dropped.append(DroppedChange(entry: entry, reason: "the case is not in the new files"))
                continue
            }
            if item.officerID == entry.to {
                report.alreadyInFiles += 1
                continue
            }
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM officers WHERE officer_id = ?", arguments: [entry.to]) != nil else {
                report.dropped.append(DroppedChange(entry: entry, reason: "\(entry.to) is not in the new files"))
                continue
            }
            guard item.officerID == entry.from else {
                let holder = item.officerID.map { "the files have it with \($0)" } ?? "the files have it unallocated"
                report.dropped.append(DroppedChange(entry: entry, reason: holder))
                continue
            }
            try db.execute(sql: """
                UPDATE cases SET officer_id = ?, allocated_on = ?, previous_officer_id = coalesce(?, previous_officer_id) WHERE case_id = ?
                """, arguments: [entry.to, String(entry.at.prefix(10)), entry.from, item.id])
            report.replayed.append(entry)
            moves.append((item, entry.from, entry.to))
        }
        return (report, moves)
    }

    /// The audit log's columns, in the order `auditEntry` reads them.
    static let auditColumns = "case_id, from_officer, to_officer, at, by, reason, override, rules_overridden, note"

    /// One row of the audit log.
    static func auditEntry(_ row: Row) -> AuditEntry {
        AuditEntry(
            caseID: row[0], from: row[1], to: row[2], at: row[3], by: row[4], reason: row[5], override: row[6],
            rulesOverridden: (row[7] as String?).map { $0.split(separator: ",").map(String.init) } ?? [], note: row[8])
    }
}
