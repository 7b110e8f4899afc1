import CaseloadCore

/// A store whose operations are written once, over an `SQLSession`: a backend opens the engine and runs
/// transactions; everything the store does inside them lives in this module, for every engine alike.
public protocol SQLForceStore: ForceStore {
    associatedtype Session: SQLSession

    /// Runs `body` in a read-only transaction that sees one consistent state of the force; failures leave as `StoreError`.
    func reading<T>(_ body: (Session) throws -> T) throws -> T

    /// Runs `body` in a transaction, taking turns with every other writer; failures leave as `StoreError`.
    func writing<T>(_ body: (Session) throws -> T) throws -> T

    /// Runs an import (or a copy in) in one transaction: a write like `writing`, set up for many rows, followed once
    /// committed by what the engine does after a large write (folding its log, gathering statistics).
    func replacing<T>(_ body: (Session) throws -> T) throws -> T
}

extension SQLSession {
    /// The integer a one-value query gives in its column `value`; nil when it gives no row.
    func integer(_ sql: SQL) throws -> Int? {
        var result: Int?
        try forEachRow(sql) { row in result = row.integer(try row.column("value")) }
        return result
    }

    /// Each row of a query as the text of the named columns, in order; a NULL reads as empty. For counting many rows
    /// by a column in Swift, which costs less than the engine's GROUP BY when it must sort them.
    func eachRow(_ sql: SQL, _ names: [String], _ body: ([String]) throws -> Void) throws {
        var columns: [Int]?
        var text = [String](repeating: "", count: names.count)
        try forEachRow(sql) { row in
            if columns == nil { columns = try names.map { try row.column($0) } }
            for (index, column) in columns!.enumerated() { text[index] = row.text(column) ?? "" }
            try body(text)
        }
    }

    /// Whether the query gives any row.
    func exists(_ sql: SQL) throws -> Bool {
        var found = false
        try forEachRow(sql) { _ in found = true }
        return found
    }

    /// Appends every record to a table through the engine's bulk load, each with `extra` values first.
    func bulkLoad<Record>(into table: String, leading: [String] = [], _ columns: Columns<Record>, _ records: some Sequence<(lead: [SQLValue], record: Record)>) throws {
        try bulkLoad(into: table, columns: leading + columns.names) { add in
            var values: [SQLValue] = []
            for (lead, record) in records {
                values.removeAll(keepingCapacity: true)
                values.append(contentsOf: lead)
                columns.append(record, to: &values)
                try add(values)
            }
        }
    }
}

extension SQLForceStore {
    /// Throws `noForceYet` when the database has caseload's tables but no force and no history: a copy killed
    /// before its rows were committed leaves it so, and it must not pass for a force with no officer over a limit.
    public func requireForce() throws {
        let held = try reading { session in
            try session.exists("SELECT 1 AS value FROM officers UNION ALL SELECT 1 AS value FROM months LIMIT 1")
        }
        if !held { throw StoreError.noForceYet(location: location) }
    }
}
