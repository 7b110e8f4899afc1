import CaseloadCore
import CaseloadStore

extension PostgresStore {
    public func replaceForce(_ force: Force, asOf: Day, availability: [AvailabilityEntry]?) throws {
        _ = try replace(officers: force.officers, asOf: asOf, availability: availability) { write in try write(force.cases) }
    }

    /// Validates both files and replaces the force in one transaction: the cases stream through `COPY … FROM STDIN`
    /// while a second thread decodes later ones, with the indexes and the foreign key built once, after the rows.
    /// A failure anywhere in either file rolls everything back.
    public func importForce(_ decoding: StreamingDecoder, asOf: Day, availability: [AvailabilityEntry]?) throws -> ImportSummary {
        try decoding.load { officers, feed in try replace(officers: officers, asOf: asOf, availability: availability, feed: feed) }
    }

    private func replace(
        officers: [Officer], asOf: Day, availability: [AvailabilityEntry]?, feed: (_ write: ([Case]) throws -> Void) throws -> Void
    ) throws -> ImportSummary {
        do {
            let summary = try replaceAsOwner(officers: officers, asOf: asOf, availability: availability, feed: feed)
            analyzeReplacedTables()
            return summary
        } catch StoreError.notPermitted(let server) {
            throw StoreError.notOwner(server: server)
        }
    }

    private func replaceAsOwner(
        officers: [Officer], asOf: Day, availability: [AvailabilityEntry]?, feed: (_ write: ([Case]) throws -> Void) throws -> Void
    ) throws -> ImportSummary {
        try writing { connection in
            try connection.runScript("""
                \(Self.lockForImport);
                ALTER TABLE cases DROP CONSTRAINT cases_officer_fk;
                DROP INDEX cases_by_id; DROP INDEX cases_by_officer; DROP INDEX cases_by_position;
                TRUNCATE officer_workloads, cases, officers
                """)
            try CopyRows.write(into: "officers (position, \(StoreColumns.officers))", officers.enumerated().map { [String($0)] + CopyRows.values($1) }, connection)
            var tally = WorkloadTally(officers: officers.map { officer in
                var stored = officer
                stored.id = officer.id.precomposed
                return stored
            })
            try connection.copy("COPY cases (position, \(StoreColumns.cases)) FROM STDIN") { send in
                var buffer: [UInt8] = []
                var position = 0
                try withoutActuallyEscaping(send) { send in
                    try feed { cases in
                        buffer.removeAll(keepingCapacity: true)
                        for item in cases {
                            CopyRows.append(item, at: position, to: &buffer)
                            position += 1
                        }
                        try send(buffer)
                        tally.count(cases)
                    }
                }
            }
            try connection.runScript(Self.casesIndexes)
            if let availability { try Self.replaceFileAvailability(availability, asOf: asOf, connection) }
            let (replay, moves) = try Self.replayLaterWork(since: asOf, connection)
            try connection.run("DELETE FROM case_queue WHERE case_id NOT IN (SELECT case_id FROM cases WHERE officer_id IS NULL)")
            try connection.run(
                "INSERT INTO case_queue SELECT case_id, $1 FROM cases WHERE officer_id IS NULL ON CONFLICT (case_id) DO NOTHING", [asOf.description])
            let current = tally.officerWorkloads.moving(moves)
            let unallocated = tally.unallocated - moves.count(where: { $0.from == nil })
            try Self.storeWorkloads(current, connection)
            let standing = try Self.standing(current.map(\.officer), on: asOf, connection)
            let recorded = zip(current, standing).map { OfficerWorkload(officer: $1, workload: $0.workload) }
            try Self.record(MonthSnapshot(month: asOf.calendarMonth, asOf: asOf, officers: recorded, unallocated: unallocated), connection)
            var summary = ImportSummary(officers: officers.count, cases: tally.cases, unallocated: unallocated)
            summary.replay = replay
            return summary
        }
    }

    /// Takes the tables an import replaces, in the order readers take them (`lockAgainstImport`), before anything
    /// else: taken one statement at a time, a reader holding `officers` could wait for `cases` while the import
    /// waited for `officers`, and the server ended one of them as a deadlock (found by the concurrency test).
    static let lockForImport = "LOCK TABLE officers, cases, officer_workloads IN ACCESS EXCLUSIVE MODE"

    /// Replays the changes made in caseload on or after `asOf` onto the cases just written (see `ReplayReport.replaying`).
    static func replayLaterWork(since asOf: Day, _ connection: PGConnection) throws -> (report: ReplayReport, moves: [ReplayedMove]) {
        let rows = try connection.run("SELECT \(StoreColumns.audit) FROM allocations WHERE at >= $1 ORDER BY id", [asOf.description])
        return try ReplayReport.replaying(
            (0..<rows.count).map(rows.auditEntry),
            caseNamed: { try cases(connection, "WHERE case_id = $1", [$0]).first },
            officerExists: { try connection.run("SELECT 1 FROM officers WHERE officer_id = $1", [$0]).count == 1 },
            move: { entry, item in
                try connection.run("""
                    UPDATE cases SET officer_id = $1, allocated_on = $2, previous_officer_id = coalesce($3, previous_officer_id) WHERE case_id = $4
                    """, [entry.to, String(entry.at.prefix(10)), entry.from, item.id])
            })
    }
}
