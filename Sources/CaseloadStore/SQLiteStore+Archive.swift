import CaseloadCore
import GRDB

extension SQLiteStore {
    public var location: String { path ?? ":memory:" }

    public func archive() throws -> ForceArchive {
        try reading { db in
            let notices = try Row.fetchAll(db, sql: "SELECT officer_id, day, at, by, flags FROM notices ORDER BY id").map { row in
                let dayText: String = row[1]
                guard let day = Day(dayText) else { throw StoreError.unexpectedValue(table: "notices", column: "day", value: dayText) }
                return NoticeRecord(officerID: row[0], day: day, at: row[2], by: row[3], flags: row[4])
            }
            return ForceArchive(
                force: try Self.loadForce(in: db), queuedSince: try Self.queuedSince(in: db),
                audit: try Row.fetchAll(db, sql: "SELECT \(Self.auditColumns) FROM allocations ORDER BY id").map(Self.auditEntry),
                availability: try Self.availability(in: db), notices: notices,
                snapshots: try Self.months(in: db).compactMap { try Self.snapshot(of: $0, in: db) })
        }
    }

    public func restore(_ archive: ForceArchive) throws {
        try writing { db in
            let held = try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM officers) + (SELECT count(*) FROM months) + (SELECT count(*) FROM allocations)
                     + (SELECT count(*) FROM availability) + (SELECT count(*) FROM availability_file) + (SELECT count(*) FROM notices)
                """) ?? 0
            guard held == 0 else { throw StoreError.notEmpty(location: location) }
            let placeholders = Array(repeating: "?", count: Self.officerColumnCount).joined(separator: ", ")
            let officerInsert = try RawStatement(db, sql: "INSERT INTO officers (\(Self.officerColumns)) VALUES (\(placeholders))")
            for officer in archive.force.officers {
                Self.bind(officer, to: officerInsert, from: 1)
                try officerInsert.execute()
            }
            try BulkCaseInsert(db).write(archive.force.cases)
            try Self.storeWorkloads(WorkloadTally(archive.force).officerWorkloads, in: db)
            for (caseID, since) in archive.queuedSince.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: "INSERT INTO case_queue (case_id, since) VALUES (?, ?)", arguments: [caseID, since.description])
            }
            for entry in archive.audit { try Self.insert(entry, in: db) }
            for recorded in archive.availability {
                let entry = recorded.entry
                let values: StatementArguments = [
                    entry.officerID, entry.kind.rawValue, entry.from.description, entry.to?.description, entry.fractionMillionths, entry.reason,
                    recorded.at,
                ]
                if recorded.fromFile {
                    try db.execute(
                        sql: "INSERT INTO availability_file (officer_id, kind, from_day, to_day, fraction_millionths, reason, as_of) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        arguments: values)
                } else {
                    try db.execute(
                        sql: "INSERT INTO availability (officer_id, kind, from_day, to_day, fraction_millionths, reason, at, by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        arguments: values + [recorded.by])
                }
            }
            for notice in archive.notices {
                try db.execute(
                    sql: "INSERT INTO notices (officer_id, day, at, by, flags) VALUES (?, ?, ?, ?, ?)",
                    arguments: [notice.officerID, notice.day.description, notice.at, notice.by, notice.flags])
            }
            for snapshot in archive.snapshots { try Self.record(snapshot, in: db) }
            if try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") != nil {
                throw StoreError.unexpectedValue(table: "cases", column: "officer_id", value: "an officer not in the force")
            }
        }
        foldWAL()
    }
}
