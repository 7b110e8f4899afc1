import CaseloadCore

/// Temporary cover: a colleague does the work of an away officer's case for the dates of the absence, while the
/// officer of record stays. Kept in an append-only log; whether a case is covered on a day is read from it.
extension SQLForceStore {
    /// Starts cover of each case, in one transaction or not at all: each case still with the officer the caller saw
    /// and not already covered, each colleague checked against the hard rules as they stand with the cover they
    /// already do, each start audited; the month of `day` gets its snapshot updated.
    public func cover(_ requests: [CoverRequest], limits: Limits, on day: Day, at time: String) throws -> [AuditEntry] {
        try writing { session in
            let entries = try requests.map { try session.cover($0, limits: limits, on: day, at: time) }
            try session.record(session.currentSnapshot(asOf: day))
            return entries
        }
    }

    /// Ends, from `day`, the cover of every case of the officer's that is covered that day; audited, and the month's
    /// snapshot updated. Throws `AllocationError.nothingCovered` when there is none.
    public func endCover(of officerID: OfficerID, on day: Day, by: String, at time: String) throws -> [AuditEntry] {
        try writing { session in
            guard try session.officerExists(officerID) else { throw AllocationError.noSuchOfficer(officerID) }
            let ending = try session.coveredCases(on: day).filter { $0.cover.officerID == officerID }
            guard !ending.isEmpty else { throw AllocationError.nothingCovered(officer: officerID) }
            let records = ending.map {
                CoverRecord(kind: .end, cover: Cover(caseID: $0.cover.caseID, officerID: officerID, coveringID: $0.cover.coveringID, from: day, to: nil), at: time, by: by)
            }
            _ = try session.executeAll(records.map(session.insertion))
            try session.record(session.currentSnapshot(asOf: day))
            return records.auditEntries(lapsingBy: nil)
        }
    }
}

extension SQLSession {
    /// The cases covered on a day, each with its cover: still with the officer it was covered for, within the
    /// cover's dates, and not ended before; in the order the covers started. Whether the officer is away that day is
    /// for the caller, who knows how they stand.
    func coveredCases(on day: Day, coveredBy colleague: OfficerID? = nil) throws -> [(cover: Cover, offender: Case)] {
        var covered: [(Cover, Case)] = []
        var reader: Columns<Case>.Reader?
        var columns = (covering: 0, from: 0, to: 0)
        try forEachRow(coveredCasesQuery(on: day, coveredBy: colleague)) { row in
            if reader == nil {
                reader = try Tables.case.reader(for: row, table: "cases")
                columns = (try row.column("covering_officer_id"), try row.column("cover_from"), try row.column("cover_to"))
            }
            var offender = Blank.case
            try reader!.read(row, into: &offender)
            let fromText = row.text(columns.from) ?? ""
            guard let from = Day(fromText) else { throw StoreError.unexpectedValue(table: "covers", column: "from_day", value: fromText) }
            let cover = Cover(
                caseID: offender.id, officerID: offender.officerID ?? "", coveringID: OfficerID(row.text(columns.covering) ?? ""), from: from,
                to: row.text(columns.to).flatMap(Day.init))
            covered.append((cover, offender))
        }
        return covered
    }

    /// The query `coveredCases` reads; only the cases one colleague covers, when named.
    func coveredCasesQuery(on day: Day, coveredBy colleague: OfficerID? = nil) -> SQL {
        let today = day.description
        let whose: SQL = colleague.map { "AND covering_officer_id = \($0)" } ?? ""
        return """
            SELECT \(raw: Tables.case.list), covering_officer_id, cover_from, cover_to FROM cases JOIN (
                SELECT id AS cover_id, case_id AS covered_case, officer_id AS covered_for, covering_officer_id, from_day AS cover_from, to_day AS cover_to
                FROM covers AS started
                WHERE kind = 'start' \(whose) AND from_day <= \(today) AND (to_day IS NULL OR to_day >= \(today))
                  AND NOT EXISTS (
                    SELECT 1 FROM covers AS later WHERE later.case_id = started.case_id AND later.id > started.id
                      AND (later.kind = 'start' OR later.from_day <= \(today)))
            ) AS cover ON cases.case_id = covered_case AND cases.officer_id = covered_for
            ORDER BY cover_id
            """
    }

