import CaseloadCore
import CaseloadStore

extension PostgresStore {
    public func archive() throws -> ForceArchive {
        try reading { connection in
            let notices = try connection.run(#"SELECT officer_id, day, at, "by", flags FROM notices ORDER BY id"#)
            let audit = try connection.run("SELECT \(StoreColumns.audit) FROM allocations ORDER BY id")
            return ForceArchive(
                force: try Self.loadForce(connection), queuedSince: try Self.queuedSince(connection),
                audit: (0..<audit.count).map(audit.auditEntry), availability: try Self.availability(connection),
                notices: try (0..<notices.count).map { row in
                    guard let day = try notices.day(row, 1, table: "notices", column: "day") else {
                        throw StoreError.unexpectedValue(table: "notices", column: "day", value: "NULL")
                    }
                    return NoticeRecord(
                        officerID: notices.text(row, 0) ?? "", day: day, at: notices.text(row, 2) ?? "", by: notices.text(row, 3) ?? "",
                        flags: notices.text(row, 4) ?? "")
                },
                snapshots: try Self.months(connection).compactMap { try Self.snapshot(of: $0, connection) })
        }
    }

    public func restore(_ archive: ForceArchive) throws {
        try writing { connection in
            let held = try connection.run("""
                SELECT (SELECT count(*) FROM officers) + (SELECT count(*) FROM months) + (SELECT count(*) FROM allocations)
                     + (SELECT count(*) FROM availability) + (SELECT count(*) FROM availability_file) + (SELECT count(*) FROM notices)
                """).integer(0, 0) ?? 0
            guard held == 0 else { throw StoreError.notEmpty(location: location) }
            let force = archive.force
            try CopyRows.write(
                into: "officers (position, \(StoreColumns.officers))", force.officers.enumerated().map { [String($0)] + CopyRows.values($1) }, connection)
            try connection.copy("COPY cases (position, \(StoreColumns.cases)) FROM STDIN") { send in
                var buffer: [UInt8] = []
                for (position, item) in force.cases.enumerated() {
                    CopyRows.append(item, at: position, to: &buffer)
                    if buffer.count >= CopyRows.batchBytes {
                        try send(buffer)
                        buffer.removeAll(keepingCapacity: true)
                    }
                }
                if !buffer.isEmpty { try send(buffer) }
            }
            try Self.storeWorkloads(WorkloadTally(force).officerWorkloads, connection)
            try CopyRows.write(into: "case_queue (case_id, since)", archive.queuedSince.sorted { $0.key < $1.key }.map { [$0.key, $0.value.description] }, connection)
            for entry in archive.audit { try Self.insert(entry, connection) }
            for recorded in archive.availability { try Self.insert(recorded, connection) }
            for notice in archive.notices { try Self.insert(notice, connection) }
            for snapshot in archive.snapshots { try Self.record(snapshot, connection) }
        }
    }
}
