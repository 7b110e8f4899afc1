/// Reads the rows of one import file by column name, reporting problems against the file and column.
struct CSVTable<Column: CSVColumn> {
    let file: String
    private var reader: CSVReader
    private var positions = ColumnPositions<Column>()
    private var header: [String] = []
    /// False when the header is unusable, so rows cannot be read by name.
    private(set) var isReadable = false
    private(set) var rowCount = 0
    /// Whether any row after the header was skipped for a problem, so the file is not empty even if no row was read.
    private var skippedRows = false

    /// Reads the header, reporting missing and repeated columns to the log.
    init(file: String, bytes: [UInt8], log: inout IssueLog) {
        self.file = file
        reader = CSVReader(bytes: bytes)
        guard let headerRecord = reader.next() else {
            let problems = reader.takeProblems()
            report(problems, to: &log)
            if problems.isEmpty && !reader.stopped {
                log.add(ImportIssue(file: file, line: 1, column: nil, message: "has no header row; expected \(Self.expectedHeader)"))
            }
            return
        }
        let headerProblems = reader.takeProblems()
        guard headerProblems.isEmpty else {
            report(headerProblems, to: &log)
            return
        }
        header = headerRecord.fields.map(\.value)
        var seen: [String: Int] = [:]
        let columns = Dictionary(Column.allCases.map { (SpreadsheetValues.key($0.rawValue), $0) }, uniquingKeysWith: { first, _ in first })
        for (index, given) in header.enumerated() {
            let name = SpreadsheetValues.key(given)
            if let first = seen[name] {
                if columns[name] != nil {
                    log.add(ImportIssue(
                        file: file, line: headerRecord.line, column: given,
                        message: "the column appears twice (fields \(first + 1) and \(index + 1)); keep one"))
                }
                continue
            }
            seen[name] = index
            if let column = columns[name] { positions.set(column, index) }
        }
        let missing = Column.allCases.filter { $0.isRequired && positions[$0] == nil }
        for column in missing {
            log.add(ImportIssue(
                file: file, line: headerRecord.line, column: column.rawValue,
                message: "required column is missing; the header needs \(Self.expectedHeader)"))
        }
        isReadable = missing.isEmpty
    }

    /// The header a file of this kind needs, for messages.
    static var expectedHeader: String {
        Column.allCases.filter(\.isRequired).map(\.rawValue).joined(separator: ",")
    }

    /// The next row whose field count matches the header; problems with others go to the log.
    mutating func nextRow(log: inout IssueLog) -> CSVRow<Column>? {
        guard isReadable else { return nil }
        while let record = reader.next() {
            reportRows(reader.takeProblems(), to: &log)
            rowCount += 1
            if record.fields.count == header.count {
                return CSVRow(record: record, positions: positions)
            }
            let column = record.fields.count < header.count ? header[record.fields.count] : "field \(header.count + 1)"
            log.add(ImportIssue(
                file: file, line: record.line, column: column,
                message: "the row has \(record.fields.count) fields but the header has \(header.count); check for a missing or extra comma"))
        }
        reportRows(reader.takeProblems(), to: &log)
        if rowCount == 0 && !skippedRows && !reader.stopped {
            log.add(ImportIssue(file: file, line: 1, column: nil, message: "has a header but no rows; importing it would empty the database"))
        }
        return nil
    }

    private mutating func reportRows(_ problems: [CSVProblem], to log: inout IssueLog) {
        skippedRows = skippedRows || !problems.isEmpty
        report(problems, to: &log)
    }

    private func report(_ problems: [CSVProblem], to log: inout IssueLog) {
        for problem in problems {
            let column = problem.field.map { $0 < header.count ? header[$0] : "field \($0 + 1)" }
            log.add(ImportIssue(file: file, line: problem.line, column: column, message: problem.message))
        }
    }
}

/// Where each column is in a file's rows: a list searched in order, which for a dozen columns costs less than hashing.
struct ColumnPositions<Column: CSVColumn> {
    private var entries: [(column: Column, position: Int)] = []

    mutating func set(_ column: Column, _ position: Int) {
        entries.append((column, position))
    }

    /// The field the column is in; nil when the file does not have it.
    subscript(column: Column) -> Int? {
        for entry in entries where entry.column == column { return entry.position }
        return nil
    }
}

/// One data row, read by column name.
struct CSVRow<Column: CSVColumn> {
    let record: CSVRecord
    let positions: ColumnPositions<Column>

    /// The trimmed value; empty when the column is absent from the file.
    subscript(column: Column) -> String {
        guard let position = positions[column] else { return "" }
        return record.fields[position].value
    }

    /// The physical line on which the column's value began.
    func line(of column: Column) -> Int {
        guard let position = positions[column] else { return record.line }
        return record.fields[position].line
    }
}
