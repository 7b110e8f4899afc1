import CaseloadCore
import GRDB

extension SQLiteStore {
    public func loadForce() throws -> Force {
        try database.read { db in try Self.loadForce(in: db) }
    }

    static func loadForce(in db: Database) throws -> Force {
        var officers: [Officer] = []
        let officerRows = try Row.fetchCursor(db, sql: "SELECT \(Self.officerColumns) FROM officers ORDER BY position")
        while let row = try officerRows.next() { officers.append(try Self.officer(row, table: "officers")) }

        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM cases") ?? 0
        var cases: [Case] = []
        cases.reserveCapacity(count)
        let caseRows = try Row.fetchCursor(db, sql: "SELECT \(caseColumns) FROM cases ORDER BY position")
        while let row = try caseRows.next() { cases.append(try Self.decodeCase(row)) }
        return Force(officers: officers, cases: cases)
    }

    public func replaceForce(_ force: Force, asOf: Day) throws {
        try database.write { db in
            try db.execute(sql: "PRAGMA cache_size = -262144")
            defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
            try db.execute(sql: "DROP INDEX cases_by_officer; DELETE FROM officer_workloads; DELETE FROM cases; DELETE FROM officers;")
            let officerInsert = try db.makeStatement(sql: """
                INSERT INTO officers (officer_id, name, team, fte_millionths, mosovo, approved_premises, da_specialist, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for officer in force.officers {
                try officerInsert.execute(arguments: Self.arguments(officer))
            }
            let caseInsert = try db.makeStatement(sql: """
                INSERT INTO cases (case_id, officer_id, team, risk, mappa_category, mappa_level, location, domestic_abuse,
                                   allocated_on, previous_officer_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for item in force.cases {
                caseInsert.setUncheckedArguments([
                    item.id, item.officerID, item.team, item.risk.rawValue, item.mappa?.category, item.mappa?.level,
                    item.location.rawValue, item.domesticAbuse, item.allocatedOn?.description, item.previousOfficerID,
                ])
                try caseInsert.execute()
            }
            try db.execute(sql: "CREATE INDEX cases_by_officer ON cases(officer_id)")
            try Self.storeWorkloads(of: force, in: db)
            try Self.record(MonthSnapshot(force: force, asOf: asOf), in: db)
        }
    }

    /// The columns `decodeCase` reads, in its order.
    static let caseColumns = """
        case_id, officer_id, team, risk, mappa_category, mappa_level, location, domestic_abuse, allocated_on, previous_officer_id
        """

    static let officerColumns = "officer_id, name, team, fte_millionths, mosovo, approved_premises, da_specialist, status"

    static func arguments(_ officer: Officer) -> StatementArguments {
        [
            officer.id, officer.name, officer.team, officer.fte.millionths, officer.mosovo.rawValue,
            officer.approvedPremises, officer.daSpecialist, officer.status.rawValue,
        ]
    }

    /// Reads an officer from the first eight columns of a row, in the order of `officerColumns`.
    static func officer(_ row: Row, table: String) throws -> Officer {
        let fteValue: Int = row[3]
        guard let fte = FTE(millionths: fteValue) else {
            throw StoreError.unexpectedValue(table: table, column: "fte_millionths", value: String(fteValue))
        }
        return Officer(
            id: row[0], name: row[1], team: row[2], fte: fte,
            mosovo: try decode(row[4], table: table, column: "mosovo"),
            approvedPremises: row[5], daSpecialist: row[6],
            status: try decode(row[7], table: table, column: "status"))
    }

    static func decodeCase(_ row: Row) throws -> Case {
        let category: Int? = row[4]
        let level: Int? = row[5]
        var mappa: Mappa?
        if let category, let level {
            guard Mappa.validValues.contains(category), Mappa.validValues.contains(level) else {
                throw StoreError.unexpectedValue(table: "cases", column: "mappa_level", value: "\(category)/\(level)")
            }
            mappa = Mappa(category: category, level: level)
        }
        let allocatedOn: String? = row[8]
        var day: Day?
        if let allocatedOn {
            guard let parsed = Day(allocatedOn) else {
                throw StoreError.unexpectedValue(table: "cases", column: "allocated_on", value: allocatedOn)
            }
            day = parsed
        }
        return Case(
            id: row[0], officerID: row[1], team: row[2], risk: try decode(row[3], table: "cases", column: "risk"),
            mappa: mappa, location: try decode(row[6], table: "cases", column: "location"),
            domesticAbuse: row[7], allocatedOn: day, previousOfficerID: row[9])
    }

    static func decode<T: RawRepresentable<String>>(_ value: String, table: String, column: String) throws -> T {
        guard let decoded = T(rawValue: value) else {
            throw StoreError.unexpectedValue(table: table, column: column, value: value)
        }
        return decoded
    }
}
