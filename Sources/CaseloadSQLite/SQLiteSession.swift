import CaseloadCore
import CaseloadStore
import Foundation
import GRDB

/// The store's SQL session on one SQLite connection inside a transaction: `?` placeholders, statements prepared once
/// and kept, many rows to an INSERT, booleans as 0 and 1.
public struct SQLiteSession: SQLSession {
    let db: Database

    /// Rows an INSERT of `bulkLoad` carries: one statement per row costs SQLite more than the rows do.
    static let rowsPerInsert = 64

    /// The page cache while the cases' indexes are built, in KiB. SQLite sorts an index that outgrows it in runs, which
    /// a second thread (`PRAGMA threads`) sorts while the first reads on: for a million cases a quarter faster than one
    /// sort in the large cache the rows are written through, and 2 MB runs a tenth faster than 4 MB ones (1.45-1.52 s
    /// against 1.59-1.79 s for the six indexes, measured alternately). The written rows stay in memory all the same:
    /// `replacing` sets `cache_spill` to the large cache.
    static let indexSortKibibytes = 2048

    /// A result row: the statement, stepped to it.
    public struct Row: SQLRow {
        let statement: RawStatement

        public func column(_ name: String) throws -> Int {
            guard let index = statement.column(named: name) else { throw StoreError.unexpectedValue(table: "result", column: name, value: "missing") }
            return Int(index)
        }

        public func text(_ column: Int) -> String? { statement.text(Int32(column)) }

        public func integer(_ column: Int) -> Int? { statement.integer(Int32(column)) }

        public func bool(_ column: Int) -> Bool { statement.integer(Int32(column)).map { $0 != 0 } ?? false }
    }

    private func prepared(_ sql: CaseloadStore.SQL) throws -> RawStatement {
        let (text, values) = sql.rendered { _ in "?" }
        let statement = try RawStatement(db, sql: text)
        statement.reset()
        for (index, value) in values.enumerated() { statement.bind(Int32(index + 1), value) }
        return statement
    }

    public func forEachRow(_ sql: CaseloadStore.SQL, _ body: (Row) throws -> Void) throws {
        let statement = try prepared(sql)
        defer { statement.reset() }
        let row = Row(statement: statement)
        while try statement.step() { try body(row) }
    }

    @discardableResult
    public func execute(_ sql: CaseloadStore.SQL) throws -> Int {
        try prepared(sql).execute()
        return db.changesCount
    }

    /// Nothing to do: SQLite runs in this process, so each query costs no round trip when it runs.
    public func prefetch(_ queries: [CaseloadStore.SQL]) throws {}

    /// One after another: SQLite runs in this process, so there is no round trip to save.
    public func executeAll(_ statements: [CaseloadStore.SQL]) throws -> [Int] {
        try statements.map { try execute($0) }
    }

    /// Inserts `rowsPerInsert` rows to a statement (`BatchedInsert`).
    public func bulkLoad(into table: String, columns: [String], _ rows: (_ add: ([SQLValue]) throws -> Void) throws -> Void) throws {
        var batch = try BatchedInsert(db, into: table, columns: columns, rowsPerStatement: Self.rowsPerInsert)
        try rows { values in try batch.add(values) }
        try batch.finish()
    }

    /// SQLite's writers already take turns on the whole file.
    public var lockingRead: String { "" }

    /// The values travel as one bound JSON array, however many there are: SQLite limits the placeholders of a statement.
    public func column(_ column: String, isAnyOf values: [String]) -> CaseloadStore.SQL {
        let list: Data
        do {
            list = try JSONEncoder().encode(values)
        } catch {
            preconditionFailure("an array of strings always encodes as JSON: \(error)")
        }
        return "\(raw: column) IN (SELECT value FROM json_each(\(String(decoding: list, as: UTF8.self))))"
    }

    /// Drops the cases' indexes (built once at the end, cheaper than kept up to date row by row) and empties the tables.
    public func startReplacingForce() throws {
        try db.execute(sql: """
            DROP INDEX cases_by_id; DROP INDEX cases_by_officer; \(CaseDateIndexes.drop);
            DELETE FROM officer_workloads; DELETE FROM cases; DELETE FROM officers;
            """)
    }

    /// Builds the indexes again, `cases_by_id` refusing a repeated case id; foreign keys are off during an import, so
    /// the cases' officers are checked here when asked.
    ///
    /// The rows stay in memory while the indexes are built from them (`replacing` holds the written pages); once built,
    /// rows and indexes go to the WAL, as the commit would write them, and the small cache lets them go: left in it,
    /// they stood under everything the import did next (at a million cases with 200,000 absences, 396 MB at the peak
    /// against 274 MB before the pages were held).
    public func finishReplacingCases(checkingOfficers: Bool) throws {
        if checkingOfficers, try GRDB.Row.fetchOne(db, sql: "PRAGMA foreign_key_check(cases)") != nil {
            throw DatabaseError(resultCode: .SQLITE_CONSTRAINT_FOREIGNKEY, message: "a case's officer_id is not among the officers")
        }
        try db.execute(sql: """
            PRAGMA cache_size = -\(Self.indexSortKibibytes);
            CREATE UNIQUE INDEX cases_by_id ON cases(case_id); CREATE INDEX cases_by_officer ON cases(officer_id);
            \(CaseDateIndexes.create)
            """)
        try RawStatement.writeChangedPages(db)
    }
}
