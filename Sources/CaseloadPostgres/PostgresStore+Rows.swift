import CaseloadCore
import CaseloadStore

/// Reading caseload's values from the text libpq returns; a value the schema should have prevented is a `StoreError`.
extension PGRows {
    /// The officer in the `StoreColumns.officers` columns starting at `first`.
    func officer(_ row: Int, from first: Int = 0, table: String) throws -> Officer {
        let fteValue = integer(row, first + 3) ?? 0
        guard let fte = FTE(millionths: fteValue) else {
            throw StoreError.unexpectedValue(table: table, column: "fte_millionths", value: String(fteValue))
        }
        return Officer(
            id: text(row, first) ?? "", name: text(row, first + 1) ?? "", team: text(row, first + 2) ?? "", fte: fte,
            mosovo: try decoded(row, first + 4, table: table, column: "mosovo"),
            approvedPremises: bool(row, first + 5), daSpecialist: bool(row, first + 6),
            status: try decoded(row, first + 7, table: table, column: "status"), buddyID: text(row, first + 8),
            mosovoCourseOn: try day(row, first + 9, table: table, column: "mosovo_course_on"))
    }

    /// The case in the `StoreColumns.cases` columns starting at `first`.
    func item(_ row: Int, from first: Int = 0) throws -> Case {
        var mappa: Mappa?
        if let category = integer(row, first + 4), let level = integer(row, first + 5) {
            guard Mappa.validValues.contains(category), Mappa.validValues.contains(level) else {
                throw StoreError.unexpectedValue(table: "cases", column: "mappa_level", value: "\(category)/\(level)")
            }
            mappa = Mappa(category: category, level: level)
        }
        return Case(
            id: text(row, first) ?? "", officerID: text(row, first + 1), team: text(row, first + 2) ?? "",
            risk: try decoded(row, first + 3, table: "cases", column: "risk"), mappa: mappa,
            location: try decoded(row, first + 6, table: "cases", column: "location"), domesticAbuse: bool(row, first + 7),
            allocatedOn: try day(row, first + 8, table: "cases", column: "allocated_on"), previousOfficerID: text(row, first + 9))
    }

    /// The counts in the `StoreColumns.workloads` columns starting at `first`.
    func workload(_ row: Int, from first: Int, table: String) throws -> Workload {
        var workload = Workload()
        for count in WorkloadCount.allCases {
            let value = integer(row, first + count.rawValue) ?? -1
            guard (0...Int(Int32.max)).contains(value) else {
                throw StoreError.unexpectedValue(table: table, column: count.column, value: String(value))
            }
            workload[count] = value
        }
        return workload
    }

    /// The audit entry in the `StoreColumns.audit` columns.
    func auditEntry(_ row: Int) -> AuditEntry {
        AuditEntry(
            caseID: text(row, 0) ?? "", from: text(row, 1), to: text(row, 2) ?? "", at: text(row, 3) ?? "", by: text(row, 4) ?? "",
            reason: text(row, 5), override: bool(row, 6), rulesOverridden: text(row, 7).map { $0.split(separator: ",").map(String.init) } ?? [],
            note: text(row, 8))
    }

    /// A day stored as text; nil for NULL.
    func day(_ row: Int, _ column: Int, table: String, column name: String) throws -> Day? {
        guard let value = text(row, column) else { return nil }
        guard let day = Day(value) else { throw StoreError.unexpectedValue(table: table, column: name, value: value) }
        return day
    }

    func decoded<T: RawRepresentable<String>>(_ row: Int, _ column: Int, table: String, column name: String) throws -> T {
        let value = text(row, column) ?? ""
        guard let decoded = T(rawValue: value) else { throw StoreError.unexpectedValue(table: table, column: name, value: value) }
        return decoded
    }
}
