import CaseloadCore
import CaseloadStore

/// Each officer's counts, kept current in `officer_workloads`, and the monthly snapshots.
extension PostgresStore {
    public func currentSnapshot(asOf: Day) throws -> MonthSnapshot {
        try reading { connection in try Self.currentSnapshot(asOf: asOf, connection) }
    }

    static func currentSnapshot(asOf: Day, _ connection: PGConnection) throws -> MonthSnapshot {
        let rows = try connection.run("""
            SELECT \(StoreColumns.officers), \(StoreColumns.workloads)
            FROM officers JOIN officer_workloads USING (officer_id) ORDER BY officers.position
            """)
        var officers: [OfficerWorkload] = []
        officers.reserveCapacity(rows.count)
        for row in 0..<rows.count {
            officers.append(OfficerWorkload(
                officer: try rows.officer(row, table: "officers"),
                workload: try rows.workload(row, from: StoreColumns.officerCount, table: "officer_workloads")))
        }
        let unallocated = try connection.run("SELECT count(*) FROM cases WHERE officer_id IS NULL").integer(0, 0) ?? 0
        let standing = try standing(officers.map(\.officer), on: asOf, connection)
        for index in officers.indices { officers[index].officer = standing[index] }
        return MonthSnapshot(month: asOf.calendarMonth, asOf: asOf, officers: officers, unallocated: unallocated)
    }

    public func months() throws -> [Month] {
        try reading { connection in try Self.months(connection) }
    }

    static func months(_ connection: PGConnection) throws -> [Month] {
        let rows = try connection.run("SELECT month FROM months ORDER BY month")
        return try (0..<rows.count).map { row in
            let text = rows.text(row, 0) ?? ""
            guard let month = Month(text) else { throw StoreError.unexpectedValue(table: "months", column: "month", value: text) }
            return month
        }
    }

    public func snapshot(of month: Month) throws -> MonthSnapshot? {
        try reading { connection in try Self.snapshot(of: month, connection) }
    }

    static func snapshot(of month: Month, _ connection: PGConnection) throws -> MonthSnapshot? {
        let header = try connection.run("SELECT as_of, unallocated FROM months WHERE month = $1", [month.description])
        guard header.count == 1, let asOf = try header.day(0, 0, table: "months", column: "as_of") else { return nil }
        let rows = try connection.run("""
            SELECT \(StoreColumns.officers), \(StoreColumns.workloads), \(StoreColumns.standing)
            FROM month_officers WHERE month = $1 ORDER BY position
            """, [month.description])
        let standingAt = StoreColumns.officerCount + WorkloadCount.allCases.count
        var officers: [OfficerWorkload] = []
        for row in 0..<rows.count {
            var officer = try rows.officer(row, table: "month_officers")
            officer.absence = rows.bool(row, standingAt) ? .some(rows.integer(row, standingAt + 1)) : nil
            officer.reductionMillionths = rows.integer(row, standingAt + 2) ?? 0
            officers.append(OfficerWorkload(
                officer: officer, workload: try rows.workload(row, from: StoreColumns.officerCount, table: "month_officers")))
        }
        return MonthSnapshot(month: month, asOf: asOf, officers: officers, unallocated: header.integer(0, 1) ?? 0)
    }

    /// Records a month's snapshot, replacing any earlier one for the same month.
    public func record(_ snapshot: MonthSnapshot) throws {
        try writing { connection in try Self.record(snapshot, connection) }
    }

    static func record(_ snapshot: MonthSnapshot, _ connection: PGConnection) throws {
        let month = snapshot.month.description
        try connection.run("DELETE FROM months WHERE month = $1", [month])
        try connection.run("INSERT INTO months (month, as_of, unallocated) VALUES ($1, $2, $3)", [
            month, snapshot.asOf.description, String(snapshot.unallocated),
        ])
        try CopyRows.write(
            into: "month_officers (month, position, \(StoreColumns.officers), \(StoreColumns.workloads), \(StoreColumns.standing))",
            snapshot.officers.enumerated().map { position, entry in
                [month, String(position)] + CopyRows.values(entry.officer) + CopyRows.values(entry.workload) + [
                    CopyRows.bool(entry.officer.absence != nil), (entry.officer.absence ?? nil).map(String.init),
                    String(entry.officer.reductionMillionths),
                ]
            }, connection)
    }

    /// Writes every officer's counts afresh.
    static func storeWorkloads(_ officers: [OfficerWorkload], _ connection: PGConnection) throws {
        try connection.run("DELETE FROM officer_workloads")
        try CopyRows.write(
            into: "officer_workloads (officer_id, \(StoreColumns.workloads))",
            officers.map { [$0.officer.id] + CopyRows.values($0.workload) }, connection)
    }

    /// `low = low + $1, …` for every count column, in the order of `WorkloadCount`.
    private static let addToCounts = WorkloadCount.allCases.map { "\($0.column) = \($0.column) + $\($0.rawValue + 1)" }.joined(separator: ", ")

    /// Adds `delta`, times `sign`, to the counts in `table`'s rows that `condition` selects; its parameters start at
    /// `$12`, after the counts'.
    static func add(_ delta: Workload, sign: Int, to table: String, where condition: String, _ parameters: [String], _ connection: PGConnection) throws {
        try connection.run(
            "UPDATE \(table) SET \(addToCounts) WHERE \(condition)",
            WorkloadCount.allCases.map { String(sign * delta[$0]) } + parameters)
    }

    /// The counts of what one officer holds now, the row locked until the transaction ends.
    static func lockedWorkload(of officerID: String, _ connection: PGConnection) throws -> Workload {
        let rows = try connection.run("SELECT \(StoreColumns.workloads) FROM officer_workloads WHERE officer_id = $1 FOR UPDATE", [officerID])
        guard rows.count == 1 else { throw StoreError.unexpectedValue(table: "officer_workloads", column: "officer_id", value: officerID) }
        return try rows.workload(0, from: 0, table: "officer_workloads")
    }
}
