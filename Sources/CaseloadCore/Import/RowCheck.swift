/// Checks the values of one row against the CSV contract, collecting an issue per bad value.
struct RowCheck<Column: CSVColumn> {
    let file: String
    let row: CSVRow<Column>
    private(set) var issues: [ImportIssue] = []

    init(file: String, row: CSVRow<Column>) {
        self.file = file
        self.row = row
    }

    mutating func fail(_ column: Column, _ message: String) {
        issues.append(ImportIssue(file: file, line: row.line(of: column), column: column.rawValue, message: message))
    }

    /// The value, or an issue if it is empty.
    mutating func required(_ column: Column, what: String) -> String {
        let value = row[column]
        if value.isEmpty { fail(column, "is empty; \(what)") }
        return value
    }

    /// The parsed value, the default when empty, or nil with an issue when it does not parse.
    ///
    /// `expected` is put into words only for a bad value: a date's help, joined to what its emptiness means, was
    /// built five times for every case of a million when each was made whether needed or not.
    mutating func optional<T>(_ column: Column, default fallback: T, expected: @autoclosure () -> String, parse: (String) -> T?) -> T? {
        let value = row[column]
        if value.isEmpty { return fallback }
        guard let parsed = parse(value) else {
            fail(column, "\(value.quotedForMessage()) is not valid; \(expected())")
            return nil
        }
        return parsed
    }

    /// One of an enumeration's values; required when there is no default.
    mutating func choice<T: RawRepresentable<String> & CaseIterable>(_ column: Column, _ type: T.Type, default fallback: T?) -> T? {
        let value = row[column]
        if let parsed = SpreadsheetValues.choice(value, as: T.self) { return parsed }
        let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
        if value.isEmpty {
            if let fallback { return fallback }
            fail(column, "is empty; use one of \(allowed)")
            return nil
        }
        fail(column, "\(value.quotedForMessage()) is not allowed; use one of \(allowed)")
        return nil
    }

    /// `yes` or `no` (or y/n, true/false, 1/0), no when empty.
    mutating func yesNo(_ column: Column) -> Bool? {
        optional(column, default: false, expected: "use yes or no (y/n, true/false or 1/0 do too), or leave it empty for no", parse: SpreadsheetValues.yesNo)
    }

    /// A date, as `SpreadsheetValues.day` reads it; nil when empty.
    mutating func day(_ column: Column, emptyMeans: String = "") -> Day?? {
        optional(column, default: Day?.none, expected: SpreadsheetValues.dateHelp + emptyMeans) { SpreadsheetValues.day($0) }
    }
}

/// A parsed MAPPA pair, where nil means not managed under MAPPA; wrapped so that "not MAPPA" is not "invalid".
struct ParsedMappa {
    let value: Mappa?
}

extension RowCheck where Column == CaseColumn {
    /// Category and level together: both empty (not MAPPA) or both 1, 2 or 3, category 3 only at level 2 or 3.
    mutating func mappa() -> ParsedMappa? {
        let category = mappaValue(.mappaCategory)
        let level = mappaValue(.mappaLevel)
        guard let category, let level else { return nil }
        switch (category, level) {
        case (0, 0):
            return ParsedMappa(value: nil)
        case (0, _):
            fail(.mappaCategory, "is empty while mappa_level is \(level); a MAPPA case needs both, or neither")
            return nil
        case (_, 0):
            fail(.mappaLevel, "is empty while mappa_category is \(category); a MAPPA case needs both, or neither")
            return nil
        case (3, 1):
            fail(.mappaLevel, "category 3 cases are managed at level 2 or 3; use 2 or 3, or check the category")
            return nil
        default:
            return ParsedMappa(value: Mappa(category: category, level: level))
        }
    }

    /// 1, 2 or 3; 0 when empty; nil with an issue otherwise.
    private mutating func mappaValue(_ column: Column) -> Int? {
        let value = row[column]
        if value.isEmpty { return 0 }
        guard let number = Int(value), Mappa.validValues.contains(number) else {
            fail(column, "\(value.quotedForMessage()) is not allowed; use 1, 2 or 3, or leave it empty if the case is not MAPPA")
            return nil
        }
        return number
    }
}
