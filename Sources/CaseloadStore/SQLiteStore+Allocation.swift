import CaseloadCore
import GRDB

extension SQLiteStore {
    /// Makes every allocation and transfer in one transaction, or none: each checked against the case as it
    /// stands and the hard rules, each with an audit row; the month of `on` gets its snapshot updated.
    public func allocate(_ requests: [AllocationRequest], limits: Limits, on day: Day, at time: String) throws -> [AuditEntry] {
        try writingWithoutTransaction { db in
            var entries: [AuditEntry] = []
            try db.inTransaction(.immediate) {
                entries = try requests.map { try Self.allocate($0, limits: limits, on: day, at: time, in: db) }
                return .commit
            }
            return entries
        }
    }

    /// The audit log, newest first: everything, one case's history, or every entry to or from one officer.
    ///
    /// Throws `AllocationError.noSuchCase` or `.noSuchOfficer` for an id that is neither in the force nor in the log.
    public func audit(_ scope: AuditScope) throws -> [AuditEntry] {
        try reading { db in
            let filter: String
            let arguments: StatementArguments
            switch scope {
            case .all:
                (filter, arguments) = ("", [])
            case .caseID(let id):
                (filter, arguments) = ("WHERE case_id = ?", [id.precomposed])
            case .officerID(let id):
                (filter, arguments) = ("WHERE to_officer = ?1 OR from_officer = ?1", [id.precomposed])
            }
            let entries = try Row.fetchAll(db, sql: "SELECT \(Self.auditColumns) FROM allocations \(filter) ORDER BY id DESC", arguments: arguments)
                .map(Self.auditEntry)
            guard entries.isEmpty else { return entries }
            switch scope {
            case .all:
                break
            case .caseID(let id):
                if try Int.fetchOne(db, sql: "SELECT 1 FROM cases WHERE case_id = ?", arguments: [id.precomposed]) == nil { throw AllocationError.noSuchCase(id) }
            case .officerID(let id):
                if try Int.fetchOne(db, sql: "SELECT 1 FROM officers WHERE officer_id = ?", arguments: [id.precomposed]) == nil {
                    throw AllocationError.noSuchOfficer(id)
                }
            }
            return entries
        }
    }

    static func allocate(_ request: AllocationRequest, limits: Limits, on day: Day, at time: String, in db: Database) throws -> AuditEntry {
        var request = request
        (request.caseID, request.from, request.to) = (request.caseID.precomposed, request.from.precomposed, request.to.precomposed)
        guard let item = try fetchCases(db, "WHERE case_id = ?", text: request.caseID).first
        else { throw AllocationError.noSuchCase(request.caseID) }
        try request.checkPlace(of: item) {
            let latest = try Row.fetchOne(db, sql: "SELECT by, at FROM allocations WHERE case_id = ? ORDER BY id DESC LIMIT 1", arguments: [item.id])
            return (latest?[0], latest?[1])
        }
        guard let officerRow = try Row.fetchOne(db, sql: "SELECT \(officerColumns) FROM officers WHERE officer_id = ?", arguments: [request.to])
        else { throw AllocationError.noSuchOfficer(request.to) }
        let officer = try Self.standing([Self.officer(officerRow, table: "officers")], on: day, in: db)[0]
        let entry = try request.auditEntry(giving: item, to: officer, holding: try workload(of: officer.id, in: db), limits: limits, at: time)

        try db.execute(sql: """
            UPDATE cases SET officer_id = ?, allocated_on = ?, previous_officer_id = coalesce(?, previous_officer_id)
            WHERE case_id = ? AND officer_id IS ?
            """, arguments: [officer.id, day.description, request.from, item.id, request.from])
        guard db.changesCount == 1 else { throw AllocationError.notWithOfficer(caseID: item.id, expected: request.from ?? "", actual: nil) }
        try insert(entry, in: db)
        var delta = Workload()
        delta.add(item)
        try add(delta, sign: 1, to: "officer_workloads", where: "officer_id = ?", [officer.id], in: db)
        if let from = request.from { try add(delta, sign: -1, to: "officer_workloads", where: "officer_id = ?", [from], in: db) }
        try updateSnapshot(moving: delta, from: request.from, to: officer.id, on: day, in: db)
        return entry
    }

    /// Appends a row to the audit log.
    static func insert(_ entry: AuditEntry, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO allocations (case_id, from_officer, to_officer, at, by, reason, override, rules_overridden, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                entry.caseID, entry.from, entry.to, entry.at, entry.by, entry.reason, entry.override,
                entry.rulesOverridden.isEmpty ? nil : entry.rulesOverridden.joined(separator: ","), entry.note,
            ])
    }

    /// The counts of what one officer holds now, as `officer_workloads` keeps them.
    static func workload(of officerID: String, in db: Database) throws -> Workload {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(workloadColumns) FROM officer_workloads WHERE officer_id = ?", arguments: [officerID]) else {
            throw StoreError.unexpectedValue(table: "officer_workloads", column: "officer_id", value: officerID)
        }
        return try workload(row, from: 0, table: "officer_workloads")
    }

    /// Brings the month's snapshot up to date with one case (counted in `delta`) moving, recording the whole month if it has none yet.
    static func updateSnapshot(moving delta: Workload, from: String?, to: String, on day: Day, in db: Database) throws {
        let month = day.calendarMonth.description
        let known = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM month_officers WHERE month = ? AND officer_id IN (?, ?)
            """, arguments: [month, to, from ?? to]) ?? 0
        guard known == (from == nil || from == to ? 1 : 2) else {
            try record(currentSnapshot(asOf: day, in: db), in: db)
            return
        }
        try add(delta, sign: 1, to: "month_officers", where: "month = ? AND officer_id = ?", [month, to], in: db)
        if let from { try add(delta, sign: -1, to: "month_officers", where: "month = ? AND officer_id = ?", [month, from], in: db) }
        if from == nil {
            try db.execute(sql: "UPDATE months SET unallocated = unallocated - 1, as_of = ? WHERE month = ?", arguments: [day.description, month])
        } else {
            try db.execute(sql: "UPDATE months SET as_of = ? WHERE month = ?", arguments: [day.description, month])
        }
    }
}
