import CaseloadStore
import GRDB

/// Rows gathered into INSERTs of many rows each, for `bulkLoad`: one statement per row costs SQLite more than the rows.
///
/// Each value is taken as it is added: text is copied once into one buffer that SQLite reads in place when the batch
/// runs, anything else is kept to be bound then. The buffers are the struct's own, not variables a closure captures,
/// so Swift checks their exclusive use when compiling rather than on each of the million rows of an import.
struct BatchedInsert {
    private let db: Database
    private let sql: (_ rows: Int) -> String
    private let columnCount: Int
    private let rowsPerStatement: Int
    private let full: RawStatement
    private var rows = 0
    /// The batch's text values, one after another.
    private var text: [UInt8] = []
    private var texts: [(parameter: Int32, start: Int, end: Int)] = []
    private var others: [(parameter: Int32, value: SQLValue)] = []

    init(_ db: Database, into table: String, columns: [String], rowsPerStatement: Int) throws {
        let columnList = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        sql = { rows in "INSERT INTO \(table) (\(columnList)) VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))" }
        self.db = db
        columnCount = columns.count
        self.rowsPerStatement = rowsPerStatement
        full = try RawStatement(db, sql: sql(rowsPerStatement))
    }

    /// Adds one row's values, in the order of the columns; runs the batch once it is full.
    mutating func add(_ values: [SQLValue]) throws {
        var parameter = Int32(rows * columnCount)
        for value in values {
            parameter += 1
            if case .text(let string) = value {
                let start = text.count
                text.append(contentsOf: string.utf8)
                texts.append((parameter, start, text.count))
            } else {
                others.append((parameter, value))
            }
        }
        rows += 1
        if rows == rowsPerStatement { try flush() }
    }

    /// Runs what is left of the last batch.
    mutating func finish() throws {
        try flush()
    }

    private mutating func flush() throws {
        guard rows > 0 else { return }
        let insert = rows == rowsPerStatement ? full : try RawStatement(db, sql: sql(rows))
        for (parameter, value) in others { insert.bind(parameter, value) }
        try text.withUnsafeBufferPointer { buffer in
            for span in texts { insert.bind(span.parameter, borrowing: UnsafeBufferPointer(rebasing: buffer[span.start..<span.end])) }
            try insert.execute()
        }
        rows = 0
        text.removeAll(keepingCapacity: true)
        texts.removeAll(keepingCapacity: true)
        others.removeAll(keepingCapacity: true)
    }
}
