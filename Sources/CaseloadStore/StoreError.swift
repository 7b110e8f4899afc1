import CaseloadCore

/// Why the store could not do what was asked, with the path or month it concerns.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The database file or its folder could not be created.
    case cannotCreate(path: String, reason: String)
    /// The file exists but is not a caseload database.
    case notADatabase(path: String)
    /// The database was written by a newer caseload.
    case newerSchema(path: String)
    /// A stored value that the schema should have prevented: the file was changed outside caseload.
    case unexpectedValue(table: String, column: String, value: String)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason):
            "cannot create the database at \(path.escapedForDisplay): \(reason)"
        case .notADatabase(let path):
            "\(path.escapedForDisplay) is not a caseload database; give another path with --db or $CASELOAD_DB"
        case .newerSchema(let path):
            "\(path.escapedForDisplay) was written by a newer caseload; update caseload to open it"
        case .unexpectedValue(let table, let column, let value):
            "the database holds \(value.quotedForMessage()) in \(table).\(column), which caseload never writes; was it edited by hand?"
        }
    }
}