    /// Each officer's counts with today's cover: a covered case whose officer is away counts for the colleague
    /// covering it (its overdue review too), and as under cover for its officer.
    func applyingCover(to officers: [OfficerWorkload], on day: Day) throws -> [OfficerWorkload] {
        let covered = try coveredCases(on: day)
        guard !covered.isEmpty else { return officers }
        var officers = officers
        var position: [OfficerID: Int] = [:]
        for (index, entry) in officers.enumerated() { position[entry.officer.id] = index }
        for (cover, offender) in covered {
            guard let absent = position[cover.officerID], !officers[absent].officer.isActive, let covering = position[cover.coveringID] else { continue }
            officers[absent].workload.remove(offender)
            officers[absent].workload.underCover += 1
            officers[covering].workload.add(offender)
            officers[covering].workload.covering += 1
            if offender.isReviewOverdue(on: day) {
                officers[absent].reviewsOverdue -= 1
                officers[covering].reviewsOverdue += 1
            }
        }
        return officers
    }

    func cover(_ request: CoverRequest, limits: Limits, on day: Day, at time: String) throws -> AuditEntry {
        let cover = Cover(
            caseID: request.caseID, officerID: request.officerID, coveringID: request.coveringID,
            from: day, to: request.until)
        guard let offender = try self.case(cover.caseID, locking: true) else { throw AllocationError.noSuchCase(cover.caseID) }
        guard offender.officerID == cover.officerID else {
            throw AllocationError.notWithOfficer(caseID: offender.id, expected: cover.officerID, actual: offender.officerID)
        }
        let covered = try coveredCases(on: day)
        if let already = covered.first(where: { $0.cover.caseID == offender.id }) {
            throw AllocationError.alreadyCovered(caseID: offender.id, by: already.cover.coveringID)
        }
        guard let officer = try officers("WHERE officer_id = \(cover.coveringID)").first else { throw AllocationError.noSuchOfficer(cover.coveringID) }
        let standing = officer.standing(on: day, try entriesInForce(of: officer.id))
        guard var holding = try workloads(of: [standing.id], locking: true)[standing.id] else {
            throw StoreError.unexpectedValue(table: "officer_workloads", column: "officer_id", value: standing.id.text)
        }
        holding.addCover(of: standing.id, covered)
        let asTransfer = AllocationRequest(caseID: offender.id, from: cover.officerID, to: standing.id, by: request.by, reason: .coverForAbsence, override: false)
        _ = try asTransfer.auditEntry(
            giving: offender, to: standing, buddy: try buddy(of: standing, on: day), holding: holding,
            residentsHighRisk: try residentsHighRisk(of: standing, for: offender), limits: limits, at: time)
        let record = CoverRecord(kind: .start, cover: cover, at: time, by: request.by)
        try execute(insertion(record))
        return [record].auditEntries(lapsingBy: nil)[0]
    }

    /// The statement that appends a line to the cover log.
    func insertion(_ record: CoverRecord) -> SQL {
        "INSERT INTO covers (\(raw: Tables.cover.list)) VALUES (\(values: Tables.cover.values(record)))"
    }

    /// The cover log, in the order written; one case's or one officer's (either side of the cover) when asked.
    func coverLog(_ scope: AuditScope = .all) throws -> [CoverRecord] {
        let filter: SQL = switch scope {
        case .all: ""
        case .caseID(let id): "WHERE case_id = \(id)"
        case .officerID(let id): "WHERE officer_id = \(id) OR covering_officer_id = \(id)"
        }
        return try Tables.cover.all("SELECT \(raw: Tables.cover.list) FROM covers \(filter) ORDER BY id", table: "covers", from: Blank.cover, in: self)
    }
}

extension Workload {
    /// Adds the cases the officer covers, from the day's `covered`, to what they hold of their own.
    mutating func addCover(of officerID: OfficerID, _ covered: [(cover: Cover, offender: Case)]) {
        for (cover, offender) in covered where cover.coveringID == officerID {
            add(offender)
            self.covering += 1
        }
    }
}
