import CaseloadCore

extension SQLForceStore {
    /// Makes every allocation and transfer in one transaction, or none: each case's row read as it stands (locked
    /// where the engine locks rows) and changed only where it still has the officer the caller saw, each checked
    /// against the hard rules and audited; the month of `on` gets its snapshot updated.
    public func allocate(_ requests: [AllocationRequest], limits: Limits, on day: Day, at time: String) throws -> [AuditEntry] {
        try writing { session in try requests.map { try session.allocate($0, limits: limits, on: day, at: time) } }
    }

    /// The audit log, newest first: everything, one case's history, or every entry to or from one officer.
    ///
    /// Throws `AllocationError.noSuchCase` or `.noSuchOfficer` for an id that is neither in the force nor in the log.
    public func audit(_ scope: AuditScope, on day: Day?) throws -> [AuditEntry] {
        try reading { session in
            let filter: SQL = switch scope {
            case .all: ""
            case .caseID(let id): "WHERE case_id = \(id)"
            case .officerID(let id): "WHERE to_officer = \(id) OR from_officer = \(id)"
            }
            var entries = try session.audit("\(filter) ORDER BY id DESC")
            for others in try session.otherEvents(scope, lapsingBy: day) where !others.isEmpty {
                entries = Self.newestFirst(entries, others)
            }
            guard entries.isEmpty else { return entries }
            switch scope {
            case .all:
                break
            case .caseID(let id):
                if try session.case(id) == nil { throw AllocationError.noSuchCase(id) }
            case .officerID(let id):
                if try !session.officerExists(id) { throw AllocationError.noSuchOfficer(id) }
            }
            return entries
        }
    }
}

extension SQLForceStore {
    /// Two lists, each newest first, as one, by time; at the same second, the first list's entry first.
    static func newestFirst(_ first: [AuditEntry], _ second: [AuditEntry]) -> [AuditEntry] {
        var merged: [AuditEntry] = []
        merged.reserveCapacity(first.count + second.count)
        var (i, j) = (0, 0)
        while i < first.count || j < second.count {
            if j == second.count || i < first.count && first[i].at >= second[j].at {
                merged.append(first[i])
                i += 1
            } else {
                merged.append(second[j])
                j += 1
            }
        }
        return merged
    }
}

extension SQLSession {
    /// The audit trail's other logs, each as entries newest first: cover, absences and reductions recorded in
    /// caseload, notices given, and imports (which concern no one case or officer, so only in the whole trail).
    func otherEvents(_ scope: AuditScope, lapsingBy day: Day?) throws -> [[AuditEntry]] {
        var events = [Array(try coverLog(scope).auditEntries(lapsingBy: day).reversed())]
        let officer: OfficerID?
        switch scope {
        case .caseID: return events
        case .officerID(let id): officer = id
        case .all: officer = nil
        }
        events.append(try availability(of: officer).filter { !$0.fromFile }.reversed().map(\.auditEntry))
        events.append(try notices().filter { officer == nil || $0.officerID == officer }.reversed().map(\.auditEntry))
        if officer == nil { events.append(try imports().reversed().map(\.auditEntry)) }
        return events
    }

    /// The allocation log's rows `clauses` select, in its order, each an allocation, a transfer or an override.
    func audit(_ clauses: SQL) throws -> [AuditEntry] {
        try Tables.audit.all("SELECT \(raw: Tables.audit.list) FROM allocations \(clauses)", table: "allocations", from: Blank.audit, in: self)
            .map { entry in
                var entry = entry
                entry.kind = entry.override ? .override : entry.from == nil ? .allocation : .transfer
                return entry
            }
    }

