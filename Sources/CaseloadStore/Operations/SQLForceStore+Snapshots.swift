import CaseloadCore

/// Each officer's counts, kept current in `officer_workloads` by every import and allocation, and the monthly snapshots.
extension SQLForceStore {
    public func workloads(in month: Month) throws -> [OfficerID: Workload] {
        try reading { session in
            try session.workloadsByOfficer(
                "SELECT officer_id, \(raw: Tables.workload.list) FROM month_officers WHERE month = \(month.description)", table: "month_officers")
        }
    }

    public func currentSnapshot(asOf: Day) throws -> MonthSnapshot {
        try reading { try $0.currentSnapshot(asOf: asOf) }
    }

    public func months() throws -> [Month] {
        try reading { try $0.months() }
    }

    public func snapshot(of month: Month) throws -> MonthSnapshot? {
        try reading { try $0.snapshot(of: month) }
    }

    /// Records a month's snapshot, replacing any earlier one for the same month.
    public func record(_ snapshot: MonthSnapshot) throws {
        try writing { try $0.record(snapshot) }
    }
}

extension SQLSession {
    func currentSnapshot(asOf: Day) throws -> MonthSnapshot {
        var officers = try officerWorkloads("""
            SELECT \(raw: Tables.officer.list), \(raw: Tables.workload.list)
            FROM officers JOIN officer_workloads USING (officer_id) ORDER BY officers.position
            """, table: "officer_workloads")
        let unallocated = try integer("SELECT count(*) AS value FROM cases WHERE officer_id IS NULL") ?? 0
        let standing = try standing(officers.map(\.officer), on: asOf)
        for index in officers.indices { officers[index].officer = standing[index] }
        officers = try applyingCover(to: withReviewsOverdue(officers, on: asOf), on: asOf)
        return MonthSnapshot(month: asOf.calendarMonth, asOf: asOf, officers: officers, unallocated: unallocated)
    }

    /// The officers with the cases they hold whose next risk review comes before `day`, read from one range of
    /// `cases_by_review` in its order and counted by the officer_id as stored; cover then moves a covered case's count
    /// to its colleague (`applyingCover`).
    func withReviewsOverdue(_ officers: [OfficerWorkload], on day: Day) throws -> [OfficerWorkload] {
        var overdue: [String: Int] = [:]
        try eachRow("SELECT officer_id FROM cases WHERE next_review_on < \(day.description) AND officer_id IS NOT NULL", ["officer_id"]) { text in
            overdue[text[0], default: 0] += 1
        }
        guard !overdue.isEmpty else { return officers }
        return officers.map { entry in
            var entry = entry
            entry.reviewsOverdue = overdue[entry.officer.id.text] ?? 0
            return entry
        }
    }

    /// Officers with their counts, and with how they stood when the table keeps that.
    private func officerWorkloads(_ sql: SQL, table: String, standing: Bool = false) throws -> [OfficerWorkload] {
        var officers: [OfficerWorkload] = []
        var readers: (officer: Columns<Officer>.Reader, workload: Columns<Workload>.Reader, standing: Columns<Officer>.Reader?, overdue: Int?)?
        try forEachRow(sql) { row in
            if readers == nil {
                readers = (
                    try Tables.officer.reader(for: row, table: table), try Tables.workload.reader(for: row, table: table),
                    standing ? try Tables.standing.reader(for: row, table: table) : nil, standing ? try row.column("reviews_overdue") : nil
                )
            }
            var entry = OfficerWorkload(officer: Blank.officer, workload: Workload())
            try readers!.officer.read(row, into: &entry.officer)
            try readers!.standing?.read(row, into: &entry.officer)
            try readers!.workload.read(row, into: &entry.workload)
            if let overdue = readers!.overdue { entry.reviewsOverdue = row.integer(overdue) ?? 0 }
            officers.append(entry)
        }
        return officers
    }

    func months() throws -> [Month] {
        var months: [Month] = []
        try forEachRow("SELECT month FROM months ORDER BY month") { row in
            let text = row.text(try row.column("month")) ?? ""
            guard let month = Month(text) else { throw StoreError.unexpectedValue(table: "months", column: "month", value: text) }
            months.append(month)
        }
        return months
    }

