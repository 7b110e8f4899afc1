import CaseloadCore

extension SQLForceStore {
    /// Records an absence or reduction, in the append-only log that is also its audit trail; an absence that shares a
    /// day with another of the same officer's is refused.
    public func record(_ entry: AvailabilityEntry, by: String, at time: String) throws {
        try entry.checkOrder()
        try writing { session in
            guard try session.officerExists(entry.officerID) else { throw AvailabilityError.noSuchOfficer(entry.officerID) }
            try entry.checkClash(with: session.entriesInForce())
            try session.insert(RecordedAvailability(entry: entry, at: time, by: by))
        }
    }

    /// Every absence and reduction, the file's first, each in the order written; one officer's when `officerID` is given.
    public func availability(of officerID: OfficerID?) throws -> [RecordedAvailability] {
        try reading { session in try session.availability().filter { officerID == nil || $0.entry.officerID == officerID } }
    }

    /// Records that notices were given, one row an officer, with the flags they were given for, in one transaction.
    public func recordNotices(_ notices: [(officerID: OfficerID, flags: [Flag])], on day: Day, by: String, at time: String) throws {
        try writing { session in
            for notice in notices {
                try session.insert(NoticeRecord(
                    officerID: notice.officerID, day: day, at: time, by: by, flags: notice.flags.map(\.rawValue).joined(separator: ",")))
            }
        }
    }

    /// What was done in a month: notices by the day given; transfers, overrides and cover by when they were recorded;
    /// the median wait of the cases allocated in it, from their referral.
    public func activity(in month: Month) throws -> MonthActivity {
        let month = month.description
        return try reading { session in
            var activity = MonthActivity()
            try session.forEachRow("""
                SELECT (SELECT count(*) FROM notices WHERE substr(day, 1, 7) = \(month)) AS notices,
                       (SELECT count(*) FROM allocations WHERE substr(at, 1, 7) = \(month) AND from_officer IS NOT NULL) AS transfers,
                       (SELECT count(*) FROM allocations WHERE substr(at, 1, 7) = \(month) AND override = \(true)) AS overrides,
                       (SELECT count(*) FROM covers WHERE substr(at, 1, 7) = \(month) AND kind = 'start') AS cover_started
                """) { row in
                activity = MonthActivity(
                    notices: row.integer(try row.column("notices")) ?? 0, transfers: row.integer(try row.column("transfers")) ?? 0,
                    overrides: row.integer(try row.column("overrides")) ?? 0, coverStarted: row.integer(try row.column("cover_started")) ?? 0)
            }
            var waits: [Int] = []
            try session.forEachRow("""
                SELECT allocated_on, referred_on FROM cases
                WHERE allocated_on >= \(month + "-01") AND allocated_on <= \(month + "-31") AND referred_on IS NOT NULL
                """) { row in
                guard let allocated = row.text(try row.column("allocated_on")).flatMap(Day.init),
                    let referred = row.text(try row.column("referred_on")).flatMap(Day.init), referred <= allocated
                else { return }
                waits.append(allocated.daysSinceEpoch - referred.daysSinceEpoch)
            }
            activity.medianWaitDays = MonthActivity.median(waits)
            return activity
        }
    }
}

extension SQLSession {
    /// The entries the last availability.csv held, in its order, then those recorded in caseload, in the order recorded;
    /// one officer's only, when given. Both tables are read in one query.
    func availability(of officerID: OfficerID? = nil) throws -> [RecordedAvailability] {
        var records: [RecordedAvailability] = []
        var reader: Columns<AvailabilityEntry>.Reader?
        var (atColumn, byColumn, fileColumn) = (0, 0, 0)
        try forEachRow(availabilityQuery(of: officerID)) { row in
            if reader == nil {
                reader = try Tables.availability.reader(for: row, table: "availability")
                (atColumn, byColumn, fileColumn) = (try row.column("at"), try row.column("by"), try row.column("from_file"))
            }
            var entry = Blank.availability
            try reader!.read(row, into: &entry)
            let fromFile = row.integer(fileColumn) == 1
            var recorded = RecordedAvailability(entry: entry, at: row.text(atColumn) ?? "", by: fromFile ? "availability.csv" : row.text(byColumn) ?? "")
            recorded.fromFile = fromFile
            records.append(recorded)
        }
        return records.reconciled()
    }

    func availabilityQuery(of officerID: OfficerID?) -> SQL {
        let columns = Tables.availability.list
        let mine: SQL = officerID.map { "WHERE officer_id = \($0)" } ?? ""
        return #"""
            SELECT \#(raw: columns), as_of AS at, '' AS "by", 1 AS from_file, position AS turn FROM availability_file \#(mine)
            UNION ALL SELECT \#(raw: columns), at, "by", 0 AS from_file, id AS turn FROM availability \#(mine)
            ORDER BY from_file DESC, turn
            """#
    }

    /// Appends an entry: to the file's entries (`at` their date) or to the log recorded in caseload.
    func insert(_ recorded: RecordedAvailability) throws {
        let values = Tables.availability.values(recorded.entry)
        if recorded.fromFile {
            try execute("""
                INSERT INTO availability_file (position, \(raw: Tables.availability.list), as_of)
                VALUES ((SELECT count(*) FROM availability_file), \(values: values), \(recorded.at))
                """)
        } else {
            try execute(#"INSERT INTO availability (\#(raw: Tables.availability.list), at, "by") VALUES (\#(values: values), \#(recorded.at), \#(recorded.by))"#)
        }
    }

    /// Replaces the entries of the last availability.csv with these, as of the import's date.
    func replaceFileAvailability(_ entries: [AvailabilityEntry], asOf: Day) throws {
        try execute("DELETE FROM availability_file")
        try bulkLoad(
            into: "availability_file", leading: ["position", "as_of"], Tables.availability,
            entries.enumerated().map { ([.integer($0), .text(asOf.description)], $1) })
    }

    /// Every absence and reduction that counts (one officer's, when given): the file's, and those recorded in caseload
    /// that it does not overrule.
    func entriesInForce(of officerID: OfficerID? = nil) throws -> [AvailabilityEntry] {
        try availability(of: officerID).filter { !$0.overruled }.map(\.entry)
    }

    /// The officers as they stand on a day: absences and reductions in force then applied.
    func standing(_ officers: [Officer], on day: Day) throws -> [Officer] {
        officers.standing(on: day, try entriesInForce())
    }

    func notices() throws -> [NoticeRecord] {
        try Tables.notice.all("SELECT \(raw: Tables.notice.list) FROM notices ORDER BY id", table: "notices", from: Blank.notice, in: self)
    }

    func imports() throws -> [ImportRecord] {
        try Tables.importRecord.all(
            "SELECT \(raw: Tables.importRecord.list) FROM imports ORDER BY id", table: "imports", from: Blank.importRecord, in: self)
    }

    func insert(_ record: ImportRecord) throws {
        try execute("INSERT INTO imports (\(raw: Tables.importRecord.list)) VALUES (\(values: Tables.importRecord.values(record)))")
    }

    func insert(_ notice: NoticeRecord) throws {
        try execute("INSERT INTO notices (\(raw: Tables.notice.list)) VALUES (\(values: Tables.notice.values(notice)))")
    }
}