    func allocate(_ request: AllocationRequest, limits: Limits, on day: Day, at time: String) throws -> AuditEntry {
        let holders = [request.to, request.from ?? request.to]
        try prefetch([
            caseQuery(request.caseID, locking: true), officersQuery("WHERE officer_id = \(request.to)"), availabilityQuery(of: request.to),
            workloadsQuery(of: holders, locking: true), coveredCasesQuery(on: day, coveredBy: request.to),
        ])
        guard let offender = try self.case(request.caseID, locking: true) else { throw AllocationError.noSuchCase(request.caseID) }
        try request.checkPlace(of: offender) {
            let latest = try audit("WHERE case_id = \(offender.id) ORDER BY id DESC LIMIT 1").first
            return (latest?.by, latest?.at)
        }
        guard let officer = try officers("WHERE officer_id = \(request.to)").first else { throw AllocationError.noSuchOfficer(request.to) }
        let standing = officer.standing(on: day, try entriesInForce(of: officer.id))
        guard var holding = try workloads(of: holders, locking: true)[standing.id] else {
            throw StoreError.unexpectedValue(table: "officer_workloads", column: "officer_id", value: standing.id.text)
        }
        holding.addCover(of: standing.id, try coveredCases(on: day, coveredBy: standing.id))
        let entry = try request.auditEntry(
            giving: offender, to: standing, buddy: try buddy(of: standing, on: day), holding: holding,
            residentsHighRisk: try residentsHighRisk(of: standing, for: offender), limits: limits, at: time)

        var delta = Workload()
        delta.add(offender)
        let month = day.calendarMonth.description
        let queueChange = request.from == nil ? "unallocated = unallocated - 1, " : ""
        let changed = try executeAll([
            """
            UPDATE cases SET officer_id = \(standing.id), allocated_on = \(day.description), previous_officer_id = coalesce(\(request.from), previous_officer_id)
            WHERE case_id = \(offender.id) AND officer_id IS NOT DISTINCT FROM \(request.from)
            """,
            insertion(entry),
            moving(delta, from: request.from, to: standing.id, in: "officer_workloads", where: ""),
            moving(delta, from: request.from, to: standing.id, in: "month_officers", where: "month = \(month) AND "),
            "UPDATE months SET \(raw: queueChange)as_of = \(day.description) WHERE month = \(month)",
        ])
        guard changed[0] == 1 else { throw AllocationError.notWithOfficer(caseID: offender.id, expected: request.from ?? "", actual: nil) }
        if changed[3] != (request.from == nil ? 1 : 2) || changed[4] != 1 { try record(currentSnapshot(asOf: day)) }
        return entry
    }

    /// The high-risk cases living in the Approved Premises an officer runs, for the AP exception to the hold: read only
    /// when the case to give them lives in one (0 otherwise, as the exception cannot apply).
    func residentsHighRisk(of officer: Officer, for offender: Case) throws -> Int {
        guard officer.approvedPremises && offender.location == .approvedPremises else { return 0 }
        return try integer("""
            SELECT count(*) AS value FROM cases
            WHERE officer_id = \(officer.id) AND location = \(Location.approvedPremises.rawValue) AND risk IN (\(Risk.high.rawValue), \(Risk.veryHigh.rawValue))
            """) ?? 0
    }

    /// The buddy of an officer not yet trained, as they stand on the day; nil for a trained officer (the buddy rule
    /// does not ask), or when none is recorded or they are not in the force.
    func buddy(of officer: Officer, on day: Day) throws -> Officer? {
        guard officer.mosovo != .trained, let buddyID = officer.buddyID, !buddyID.isEmpty else { return nil }
        return try officers("WHERE officer_id = \(buddyID)").first.map { try $0.standing(on: day, entriesInForce(of: buddyID)) }
    }

    /// The statement that appends a row to the audit log.
    func insertion(_ entry: AuditEntry) -> SQL {
        "INSERT INTO allocations (\(raw: Tables.audit.list)) VALUES (\(values: Tables.audit.values(entry)))"
    }
}

extension SQL.StringInterpolation {
    /// Binds each value, separated by commas: the VALUES of one row.
    public mutating func appendInterpolation(values: [SQLValue]) {
        for (index, value) in values.enumerated() {
            if index > 0 { appendLiteral(", ") }
            appendInterpolation(value)
        }
    }
}
