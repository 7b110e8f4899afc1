import CaseloadCore
import GRDB

extension SQLiteStore {
    public func loadForce() throws -> Force {
        try reading { db in try Self.loadForce(in: db) }
    }

    public func loadForce(on day: Day) throws -> Force {
        try reading { db in
            var force = try Self.loadForce(in: db)
            force.officers = try Self.standing(force.officers, on: day, in: db)
            return force
        }
    }

    static func loadForce(in db: Database) throws -> Force {
        var officers: [Officer] = []
        let officerRows = try Row.fetchCursor(db, sql: "SELECT \(Self.officerColumns) FROM officers ORDER BY position")
        while let row = try officerRows.next() { officers.append(try Self.officer(row, table: "officers")) }
        return Force(officers: officers, cases: try fetchCases(db, "ORDER BY position"))
    }

    /// The cases `SELECT caseColumns FROM cases` followed by `clauses` gives, with `text` bound to its one
    /// parameter if it has one; read through SQLite's C API, which a million rows need.
    static func fetchCases(_ db: Database, _ clauses: String, text: String? = nil) throws -> [Case] {
        let rows = try RawStatement(db, sql: "SELECT \(caseColumns) FROM cases \(clauses)")
        if let text { rows.bind(1, text) }
        var cases: [Case] = []
        while try rows.step() { cases.append(try decodeCase(rows)) }
        return cases
    }

    /// The columns `decodeCase` reads, in its order.
    static let caseColumns = StoreColumns.cases

    static let officerColumns = StoreColumns.officers

    /// How many columns `officerColumns` names.
    static let officerColumnCount = StoreColumns.officerCount

    /// Binds an officer to `officerColumnCount` parameters starting at `first`, in the order of `officerColumns`.
    static func bind(_ officer: Officer, to statement: RawStatement, from first: Int32) {
        statement.bind(first, officer.id)
        statement.bind(first + 1, officer.name)
        statement.bind(first + 2, officer.team)
        statement.bind(first + 3, officer.fte.millionths)
        statement.bind(first + 4, officer.mosovo.rawValue)
        statement.bind(first + 5, officer.approvedPremises)
        statement.bind(first + 6, officer.daSpecialist)
        statement.bind(first + 7, officer.status.rawValue)
        statement.bind(first + 8, officer.buddyID)
        statement.bind(first + 9, officer.mosovoCourseOn?.description)
    }

    /// Reads an officer from the first `officerColumnCount` columns of a row, in the order of `officerColumns`.
    static func officer(_ row: Row, table: String) throws -> Officer {
        let fteValue: Int = row[3]
        guard let fte = FTE(millionths: fteValue) else {
            throw StoreError.unexpectedValue(table: table, column: "fte_millionths", value: String(fteValue))
        }
        let courseText: String? = row[9]
        let courseOn = try courseText.map { text in
            guard let day = Day(text) else { throw StoreError.unexpectedValue(table: table, column: "mosovo_course_on", value: text) }
            return day
        }
        return Officer(
            id: row[0], name: row[1], team: row[2], fte: fte,
            mosovo: try decode(row[4], table: table, column: "mosovo"),
            approvedPremises: row[5], daSpecialist: row[6],
            status: try decode(row[7], table: table, column: "status"), buddyID: row[8], mosovoCourseOn: courseOn)
    }

    /// Reads a case from a raw statement's columns, in the order of `caseColumns`.
    static func decodeCase(_ row: RawStatement) throws -> Case {
        var mappa: Mappa?
        if let category = row.integer(4), let level = row.integer(5) {
            guard Mappa.validValues.contains(category), Mappa.validValues.contains(level) else {
                throw StoreError.unexpectedValue(table: "cases", column: "mappa_level", value: "\(category)/\(level)")
            }
            mappa = Mappa(category: category, level: level)
        }
        var day: Day?
        if let allocatedOn = row.text(8) {
            guard let parsed = Day(allocatedOn) else {
                throw StoreError.unexpectedValue(table: "cases", column: "allocated_on", value: allocatedOn)
            }
            day = parsed
        }
        return Case(
            id: row.text(0) ?? "", officerID: row.text(1), team: row.text(2) ?? "",
            risk: try decode(row.text(3) ?? "", table: "cases", column: "risk"), mappa: mappa,
            location: try decode(row.text(6) ?? "", table: "cases", column: "location"), domesticAbuse: row.integer(7) == 1,
            allocatedOn: day, previousOfficerID: row.text(9))
    }

    static func decode<T: RawRepresentable<String>>(_ value: String, table: String, column: String) throws -> T {
        guard let decoded = T(rawValue: value) else {
            throw StoreError.unexpectedValue(table: table, column: column, value: value)
        }
        return decoded
    }
}
