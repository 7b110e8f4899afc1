/// One field of a CSV record: its trimmed text and the physical line on which it began.
public struct CSVField: Hashable, Sendable {
    public var value: String
    public var line: Int
}

/// One row of a CSV file, with the physical line on which it began (the header is line 1).
public struct CSVRecord: Hashable, Sendable {
    public var line: Int
    public var fields: [CSVField]
}

/// Something wrong in a CSV file's syntax or encoding, at a line and, where known, a field.
public struct CSVProblem: Hashable, Sendable, Error {
    public var line: Int
    /// The 0-based field position in the record, when the problem is in one field.
    public var field: Int?
    public var message: String
}
