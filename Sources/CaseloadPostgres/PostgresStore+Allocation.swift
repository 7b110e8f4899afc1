import CaseloadCore
import CaseloadStore

extension PostgresStore {
    /// Makes every allocation and transfer in one transaction, or none.
    ///
    /// Each case's row is locked (`FOR UPDATE`) and read as it stands, then changed only where it still has the
    /// officer the caller saw; the receiving officer's counts are locked while the hard rules are checked against them.
    public func allocate(_ requests: [AllocationRequest], limits: Limits, on day: Day, at time: String) throws -> [AuditEntry] {
        try writing { connection in try requests.map { try Self.allocate($0, limits: limits, on: day, at: time, connection) } }
    }

    public func audit(_ scope: AuditScope) throws -> [AuditEntry] {
        try reading { connection in
            let (filter, parameters): (String, [String?]) = switch scope {
            case .all: ("", [])
            case .caseID(let id): ("WHERE case_id = $1", [id.precomposed])
            case .officerID(let id): ("WHERE to_officer = $1 OR from_officer = $1", [id.precomposed])
            }
            let rows = try connection.run("SELECT \(StoreColumns.audit) FROM allocations \(filter) ORDER BY id DESC", parameters)
            let entries = (0..<rows.count).map(rows.auditEntry)
            guard entries.isEmpty else { return entries }
            switch scope {
            case .all:
                break
            case .caseID(let id):
                if try connection.run("SELECT 1 FROM cases WHERE case_id = $1", [id.precomposed]).count == 0 { throw AllocationError.noSuchCase(id) }
            case .officerID(let id):
                if try connection.run("SELECT 1 FROM officers WHERE officer_id = $1", [id.precomposed]).count == 0 {
                    throw AllocationError.noSuchOfficer(id)
                }
            }
            return entries
        }
    }

    static func allocate(_ request: AllocationRequest, limits: Limits, on day: Day, at time: String, _ connection: PGConnection) throws -> AuditEntry {
        var request = request
        (request.caseID, request.from, request.to) = (request.caseID.precomposed, request.from.precomposed, request.to.precomposed)
        guard let item = try cases(connection, "WHERE case_id = $1 FOR UPDATE", [request.caseID]).first
        else { throw AllocationError.noSuchCase(request.caseID) }
        try request.checkPlace(of: item) {
            let latest = try connection.run(#"SELECT "by", at FROM allocations WHERE case_id = $1 ORDER BY id DESC LIMIT 1"#, [item.id])
            return latest.count == 1 ? (latest.text(0, 0), latest.text(0, 1)) : (nil, nil)
        }
        let officerRows = try connection.run("SELECT \(StoreColumns.officers) FROM officers WHERE officer_id = $1", [request.to])
        guard officerRows.count == 1 else { throw AllocationError.noSuchOfficer(request.to) }
        let officer = try standing([officerRows.officer(0, table: "officers")], on: day, connection)[0]
        let entry = try request.auditEntry(
            giving: item, to: officer, holding: try lockedWorkload(of: officer.id, connection), limits: limits, at: time)

        let moved = try connection.run("""
            UPDATE cases SET officer_id = $1, allocated_on = $2, previous_officer_id = coalesce($3, previous_officer_id)
            WHERE case_id = $4 AND officer_id IS NOT DISTINCT FROM $3
            """, [officer.id, day.description, request.from, item.id])
        guard moved.changed == 1 else { throw AllocationError.notWithOfficer(caseID: item.id, expected: request.from ?? "", actual: nil) }
        try insert(entry, connection)
        var delta = Workload()
        delta.add(item)
        try add(delta, sign: 1, to: "officer_workloads", where: "officer_id = $12", [officer.id], connection)
        if let from = request.from { try add(delta, sign: -1, to: "officer_workloads", where: "officer_id = $12", [from], connection) }
        try updateSnapshot(moving: delta, from: request.from, to: officer.id, on: day, connection)
        return entry
    }

    /// Appends a row to the audit log.
    static func insert(_ entry: AuditEntry, _ connection: PGConnection) throws {
        try connection.run(
            "INSERT INTO allocations (\(StoreColumns.audit)) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            [
                entry.caseID, entry.from, entry.to, entry.at, entry.by, entry.reason, CopyRows.bool(entry.override),
                entry.rulesOverridden.isEmpty ? nil : entry.rulesOverridden.joined(separator: ","), entry.note,
            ])
    }

    /// Brings the month's snapshot up to date with one case (counted in `delta`) moving, recording the whole month if it has none yet.
    static func updateSnapshot(moving delta: Workload, from: String?, to: String, on day: Day, _ connection: PGConnection) throws {
        let month = day.calendarMonth.description
        let known = try connection.run(
            "SELECT count(*) FROM month_officers WHERE month = $1 AND officer_id IN ($2, $3)", [month, to, from ?? to]
        ).integer(0, 0) ?? 0
        guard known == (from == nil || from == to ? 1 : 2) else {
            try record(currentSnapshot(asOf: day, connection), connection)
            return
        }
        try add(delta, sign: 1, to: "month_officers", where: "month = $12 AND officer_id = $13", [month, to], connection)
        if let from { try add(delta, sign: -1, to: "month_officers", where: "month = $12 AND officer_id = $13", [month, from], connection) }
        let queueChange = from == nil ? "unallocated = unallocated - 1, " : ""
        try connection.run("UPDATE months SET \(queueChange)as_of = $1 WHERE month = $2", [day.description, month])
    }
}
