import CaseloadCore
import GRDB

/// Each officer's counts, kept current in `officer_workloads` by every import and allocation.
extension SQLiteStore {
    public func currentSnapshot(asOf: Day) throws -> MonthSnapshot {
        try reading { db in try Self.currentSnapshot(asOf: asOf, in: db) }
    }

    static func currentSnapshot(asOf: Day, in db: Database) throws -> MonthSnapshot {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(officerColumns), \(workloadColumns)
            FROM officers JOIN officer_workloads USING (officer_id) ORDER BY officers.position
            """)
        var officers: [OfficerWorkload] = []
        while let row = try rows.next() {
            officers.append(OfficerWorkload(officer: try officer(row, table: "officers"), workload: try workload(row, from: officerColumnCount, table: "officer_workloads")))
        }
        let unallocated = try Int.fetchOne(db, sql: "SELECT count(*) FROM cases WHERE officer_id IS NULL") ?? 0
        let standing = try Self.standing(officers.map(\.officer), on: asOf, in: db)
        for index in officers.indices { officers[index].officer = standing[index] }
        return MonthSnapshot(month: asOf.calendarMonth, asOf: asOf, officers: officers, unallocated: unallocated)
    }

    public func queuedSince() throws -> [String: Day] {
        try reading { db in try Self.queuedSince(in: db) }
    }

    static func queuedSince(in db: Database) throws -> [String: Day] {
        var since: [String: Day] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT case_id, since FROM case_queue") {
            let text: String = row[1]
            guard let day = Day(text) else { throw StoreError.unexpectedValue(table: "case_queue", column: "since", value: text) }
            since[row[0]] = day
        }
        return since
    }

    public func unallocatedCases() throws -> [Case] {
        try reading { db in try Self.fetchCases(db, "WHERE officer_id IS NULL ORDER BY position") }
    }

    public func cases(heldBy officerIDs: [String]) throws -> [Case] {
        guard !officerIDs.isEmpty else { return [] }
        let list = JSON.array(officerIDs.map { .string($0) }).rendered()
        return try reading { db in
            try Self.fetchCases(db, "WHERE officer_id IN (SELECT value FROM json_each(?)) ORDER BY position", text: list)
        }
    }

    /// The count columns, one for each `WorkloadCount`, in its order.
    static let workloadColumns = StoreColumns.workloads

    static func workloadValues(_ workload: Workload) -> [Int] {
        WorkloadCount.allCases.map { workload[$0] }
    }

    /// Reads the count columns starting at column `first`; a count no force could have is a damaged table.
    static func workload(_ row: Row, from first: Int, table: String) throws -> Workload {
        var workload = Workload()
        for count in WorkloadCount.allCases {
            let value: Int = row[first + count.rawValue]
            guard (0...Int(Int32.max)).contains(value) else {
                throw StoreError.unexpectedValue(table: table, column: count.column, value: String(value))
            }
            workload[count] = value
        }
        return workload
    }

    /// Writes every officer's counts afresh, after an import.
    static func storeWorkloads(_ officers: [OfficerWorkload], in db: Database) throws {
        try db.execute(sql: "DELETE FROM officer_workloads")
        let placeholders = Array(repeating: "?", count: WorkloadCount.allCases.count + 1).joined(separator: ", ")
        let insert = try RawStatement(db, sql: "INSERT INTO officer_workloads (officer_id, \(workloadColumns)) VALUES (\(placeholders))")
        for entry in officers {
            insert.bind(1, entry.officer.id)
            bind(entry.workload, to: insert, from: 2)
            try insert.execute()
        }
    }

    /// Binds the counts to parameters starting at `first`, in the order of `WorkloadCount`.
    static func bind(_ workload: Workload, to statement: RawStatement, from first: Int32) {
        for (offset, value) in workloadValues(workload).enumerated() { statement.bind(first + Int32(offset), value) }
    }

    /// `low = low + ?, …` for every count column, in the order of `workloadValues`.
    private static let addToCounts: String = WorkloadCount.allCases.map { "\($0.column) = \($0.column) + ?" }.joined(separator: ", ")

    /// Adds `delta`, times `sign`, to the counts in `table`'s rows that `condition` selects.
    static func add(_ delta: Workload, sign: Int, to table: String, where condition: String, _ arguments: StatementArguments, in db: Database) throws {
        try db.execute(
            sql: "UPDATE \(table) SET \(addToCounts) WHERE \(condition)",
            arguments: StatementArguments(workloadValues(delta).map { sign * $0 }) + arguments)
    }
}
