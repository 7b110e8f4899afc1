import CaseloadCore

extension SQLForceStore {
    public func loadForce() throws -> Force {
        try reading { try $0.loadForce() }
    }

    public func loadForce(on day: Day) throws -> Force {
        try reading { session in
            var force = try session.loadForce()
            force.officers = try session.standing(force.officers, on: day)
            force.covers = try session.coveredCases(on: day).map(\.cover)
            return force
        }
    }

    public func cases(heldBy officerIDs: [OfficerID]) throws -> [Case] {
        guard !officerIDs.isEmpty else { return [] }
        return try reading { session in
            try session.cases("WHERE \(session.column("officer_id", isAnyOf: officerIDs.map(\.text))) ORDER BY position")
        }
    }

    public func level2Or3Cases(heldBy officerIDs: [OfficerID]) throws -> [Case] {
        guard !officerIDs.isEmpty else { return [] }
        return try reading { session in
            try session.cases("WHERE \(session.column("officer_id", isAnyOf: officerIDs.map(\.text))) AND mappa_level >= 2 ORDER BY position")
        }
    }

    public func unallocatedCases() throws -> [Case] {
        try reading { try $0.cases("WHERE officer_id IS NULL ORDER BY position") }
    }

    public func queuedSince() throws -> [CaseID: Day] {
        try reading { try $0.queuedSince() }
    }
}

extension SQLSession {
    func loadForce() throws -> Force {
        Force(officers: try officers("ORDER BY position"), cases: try cases("ORDER BY position"))
    }

    /// The officers `SELECT … FROM officers` followed by `clauses` gives.
    func officers(_ clauses: SQL) throws -> [Officer] {
        try Tables.officer.all(officersQuery(clauses), table: "officers", from: Blank.officer, in: self)
    }

    func officersQuery(_ clauses: SQL) -> SQL {
        "SELECT \(raw: Tables.officer.list) FROM officers \(clauses)"
    }

    /// The cases `SELECT … FROM cases` followed by `clauses` gives.
    func cases(_ clauses: SQL) throws -> [Case] {
        try Tables.case.all("SELECT \(raw: Tables.case.list) FROM cases \(clauses)", table: "cases", from: Blank.case, in: self)
    }

    /// The case with this id, as it stands.
    func `case`(_ id: CaseID, locking: Bool = false) throws -> Case? {
        try Tables.case.all(caseQuery(id, locking: locking), table: "cases", from: Blank.case, in: self).first
    }

    func caseQuery(_ id: CaseID, locking: Bool) -> SQL {
        "SELECT \(raw: Tables.case.list) FROM cases WHERE case_id = \(id)\(raw: locking ? lockingRead : "")"
    }

    func officerExists(_ id: OfficerID) throws -> Bool {
        try exists("SELECT 1 FROM officers WHERE officer_id = \(id)")
    }

    func queuedSince() throws -> [CaseID: Day] {
        var since: [CaseID: Day] = [:]
        try forEachRow("SELECT case_id, since FROM case_queue") { row in
            let (caseColumn, sinceColumn) = (try row.column("case_id"), try row.column("since"))
            let text = row.text(sinceColumn) ?? ""
            guard let day = Day(text) else { throw StoreError.unexpectedValue(table: "case_queue", column: "since", value: text) }
            since[CaseID(row.text(caseColumn) ?? "")] = day
        }
        return since
    }

    /// Writes the officers in order, each at its position.
    func insert(officers: [Officer]) throws {
        try bulkLoad(into: "officers", leading: ["position"], Tables.officer, officers.enumerated().map { ([.integer($0)], $1) })
    }

    /// Writes the cases `feed` hands over, in order, each at its position; returns what `feed` returns.
    func insertCases<Result>(_ feed: (_ write: ([Case]) throws -> Void) throws -> Result) throws -> Result {
        var result: Result?
        try bulkLoad(into: "cases", columns: ["position"] + Tables.case.names) { add in
            var position = 0
            var values: [SQLValue] = []
            try withoutActuallyEscaping(add) { add in
                result = try feed { cases in
                    for offender in cases {
                        values.removeAll(keepingCapacity: true)
                        values.append(.integer(position))
                        Tables.case.append(offender, to: &values)
                        try add(values)
                        position += 1
                    }
                }
            }
        }
        guard let result else { preconditionFailure("a bulk load hands its rows closure over once") }
        return result
    }
}
