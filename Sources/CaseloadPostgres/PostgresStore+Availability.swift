import CaseloadCore
import CaseloadStore

extension PostgresStore {
    public func record(_ entry: AvailabilityEntry, by: String, at time: String) throws {
        let entry = try entry.readyToRecord()
        try writing { connection in
            guard try connection.run("SELECT 1 FROM officers WHERE officer_id = $1", [entry.officerID]).count == 1 else {
                throw AvailabilityError.noSuchOfficer(entry.officerID)
            }
            try entry.checkClash(with: Self.entriesInForce(connection))
            try Self.insert(RecordedAvailability(entry: entry, at: time, by: by), connection)
        }
    }

    public func availability(of officerID: String?) throws -> [RecordedAvailability] {
        try reading { connection in
            try Self.availability(connection).filter { officerID == nil || $0.entry.officerID == officerID?.precomposed }
        }
    }

    /// The entries the last availability.csv held, then those recorded in caseload, each in the order written.
    static func availability(_ connection: PGConnection) throws -> [RecordedAvailability] {
        let rows = try connection.run("""
            SELECT * FROM (SELECT officer_id, kind, from_day, to_day, fraction_millionths, reason, as_of, 'availability.csv', true
                           FROM availability_file ORDER BY position) AS file
            UNION ALL
            SELECT * FROM (SELECT officer_id, kind, from_day, to_day, fraction_millionths, reason, at, "by", false
                           FROM availability ORDER BY id) AS recorded
            """)
        let entries = try (0..<rows.count).map { row in
            guard let from = try rows.day(row, 2, table: "availability", column: "from_day") else {
                throw StoreError.unexpectedValue(table: "availability", column: "from_day", value: "NULL")
            }
            var recorded = RecordedAvailability(
                entry: AvailabilityEntry(
                    officerID: rows.text(row, 0) ?? "", kind: try rows.decoded(row, 1, table: "availability", column: "kind"), from: from,
                    to: try rows.day(row, 3, table: "availability", column: "to_day"), fractionMillionths: rows.integer(row, 4),
                    reason: rows.text(row, 5) ?? ""),
                at: rows.text(row, 6) ?? "", by: rows.text(row, 7) ?? "")
            recorded.fromFile = rows.bool(row, 8)
            return recorded
        }
        return entries.reconciled()
    }

    /// Appends an entry: to the file's entries (`at` their date) or to the log recorded in caseload.
    static func insert(_ recorded: RecordedAvailability, _ connection: PGConnection) throws {
        let entry = recorded.entry
        let values: [String?] = [
            entry.officerID, entry.kind.rawValue, entry.from.description, entry.to?.description, entry.fractionMillionths.map(String.init),
            entry.reason, recorded.at,
        ]
        if recorded.fromFile {
            try connection.run("""
                INSERT INTO availability_file (position, officer_id, kind, from_day, to_day, fraction_millionths, reason, as_of)
                VALUES ((SELECT count(*) FROM availability_file), $1, $2, $3, $4, $5, $6, $7)
                """, values)
        } else {
            try connection.run("""
                INSERT INTO availability (officer_id, kind, from_day, to_day, fraction_millionths, reason, at, "by")
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                """, values + [recorded.by])
        }
    }

    /// Replaces the entries of the last availability.csv with these, as of the import's date.
    static func replaceFileAvailability(_ entries: [AvailabilityEntry], asOf: Day, _ connection: PGConnection) throws {
        try connection.run("DELETE FROM availability_file")
        for entry in entries {
            var recorded = RecordedAvailability(entry: entry, at: asOf.description, by: "")
            recorded.entry.officerID = entry.officerID.precomposed
            recorded.fromFile = true
            try insert(recorded, connection)
        }
    }

    /// Every absence and reduction that counts: the file's, and those recorded in caseload that it does not overrule.
    static func entriesInForce(_ connection: PGConnection) throws -> [AvailabilityEntry] {
        try availability(connection).filter { !$0.overruled }.map(\.entry)
    }

    /// The officers as they stand on a day: absences and reductions in force then applied.
    static func standing(_ officers: [Officer], on day: Day, _ connection: PGConnection) throws -> [Officer] {
        officers.standing(on: day, try entriesInForce(connection))
    }

    public func recordNotices(_ notices: [(officerID: String, flags: [Flag])], on day: Day, by: String, at time: String) throws {
        try writing { connection in
            for notice in notices {
                try Self.insert(
                    NoticeRecord(officerID: notice.officerID.precomposed, day: day, at: time, by: by, flags: notice.flags.map(\.rawValue).joined(separator: ",")),
                    connection)
            }
        }
    }

    static func insert(_ notice: NoticeRecord, _ connection: PGConnection) throws {
        try connection.run(
            #"INSERT INTO notices (officer_id, day, at, "by", flags) VALUES ($1, $2, $3, $4, $5)"#,
            [notice.officerID, notice.day.description, notice.at, notice.by, notice.flags])
    }

    public func noticesSent(in month: Month) throws -> Int {
        try reading { connection in
            try connection.run("SELECT count(*) FROM notices WHERE substr(day, 1, 7) = $1", [month.description]).integer(0, 0) ?? 0
        }
    }
}
