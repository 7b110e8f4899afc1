import CaseloadCore
import Foundation
import GRDB

/// What an import wrote.
public struct ImportSummary: Hashable, Sendable {
    public let officers: Int
    public let cases: Int
    public let unallocated: Int
    /// What became of the allocations and transfers made in caseload on or after the files' date.
    public var replay = ReplayReport()

    public init(officers: Int, cases: Int, unallocated: Int) {
        self.officers = officers
        self.cases = cases
        self.unallocated = unallocated
    }
}

extension SQLiteStore {
    public func replaceForce(_ force: Force, asOf: Day, availability: [AvailabilityEntry]? = nil) throws {
        _ = try replace(officers: force.officers, asOf: asOf, checkingForeignKeys: true, availability: availability) { write in
            try write(force.cases)
        }
    }

    /// Validates both files and replaces the force with them in one transaction, writing cases while a second thread
    /// is still decoding later ones; nothing is committed unless both files are entirely valid.
    public func importForce(_ decoding: StreamingDecoder, asOf: Day, availability: [AvailabilityEntry]? = nil) throws -> ImportSummary {
        try decoding.load { officers, feed in
            try replace(officers: officers, asOf: asOf, checkingForeignKeys: false, availability: availability, feed: feed)
        }
    }

    /// Cases per INSERT: one statement per row costs SQLite more than the rows do.
    static let casesPerInsert = 64

    /// The page cache while the indexes are built, in KiB. SQLite sorts an index that outgrows it in runs, which a
    /// second thread (`PRAGMA threads`) sorts while the first reads on: for a million cases, 1.4–1.6 s instead of
    /// 1.9–2.0 s for one sort in the 256 MB cache the rows were written through (alternating runs, release build).
    static let indexSortKibibytes = 4096

    /// Replaces every officer and case in one transaction; `feed` hands over the cases through the closure it is given.
    ///
    /// Foreign keys are not checked row by row here, which costs more than the insert: an import's officer_ids were
    /// all checked against officers.csv by the decoder, and a `Force` from elsewhere is checked once at the end.
    /// The indexes are dropped and built once at the end, which is cheaper than keeping them up to date row by row;
    /// `cases_by_id` still refuses a repeated case id then.
    private func replace(
        officers: [Officer], asOf: Day, checkingForeignKeys: Bool, availability: [AvailabilityEntry]? = nil,
        feed: (_ write: ([Case]) throws -> Void) throws -> Void
    ) throws -> ImportSummary {
        let summary = try replaceInTransaction(
            officers: officers, asOf: asOf, checkingForeignKeys: checkingForeignKeys, availability: availability, feed: feed)
        foldWAL()
        return summary
    }

