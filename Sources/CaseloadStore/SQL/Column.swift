import CaseloadCore

/// One field of a stored record: the columns that hold it, how it is written and how it is read back.
///
/// A record's fields are listed once (`Columns`), so a new column is one entry there and one line of each schema;
/// every statement that writes or reads the record takes its column list and values from that entry.
struct Column<Record>: Sendable {
    /// The columns, as the engines name them in a result; most fields have one, a MAPPA case two.
    let names: [String]
    let write: @Sendable (Record, inout [SQLValue]) -> Void
    /// Reads the field from the row, given the indices of its columns in the result.
    let read: @Sendable (inout Record, any SQLRow, ArraySlice<Int>) throws(StoredValueError) -> Void
}

/// A stored value caseload never writes, found while reading a column; the reader names the table.
struct StoredValueError: Error {
    let column: String
    let value: String
}

extension Column {
    /// Text that is never NULL.
    static func text(_ name: String, _ get: @escaping @Sendable (Record) -> String, _ set: @escaping @Sendable (inout Record, String) -> Void) -> Column {
        Column(names: [name], write: { record, values in values.append(.text(get(record))) }, read: { record, row, at in set(&record, row.text(at.first!) ?? "") })
    }

    /// An officer's or case's reference, stored as its NFC text.
    static func id<Subject>(
        _ name: String, _ get: @escaping @Sendable (Record) -> Identifier<Subject>, _ set: @escaping @Sendable (inout Record, Identifier<Subject>) -> Void
    ) -> Column {
        Column(names: [name], write: { record, values in values.append(.text(get(record).text)) }, read: { record, row, at in set(&record, Identifier(row.text(at.first!) ?? "")) })
    }

    /// A reference that may be NULL.
    static func optionalID<Subject>(
        _ name: String, _ get: @escaping @Sendable (Record) -> Identifier<Subject>?, _ set: @escaping @Sendable (inout Record, Identifier<Subject>?) -> Void
    ) -> Column {
        Column(names: [name], write: { record, values in values.append(.text(get(record)?.text)) }, read: { record, row, at in set(&record, row.text(at.first!).map { Identifier($0) }) })
    }

    /// Text that may be NULL.
    static func optionalText(_ name: String, _ get: @escaping @Sendable (Record) -> String?, _ set: @escaping @Sendable (inout Record, String?) -> Void) -> Column {
        Column(names: [name], write: { record, values in values.append(.text(get(record))) }, read: { record, row, at in set(&record, row.text(at.first!)) })
    }

    /// An integer that may be NULL.
    static func integer(_ name: String, _ get: @escaping @Sendable (Record) -> Int?, _ set: @escaping @Sendable (inout Record, Int?) -> Void) -> Column {
        Column(names: [name], write: { record, values in values.append(.integer(get(record))) }, read: { record, row, at in set(&record, row.integer(at.first!)) })
    }

    static func bool(_ name: String, _ get: @escaping @Sendable (Record) -> Bool, _ set: @escaping @Sendable (inout Record, Bool) -> Void) -> Column {
        Column(names: [name], write: { record, values in values.append(.bool(get(record))) }, read: { record, row, at in set(&record, row.bool(at.first!)) })
    }

    /// A day kept as `YYYY-MM-DD` text; NULL for nil.
    static func day(_ name: String, _ get: @escaping @Sendable (Record) -> Day?, _ set: @escaping @Sendable (inout Record, Day?) -> Void) -> Column {
        Column(
            names: [name], write: { record, values in values.append(.text(get(record)?.description)) },
            read: { record, row, at throws(StoredValueError) in
                guard let text = row.text(at.first!) else { return set(&record, nil) }
                guard let day = Day(text) else { throw StoredValueError(column: name, value: text) }
                set(&record, day)
            })
    }

    /// A coded value kept as its raw text, such as a risk level.
    static func code<Code: RawRepresentable<String> & SendableMetatype>(
        _ name: String, _ get: @escaping @Sendable (Record) -> Code, _ set: @escaping @Sendable (inout Record, Code) -> Void
    ) -> Column {
        Column(
            names: [name], write: { record, values in values.append(.text(get(record).rawValue)) },
            read: { record, row, at throws(StoredValueError) in
                let text = row.text(at.first!) ?? ""
                guard let code = Code(rawValue: text) else { throw StoredValueError(column: name, value: text) }
                set(&record, code)
            })
    }
}

/// The fields of one kind of record, in the order they are written.
struct Columns<Record>: Sendable {
    let fields: [Column<Record>]

    init(_ fields: [Column<Record>]) { self.fields = fields }

    /// Every column name, in order.
    var names: [String] { fields.flatMap(\.names) }

    /// The column names as a statement lists them, each quoted (the audit log's `by` is a reserved word).
    var list: String { names.map { "\"\($0)\"" }.joined(separator: ", ") }

    /// The record's values, in the order of `names`.
    func values(_ record: Record) -> [SQLValue] {
        var values: [SQLValue] = []
        values.reserveCapacity(fields.count + 1)
        append(record, to: &values)
        return values
    }

    /// Appends the record's values, in the order of `names`.
    ///
    /// Each field is reached in place: `for field in fields` copied it, retaining and releasing its three closures, for
    /// each of the fifteen fields of each of a million cases an import writes.
    func append(_ record: Record, to values: inout [SQLValue]) {
        fields.withUnsafeBufferPointer { fields in
            for index in fields.indices { fields[index].write(record, &values) }
        }
    }

    /// A reader for rows of this result, the columns found by name once; `table` names the table in its errors.
    func reader(for row: some SQLRow, table: String) throws -> Reader {
        var indices: [Int] = []
        var ranges: [Range<Int>] = []
        for field in fields {
            let start = indices.count
            for name in field.names {
                do { indices.append(try row.column(name)) } catch { throw StoreError.unexpectedValue(table: table, column: name, value: "no such column") }
            }
            ranges.append(start..<indices.count)
        }
        return Reader(fields: fields, columns: ranges.map { indices[$0] }, table: table)
    }

    /// Reads records of one kind from the rows of one result.
    struct Reader: Sendable {
        fileprivate let fields: [Column<Record>]
        /// The indices of each field's columns in the result.
        fileprivate let columns: [ArraySlice<Int>]
        fileprivate let table: String

        /// Sets each field of `record` from the row.
        ///
        /// Indexes both arrays rather than zipping them: this code runs unspecialised from the engines' modules, where
        /// a `Zip2Sequence` looks up its generic metadata on every row.
        func read(_ row: any SQLRow, into record: inout Record) throws {
            do throws(StoredValueError) {
                for index in fields.indices { try fields[index].read(&record, row, columns[index]) }
            } catch {
                throw StoreError.unexpectedValue(table: table, column: error.column, value: error.value)
            }
        }
    }
}
