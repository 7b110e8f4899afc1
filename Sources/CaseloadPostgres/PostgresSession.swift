import CaseloadCore
import CaseloadStore

/// The store's SQL session on one PostgreSQL connection inside a transaction: `$n` placeholders, statements
/// prepared once per connection, rows in bulk through `COPY`, rows locked `FOR UPDATE`.
public struct PostgresSession: SQLSession {
    let connection: PGConnection
    /// The answers `prefetch` brought, by statement, each waiting for its query to run.
    private let prefetched = Prefetched()

    init(connection: PGConnection) {
        self.connection = connection
    }

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
        let (text, parameters) = Self.rendered(sql)
        if let rows = prefetched.take(text, parameters) { return rows }
        return try connection.runPrepared(text, parameters)
    }

    /// In one round trip, through libpq's pipeline mode.
    public func prefetch(_ queries: [SQL]) throws {
        let statements = queries.map(Self.rendered)
        for (statement, rows) in zip(statements, try connection.runPipelined(statements)) {
            prefetched.keep(rows, for: statement.text, statement.parameters)
        }
    }

    /// The statement's text with `$n` placeholders, and its values as libpq's text parameters (nil for NULL).
    private static func rendered(_ sql: SQL) -> (text: String, parameters: [String?]) {
        let (text, values) = sql.rendered { "$\($0)" }
        return (text, values.map { value in
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

    /// In one round trip, through libpq's pipeline mode.
    public func executeAll(_ statements: [SQL]) throws -> [Int] {
        try connection.runPipelined(statements.map(Self.rendered)).map(\.changed)
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
            DROP INDEX cases_by_id; DROP INDEX cases_by_officer; DROP INDEX cases_by_position; \(CaseDateIndexes.drop);
            TRUNCATE officer_workloads, cases, officers
            """)
    }

    /// Builds the indexes and the foreign key again, which checks every case's officer whatever is asked.
    public func finishReplacingCases(checkingOfficers: Bool) throws {
        try connection.runScript(PostgresStore.casesIndexes + ";\n" + CaseDateIndexes.create)
    }
}

/// Answers that came back before their queries ran, each given out once.
private final class Prefetched {
    private var answers: [String: PGRows] = [:]

    func keep(_ rows: PGRows, for text: String, _ parameters: [String?]) {
        answers[Self.key(text, parameters)] = rows
    }

    func take(_ text: String, _ parameters: [String?]) -> PGRows? {
        answers.isEmpty ? nil : answers.removeValue(forKey: Self.key(text, parameters))
    }

    /// The statement and its values as one string: NUL and SOH, which neither holds, keep the parts apart.
    private static func key(_ text: String, _ parameters: [String?]) -> String {
        ([text] + parameters.map { $0.map { "\u{1}" + $0 } ?? "\u{0}" }).joined(separator: "\u{0}")
    }
}
