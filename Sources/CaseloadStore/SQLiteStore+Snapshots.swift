import CaseloadCore
import GRDB

extension SQLiteStore {
    public func months() throws -> [Month] {
        try database.read { db in
            try String.fetchAll(db, sql: "SELECT month FROM months ORDER BY month").map { text in
                guard let month = Month(text) else {
                    throw StoreError.unexpectedValue(table: "months", column: "month", value: text)
                }
                return month
            }
        }
    }

    public func snapshot(of month: Month) throws -> MonthSnapshot? {
        try database.read { db in
            guard let header = try Row.fetchOne(db, sql: "SELECT as_of, unallocated FROM months WHERE month = ?", arguments: [month.description])
            else { return nil }
            let asOfText: String = header[0]
            guard let asOf = Day(asOfText) else {
                throw StoreError.unexpectedValue(table: "months", column: "as_of", value: asOfText)
            }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(Self.officerColumns), low, medium, high, very_high, community, custody, approved_premises_cases,
                       hospital, level2, level3, domestic_abuse
                FROM month_officers WHERE month = ? ORDER BY position
                """, arguments: [month.description])
            var officers: [OfficerWorkload] = []
            while let row = try rows.next() {
                var workload = Workload()
                workload.low = row[8]
                workload.medium = row[9]
                workload.high = row[10]
                workload.veryHigh = row[11]
                workload.community = row[12]
                workload.custody = row[13]
                workload.approvedPremises = row[14]
                workload.hospital = row[15]
                workload.level2 = row[16]
                workload.level3 = row[17]
                workload.domesticAbuse = row[18]
                officers.append(OfficerWorkload(officer: try Self.officer(row, table: "month_officers"), workload: workload))
            }
            return MonthSnapshot(month: month, asOf: asOf, officers: officers, unallocated: header[1])
        }
    }

    /// Records a month's snapshot, replacing any earlier one for the same month.
    public func record(_ snapshot: MonthSnapshot) throws {
        try database.write { db in try Self.record(snapshot, in: db) }
    }

    static func record(_ snapshot: MonthSnapshot, in db: Database) throws {
        let month = snapshot.month.description
        try db.execute(sql: "DELETE FROM months WHERE month = ?", arguments: [month])
        try db.execute(
            sql: "INSERT INTO months (month, as_of, unallocated) VALUES (?, ?, ?)",
            arguments: [month, snapshot.asOf.description, snapshot.unallocated])
        let insert = try db.makeStatement(sql: """
            INSERT INTO month_officers (month, position, \(officerColumns), low, medium, high, very_high, community,
                                        custody, approved_premises_cases, hospital, level2, level3, domestic_abuse)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, entry) in snapshot.officers.enumerated() {
            let workload = entry.workload
            var values: StatementArguments = [month, position]
            values += Self.arguments(entry.officer)
            values += [
                workload.low, workload.medium, workload.high, workload.veryHigh, workload.community, workload.custody,
                workload.approvedPremises, workload.hospital, workload.level2, workload.level3, workload.domesticAbuse,
            ]
            try insert.execute(arguments: values)
        }
    }
}
