import CaseloadCore
import CaseloadStore

/// The store's SQL session on one PostgreSQL connection inside a transaction: `$n` placeholders, statements
/// prepared once per connection, rows in bulk through `COPY`, rows locked `FOR UPDATE`.
public struct PostgresSession: SQLSession {
    let connection: PGConnection

    /// A result row: the result and the row's number in it.
    public struct Row: SQLRow {
        let rows: PGRows
        let index: Int

        public func column(_ name: String) throws -> Int {
            guard let column = rows.column(named: name) else { throw StoreError.unexpectedValue(table: "result", column: name, value: "missing") }
            return column
        }

        public func text(_ column: Int) -> String? { rows.text(index, column) }

        public func integer(_ column: Int) -> Int? { rows.integer(index, column) }

        public func bool(_ column: Int) -> Bool { rows.bool(index, column) }
    }

    private func run(_ sql: SQL) throws -> PGRows {
        let (text, values) = sql.rendered { "$\($0)" }
        return try connection.runPrepared(text, values.map { value in
            switch value {
            case .null: nil
            case .integer(let number): String(number)
            case .text(let text): text
            case .bool(let flag): flag ? "t" : "f"
            }
        })
    }

    public func forEachRow(_ sql: SQL, _ body: (Row) throws -> Void) throws {
        let rows = try run(sql)
        for index in 0..<rows.count { try body(Row(rows: rows, index: index)) }
    }

    @discardableResult
    public func execute(_ sql: SQL) throws -> Int {
        try run(sql).changed
    }

    public func bulkLoad(into table: String, columns: [String], _ rows: (_ add: ([SQLValue]) throws -> Void) throws -> Void) throws {
        let columnList = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        try connection.copy("COPY \(table) (\(columnList)) FROM STDIN") { send in
            var buffer: [UInt8] = []
            try withoutActuallyEscaping(send) { send in
                try rows { values in
                    CopyRows.append(values, to: &buffer)
                    if buffer.count >= CopyRows.batchBytes {
                        try send(buffer)
                        buffer.removeAll(keepingCapacity: true)
                    }
                }
            }
            if !buffer.isEmpty { try send(buffer) }
        }
    }

    public var lockingRead: String { " FOR UPDATE" }

    /// The values as one array literal, which lets the server look each up in an index (a JSON list made it scan every
    /// case: 82 ms at a million).
    public func column(_ column: String, isAnyOf values: [String]) -> SQL {
        let list = "{" + values.map { value in
            "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }.joined(separator: ",") + "}"
        return "\(raw: column) = ANY(\(list)::text[])"
    }

    /// Takes the tables in the readers' order, then drops the cases' indexes and foreign key and empties the tables.
    public func startReplacingForce() throws {
        try connection.runScript("""
            \(PostgresStore.lockForImport);
            ALTER TABLE cases DROP CONSTRAINT cases_officer_fk;
            DROP INDEX cases_by_id; DROP INDEX cases_by_officer; DROP INDEX cases_by_position;
            TRUNCATE officer_workloads, cases, officers
            """)
    }

    /// Builds the indexes and the foreign key again, which checks every case's officer whatever is asked.
    public func finishReplacingCases(checkingOfficers: Bool) throws {
        try connection.runScript(PostgresStore.casesIndexes)
    }
}
