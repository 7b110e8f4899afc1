import CaseloadCore
import GRDB

extension SQLiteStore {
    public func months() throws -> [Month] {
        try reading { db in try Self.months(in: db) }
    }

    static func months(in db: Database) throws -> [Month] {
        try String.fetchAll(db, sql: "SELECT month FROM months ORDER BY month").map { text in
            guard let month = Month(text) else {
                throw StoreError.unexpectedValue(table: "months", column: "month", value: text)
            }
            return month
        }
    }

    public func snapshot(of month: Month) throws -> MonthSnapshot? {
        try reading { db in try Self.snapshot(of: month, in: db) }
    }

    static func snapshot(of month: Month, in db: Database) throws -> MonthSnapshot? {
        guard let header = try Row.fetchOne(db, sql: "SELECT as_of, unallocated FROM months WHERE month = ?", arguments: [month.description])
        else { return nil }
        let asOfText: String = header[0]
        guard let asOf = Day(asOfText) else {
            throw StoreError.unexpectedValue(table: "months", column: "as_of", value: asOfText)
        }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(Self.officerColumns), \(Self.workloadColumns), \(Self.standingColumns)
            FROM month_officers WHERE month = ? ORDER BY position
            """, arguments: [month.description])
        var officers: [OfficerWorkload] = []
        let standingAt = Self.officerColumnCount + WorkloadCount.allCases.count
        while let row = try rows.next() {
            var officer = try Self.officer(row, table: "month_officers")
            let absent: Bool = row[standingAt]
            let days: Int? = row[standingAt + 1]
            officer.absence = absent ? .some(days) : nil
            officer.reductionMillionths = row[standingAt + 2]
            officers.append(OfficerWorkload(officer: officer, workload: try Self.workload(row, from: Self.officerColumnCount, table: "month_officers")))
        }
        return MonthSnapshot(month: month, asOf: asOf, officers: officers, unallocated: header[1])
    }

    /// The columns of `month_officers` that keep how each officer stood that month: absent, for how long, reduced.
    static let standingColumns = StoreColumns.standing

    /// Records a month's snapshot, replacing any earlier one for the same month.
    public func record(_ snapshot: MonthSnapshot) throws {
        try writing { db in try Self.record(snapshot, in: db) }
    }

    static func record(_ snapshot: MonthSnapshot, in db: Database) throws {
        let month = snapshot.month.description
        try db.execute(sql: "DELETE FROM month_officers WHERE month = ?; DELETE FROM months WHERE month = ?", arguments: [month, month])
        try db.execute(
            sql: "INSERT INTO months (month, as_of, unallocated) VALUES (?, ?, ?)",
            arguments: [month, snapshot.asOf.description, snapshot.unallocated])
        let placeholders = Array(repeating: "?", count: 2 + officerColumnCount + WorkloadCount.allCases.count + 3).joined(separator: ", ")
        let insert = try RawStatement(db, sql: """
            INSERT INTO month_officers (month, position, \(officerColumns), \(workloadColumns), \(standingColumns)) VALUES (\(placeholders))
            """)
        let standingAt = 3 + Int32(officerColumnCount + WorkloadCount.allCases.count)
        for (position, entry) in snapshot.officers.enumerated() {
            insert.bind(1, month)
            insert.bind(2, position)
            bind(entry.officer, to: insert, from: 3)
            bind(entry.workload, to: insert, from: 3 + Int32(officerColumnCount))
            insert.bind(standingAt, entry.officer.absence != nil)
            insert.bind(standingAt + 1, entry.officer.absence ?? nil)
            insert.bind(standingAt + 2, entry.officer.reductionMillionths)
            try insert.execute()
        }
    }
}
