import CaseloadCore
import CaseloadStore

extension PostgresStore {
    public func loadForce() throws -> Force {
        try reading { connection in try Self.loadForce(connection) }
    }

    public func loadForce(on day: Day) throws -> Force {
        try reading { connection in
            var force = try Self.loadForce(connection)
            force.officers = try Self.standing(force.officers, on: day, connection)
            return force
        }
    }

    /// The cases the officers hold; the ids go as one array literal, which lets the server look each up in
    /// `cases_by_officer` (a JSON list made it scan every case: 82 ms at a million).
    public func cases(heldBy officerIDs: [String]) throws -> [Case] {
        guard !officerIDs.isEmpty else { return [] }
        let list = "{" + officerIDs.map { id in
            "\"" + id.precomposed.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }.joined(separator: ",") + "}"
        return try reading { connection in
            try Self.cases(connection, "WHERE officer_id = ANY($1::text[]) ORDER BY position", [list])
        }
    }

    public func unallocatedCases() throws -> [Case] {
        try reading { connection in try Self.cases(connection, "WHERE officer_id IS NULL ORDER BY position") }
    }

    public func queuedSince() throws -> [String: Day] {
        try reading { connection in try Self.queuedSince(connection) }
    }

    static func queuedSince(_ connection: PGConnection) throws -> [String: Day] {
        let rows = try connection.run("SELECT case_id, since FROM case_queue")
        var since: [String: Day] = [:]
        for row in 0..<rows.count {
            since[rows.text(row, 0) ?? ""] = try rows.day(row, 1, table: "case_queue", column: "since")
        }
        return since
    }

    static func loadForce(_ connection: PGConnection) throws -> Force {
        Force(officers: try officers(connection), cases: try cases(connection, "ORDER BY position"))
    }

    static func officers(_ connection: PGConnection) throws -> [Officer] {
        let rows = try connection.run("SELECT \(StoreColumns.officers) FROM officers ORDER BY position")
        return try (0..<rows.count).map { try rows.officer($0, table: "officers") }
    }

    /// The cases `SELECT … FROM cases` followed by `clauses` gives.
    static func cases(_ connection: PGConnection, _ clauses: String, _ parameters: [String?] = []) throws -> [Case] {
        let rows = try connection.run("SELECT \(StoreColumns.cases) FROM cases \(clauses)", parameters)
        var cases: [Case] = []
        cases.reserveCapacity(rows.count)
        for row in 0..<rows.count { cases.append(try rows.item(row)) }
        return cases
    }
}
