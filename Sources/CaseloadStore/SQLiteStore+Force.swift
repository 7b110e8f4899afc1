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
        let rows = try RawStatement(db, sql: "SELECT \(caseColumns) FROM cases ORDER BY position")
        while try rows.step() { cases.append(try decodeCase(rows)) }
        return Force(officers: officers, cases: cases)
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
        try decodeCase(
            id: row[0], officerID: row[1], team: row[2], risk: row[3], category: row[4], level: row[5], location: row[6],
            domesticAbuse: row[7], allocatedOn: row[8], previousOfficerID: row[9])
    }

    /// Reads a case from a raw statement's columns, in the order of `caseColumns`.
    static func decodeCase(_ row: RawStatement) throws -> Case {
        try decodeCase(
            id: row.text(0) ?? "", officerID: row.text(1), team: row.text(2) ?? "", risk: row.text(3) ?? "",
            category: row.integer(4), level: row.integer(5), location: row.text(6) ?? "", domesticAbuse: row.integer(7) == 1,
            allocatedOn: row.text(8), previousOfficerID: row.text(9))
    }

    private static func decodeCase(
        id: String, officerID: String?, team: String, risk: String, category: Int?, level: Int?, location: String,
        domesticAbuse: Bool, allocatedOn: String?, previousOfficerID: String?
    ) throws -> Case {
        var mappa: Mappa?
        if let category, let level {
            guard Mappa.validValues.contains(category), Mappa.validValues.contains(level) else {
                throw StoreError.unexpectedValue(table: "cases", column: "mappa_level", value: "\(category)/\(level)")
            }
            mappa = Mappa(category: category, level: level)
        }
        var day: Day?
        if let allocatedOn {
            guard let parsed = Day(allocatedOn) else {
                throw StoreError.unexpectedValue(table: "cases", column: "allocated_on", value: allocatedOn)
            }
            day = parsed
        }
        return Case(
            id: id, officerID: officerID, team: team, risk: try decode(risk, table: "cases", column: "risk"),
            mappa: mappa, location: try decode(location, table: "cases", column: "location"),
            domesticAbuse: domesticAbuse, allocatedOn: day, previousOfficerID: previousOfficerID)
    }

    static func decode<T: RawRepresentable<String>>(_ value: String, table: String, column: String) throws -> T {
        guard let decoded = T(rawValue: value) else {
            throw StoreError.unexpectedValue(table: table, column: column, value: value)
        }
        return decoded
    }
}