    private func replaceInTransaction(
        officers: [Officer], asOf: Day, checkingForeignKeys: Bool, availability: [AvailabilityEntry]? = nil,
        feed: (_ write: ([Case]) throws -> Void) throws -> Void
    ) throws -> ImportSummary {
        try writingWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -262144; PRAGMA threads = 2")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON; PRAGMA cache_size = -2000; PRAGMA threads = 0") }
            var summary = ImportSummary(officers: officers.count, cases: 0, unallocated: 0)
            try db.inTransaction(.immediate) {
                try db.execute(sql: """
                    DROP INDEX cases_by_id; DROP INDEX cases_by_officer;
                    DELETE FROM officer_workloads; DELETE FROM cases; DELETE FROM officers;
                    """)
                let officers = officers.map { officer in
                    var stored = officer
                    stored.id = officer.id.precomposed
                    stored.buddyID = officer.buddyID.precomposed
                    return stored
                }
                let placeholders = Array(repeating: "?", count: Self.officerColumnCount).joined(separator: ", ")
                let officerInsert = try RawStatement(db, sql: "INSERT INTO officers (\(Self.officerColumns)) VALUES (\(placeholders))")
                for officer in officers {
                    Self.bind(officer, to: officerInsert, from: 1)
                    try officerInsert.execute()
                }
                var tally = WorkloadTally(officers: officers)
                let insert = try BulkCaseInsert(db)
                try feed { cases in
                    try insert.write(cases)
                    tally.count(cases)
                }
                if checkingForeignKeys, try Row.fetchOne(db, sql: "PRAGMA foreign_key_check(cases)") != nil {
                    throw DatabaseError(resultCode: .SQLITE_CONSTRAINT_FOREIGNKEY, message: "a case's officer_id is not among the officers")
                }
                try db.execute(sql: """
                    PRAGMA cache_size = -\(Self.indexSortKibibytes);
                    CREATE UNIQUE INDEX cases_by_id ON cases(case_id); CREATE INDEX cases_by_officer ON cases(officer_id)
                    """)
                if let availability { try Self.replaceFileAvailability(availability, asOf: asOf, in: db) }
                let (replay, moves) = try Self.replayLaterWork(since: asOf, in: db)
                try db.execute(sql: """
                    DELETE FROM case_queue WHERE case_id NOT IN (SELECT case_id FROM cases WHERE officer_id IS NULL);
                    INSERT OR IGNORE INTO case_queue SELECT case_id, ? FROM cases WHERE officer_id IS NULL;
                    """, arguments: [asOf.description])
                let current = tally.officerWorkloads.moving(moves)
                let unallocated = tally.unallocated - moves.count(where: { $0.from == nil })
                try Self.storeWorkloads(current, in: db)
                let standing = try Self.standing(current.map(\.officer), on: asOf, in: db)
                let recorded = zip(current, standing).map { OfficerWorkload(officer: $1, workload: $0.workload) }
                try Self.record(MonthSnapshot(month: asOf.calendarMonth, asOf: asOf, officers: recorded, unallocated: unallocated), in: db)
                summary = ImportSummary(officers: officers.count, cases: tally.cases, unallocated: unallocated)
                summary.replay = replay
                return .commit
            }
            return summary
        }
    }
}

/// Inserts cases `casesPerInsert` rows to a statement, in the order given.
struct BulkCaseInsert {
    let db: Database
    let full: RawStatement

    init(_ db: Database) throws {
        self.db = db
        full = try Self.statement(rows: SQLiteStore.casesPerInsert, in: db)
    }

    static func statement(rows: Int, in db: Database) throws -> RawStatement {
        let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
        return try RawStatement(db, sql: "INSERT INTO cases (\(SQLiteStore.caseColumns)) VALUES \(values)")
    }

    /// Writes the cases; their text is copied once per statement into one buffer that SQLite reads in place.
    func write(_ cases: [Case]) throws {
        var text: [UInt8] = []
        var spans: [(parameter: Int32, start: Int, end: Int)] = []
        var start = 0
        while start < cases.count {
            let batch = cases[start..<min(start + SQLiteStore.casesPerInsert, cases.count)]
            let insert = batch.count == SQLiteStore.casesPerInsert ? full : try Self.statement(rows: batch.count, in: db)
            text.removeAll(keepingCapacity: true)
            spans.removeAll(keepingCapacity: true)
            func add(_ parameter: Int32, _ value: String?) {
                guard let value else { return insert.bind(parameter, nil as Int?) }
                let begin = text.count
                text.append(contentsOf: value.utf8)
                spans.append((parameter, begin, text.count))
            }
            for (offset, item) in batch.enumerated() {
                let first = Int32(offset * 10)
                add(first + 1, item.id.precomposed)
                add(first + 2, item.officerID.precomposed)
                add(first + 3, item.team)
                add(first + 4, item.risk.rawValue)
                insert.bind(first + 5, item.mappa?.category)
                insert.bind(first + 6, item.mappa?.level)
                add(first + 7, item.location.rawValue)
                insert.bind(first + 8, item.domesticAbuse)
                add(first + 9, item.allocatedOn?.description)
                add(first + 10, item.previousOfficerID.precomposed)
            }
            try text.withUnsafeBufferPointer { buffer in
                for span in spans {
                    insert.bind(span.parameter, borrowing: UnsafeBufferPointer(rebasing: buffer[span.start..<span.end]))
                }
                try insert.execute()
            }
            start += batch.count
        }
    }
}