    func snapshot(of month: Month) throws -> MonthSnapshot? {
        var header: (asOf: Day, unallocated: Int)?
        try forEachRow("SELECT as_of, unallocated FROM months WHERE month = \(month.description)") { row in
            let text = row.text(try row.column("as_of")) ?? ""
            guard let asOf = Day(text) else { throw StoreError.unexpectedValue(table: "months", column: "as_of", value: text) }
            header = (asOf, row.integer(try row.column("unallocated")) ?? 0)
        }
        guard let header else { return nil }
        let officers = try officerWorkloads("""
            SELECT \(raw: Tables.officer.list), \(raw: Tables.workload.list), \(raw: Tables.standing.list), reviews_overdue
            FROM month_officers WHERE month = \(month.description) ORDER BY position
            """, table: "month_officers", standing: true)
        return MonthSnapshot(month: month, asOf: header.asOf, officers: officers, unallocated: header.unallocated)
    }

    func record(_ snapshot: MonthSnapshot) throws {
        let month = snapshot.month.description
        try execute("DELETE FROM month_officers WHERE month = \(month)")
        try execute("DELETE FROM months WHERE month = \(month)")
        try execute("INSERT INTO months (month, as_of, unallocated) VALUES (\(month), \(snapshot.asOf.description), \(snapshot.unallocated))")
        let columns = ["month", "position"] + Tables.officer.names + Tables.workload.names + Tables.standing.names + ["reviews_overdue"]
        try bulkLoad(into: "month_officers", columns: columns) { add in
            for (position, entry) in snapshot.officers.enumerated() {
                var values: [SQLValue] = [.text(month), .integer(position)]
                Tables.officer.append(entry.officer, to: &values)
                Tables.workload.append(entry.workload, to: &values)
                Tables.standing.append(entry.officer, to: &values)
                values.append(.integer(entry.reviewsOverdue))
                try add(values)
            }
        }
    }

    /// Writes every officer's counts afresh.
    func storeWorkloads(_ officers: [OfficerWorkload]) throws {
        try execute("DELETE FROM officer_workloads")
        try bulkLoad(into: "officer_workloads", columns: ["officer_id"] + Tables.workload.names) { add in
            for entry in officers {
                var values: [SQLValue] = [.text(entry.officer.id.text)]
                Tables.workload.append(entry.workload, to: &values)
                try add(values)
            }
        }
    }

    /// The counts of what the officers hold now, as `officer_workloads` keeps them, by officer. Rows are locked when
    /// asked, in the order of their ids, so that two writers moving cases between the same officers never each hold
    /// a row the other waits for.
    func workloads(of officerIDs: [OfficerID], locking: Bool = false) throws -> [OfficerID: Workload] {
        try workloadsByOfficer(workloadsQuery(of: officerIDs, locking: locking), table: "officer_workloads")
    }

    /// The counts a query selects with an `officer_id`, by officer.
    func workloadsByOfficer(_ sql: SQL, table: String) throws -> [OfficerID: Workload] {
        var workloads: [OfficerID: Workload] = [:]
        var reader: Columns<Workload>.Reader?
        var idColumn = 0
        try forEachRow(sql) { row in
            if reader == nil {
                reader = try Tables.workload.reader(for: row, table: table)
                idColumn = try row.column("officer_id")
            }
            var workload = Workload()
            try reader!.read(row, into: &workload)
            workloads[OfficerID(row.text(idColumn) ?? "")] = workload
        }
        return workloads
    }

    func workloadsQuery(of officerIDs: [OfficerID], locking: Bool) -> SQL {
        let ids = SQL.joined(officerIDs.map { "\($0)" }, separator: ", ")
        return """
            SELECT officer_id, \(raw: Tables.workload.list) FROM officer_workloads WHERE officer_id IN (\(ids))
            ORDER BY officer_id\(raw: locking ? lockingRead : "")
            """
    }

    /// The statement that moves the counts of `delta` from one officer to another in `table`, in the rows that
    /// `condition` (which ends in AND, or is empty) also selects.
    func moving(_ delta: Workload, from: OfficerID?, to: OfficerID, in table: String, where condition: SQL) -> SQL {
        let counts = SQL.joined(WorkloadCount.allCases.map { count in
            "\(raw: count.column) = \(raw: count.column) + \(delta[count]) * CASE WHEN officer_id = \(to) THEN 1 ELSE -1 END"
        }, separator: ", ")
        return "UPDATE \(raw: table) SET \(counts) WHERE \(condition)officer_id IN (\(to), \(from ?? to))"
    }
}
