/// One row of a result, its columns found by name once per result and then read by the index that gave.
public protocol SQLRow {
    /// The index of the named column in this result; throws when the statement did not select it.
    func column(_ name: String) throws -> Int

    /// The value as text; nil for NULL.
    func text(_ column: Int) -> String?

    /// The value as an integer; nil for NULL.
    func integer(_ column: Int) -> Int?

    /// The value as a boolean; false for NULL.
    func bool(_ column: Int) -> Bool
}

/// A connection inside one transaction: the small part of an engine the store's operations are written over.
///
/// Every operation of the store (import's end, allocate, audit, snapshots, availability, notices, replay, copy) is
/// written once against this; a backend says how its engine runs a statement, loads rows in bulk, locks a row, and
/// the few statements it spells its own way.
public protocol SQLSession {
    associatedtype Row: SQLRow

    /// Runs a query, handing `body` each row in turn; the row is valid only during the call.
    func forEachRow(_ sql: SQL, _ body: (Row) throws -> Void) throws

    /// Runs a statement and says how many rows it changed.
    @discardableResult
    func execute(_ sql: SQL) throws -> Int

    /// Runs statements in order and says how many rows each changed; an engine with a network between it and us
    /// sends them all before reading the first answer. The first failure throws, and the rest do not run.
    func executeAll(_ statements: [SQL]) throws -> [Int]

    /// Says which queries are about to run, so that an engine with a network between it and us can send them
    /// together; each is then answered once, when it runs, from what came back. Only for reads that nothing run in
    /// between can change.
    func prefetch(_ queries: [SQL]) throws

    /// Appends many rows to a table in the engine's fastest way (multi-row INSERTs, or COPY); `rows` hands each row's
    /// values, in the order of `columns`, to the function it is given.
    func bulkLoad(into table: String, columns: [String], _ rows: (_ add: ([SQLValue]) throws -> Void) throws -> Void) throws

    /// What a query that reads rows to change them adds at its end, so that no other writer changes them meanwhile:
    /// ` FOR UPDATE`, or nothing on an engine whose writers already take turns.
    var lockingRead: String { get }

    /// `column` compared with each of the values at once, in a form the engine can look up in an index.
    func column(_ column: String, isAnyOf values: [String]) -> SQL

    /// Readies the force's tables to be replaced whole: emptied, with what costs per row (indexes, the cases' check
    /// of their officer) set aside until `finishReplacingCases`.
    func startReplacingForce() throws

    /// Builds again what `startReplacingForce` set aside, once the new cases are in; checks each case's officer
    /// when `checkingOfficers`, or when the engine checks them anyway.
    func finishReplacingCases(checkingOfficers: Bool) throws
}
