import CaseloadCore
import GRDB

/// An absence or reduction as caseload keeps it: the entry, and who recorded it when.
public struct RecordedAvailability: Hashable, Sendable {
    public var entry: AvailabilityEntry
    /// ISO 8601 time in UTC.
    public let at: String
    public let by: String
    /// Whether it came from the last availability.csv rather than being recorded in caseload.
    public var fromFile = false
    /// For an entry recorded in caseload: whether the last availability.csv overrules it, by holding the same entry, or
    /// (when recorded before the file's date) one of the same kind for the same officer that overlaps it.
    public var overruled = false

    public init(entry: AvailabilityEntry, at: String, by: String) {
        self.entry = entry
        self.at = at
        self.by = by
    }
}

/// Why an absence or reduction was not recorded; nothing was written.
public enum AvailabilityError: Error, Equatable, CustomStringConvertible {
    case noSuchOfficer(String)
    case endsBeforeItStarts(from: Day, to: Day)
    case overlapsAbsence(officer: String, from: Day, to: Day?)

    public var description: String {
        switch self {
        case .noSuchOfficer(let id): "there is no officer \(id.quotedForMessage())"
        case .endsBeforeItStarts(let from, let to): "--to \(to) is before --from \(from); the last day comes on or after the first"
        case .overlapsAbsence(let officer, let from, let to):
            "\(officer.escapedForDisplay) already has an absence from \(from)" + (to.map { " to \($0)" } ?? ", open-ended,") + " that shares days with it; nothing was recorded"
        }
    }
}

extension AvailabilityEntry {
    /// The entry as a store records it, its officer's id in NFC; throws when it ends before it starts.
    public func readyToRecord() throws(AvailabilityError) -> AvailabilityEntry {
        if let to, to < from { throw AvailabilityError.endsBeforeItStarts(from: from, to: to) }
        var entry = self
        entry.officerID = officerID.precomposed
        return entry
    }

    /// Throws when this is an absence that shares a day with another of the same officer's already in force.
    public func checkClash(with inForce: [AvailabilityEntry]) throws(AvailabilityError) {
        guard kind == .absence, let clash = inForce.first(where: { $0.officerID == officerID && $0.kind == .absence && $0.overlaps(self) })
        else { return }
        throw AvailabilityError.overlapsAbsence(officer: officerID, from: clash.from, to: clash.to)
    }
}

extension [RecordedAvailability] {
    /// The entries with those recorded in caseload that the file overrules marked: the same entry again (so it is
    /// counted once), or one recorded before the file's date that overlaps a file entry of the same kind for the same
    /// officer, the file being the truth as of its date. Those recorded since are replayed on top of the file.
    public func reconciled() -> [RecordedAvailability] {
        let file = filter(\.fromFile)
        return map { recorded in
            guard !recorded.fromFile else { return recorded }
            var marked = recorded
            let entry = recorded.entry
            marked.overruled = file.contains { other in
                let same = other.entry.officerID == entry.officerID && other.entry.kind == entry.kind
                let duplicate = same && other.entry.from == entry.from && other.entry.to == entry.to
                    && other.entry.fractionMillionths == entry.fractionMillionths
                let older = recorded.at.prefix(10) < other.at.prefix(10)
                return duplicate || same && older && other.entry.overlaps(entry)
            }
            return marked
        }
    }
}

extension SQLiteStore {
    /// Records an absence or reduction, in the append-only log that is also its audit trail; an absence that shares a
    /// day with another of the same officer's is refused.
    public func record(_ entry: AvailabilityEntry, by: String, at time: String) throws {
        let entry = try entry.readyToRecord()
        try writing { db in
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM officers WHERE officer_id = ?", arguments: [entry.officerID]) != nil else {
                throw AvailabilityError.noSuchOfficer(entry.officerID)
            }
            try entry.checkClash(with: Self.entriesInForce(in: db))
            try db.execute(
                sql: """
                    INSERT INTO availability (officer_id, kind, from_day, to_day, fraction_millionths, reason, at, by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    entry.officerID, entry.kind.rawValue, entry.from.description, entry.to?.description, entry.fractionMillionths,
                    entry.reason, time, by,
                ])
        }
    }

    /// Every absence and reduction, oldest recorded first; one officer's when `officerID` is given.
    public func availability(of officerID: String? = nil) throws -> [RecordedAvailability] {
        try reading { db in try Self.availability(in: db).filter { officerID == nil || $0.entry.officerID == officerID?.precomposed } }
    }

    /// The entries the last availability.csv held, then those recorded in caseload, each in the order written.
    static func availability(in db: Database) throws -> [RecordedAvailability] {
        let sql = """
            SELECT officer_id, kind, from_day, to_day, fraction_millionths, reason, as_of, 'availability.csv', 1 FROM availability_file
            UNION ALL SELECT officer_id, kind, from_day, to_day, fraction_millionths, reason, at, by, 0 FROM (SELECT * FROM availability ORDER BY id)
            """
        let entries = try Row.fetchAll(db, sql: sql).map { row in
            let kindText: String = row[1]
            let fromText: String = row[2]
            let toText: String? = row[3]
            guard let kind = AvailabilityEntry.Kind(rawValue: kindText), let from = Day(fromText) else {
                throw StoreError.unexpectedValue(table: "availability", column: "kind, from_day", value: "\(kindText), \(fromText)")
            }
            let to = try toText.map { text in
                guard let day = Day(text) else { throw StoreError.unexpectedValue(table: "availability", column: "to_day", value: text) }
                return day
            }
            var recorded = RecordedAvailability(
                entry: AvailabilityEntry(officerID: row[0], kind: kind, from: from, to: to, fractionMillionths: row[4], reason: row[5]),
                at: row[6], by: row[7])
            recorded.fromFile = row[8] == 1
            return recorded
        }
        return entries.reconciled()
    }

    /// Replaces the entries of the last availability.csv with these, as of the import's date.
    static func replaceFileAvailability(_ entries: [AvailabilityEntry], asOf: Day, in db: Database) throws {
        try db.execute(sql: "DELETE FROM availability_file")
        for entry in entries {
            try db.execute(
                sql: "INSERT INTO availability_file (officer_id, kind, from_day, to_day, fraction_millionths, reason, as_of) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    entry.officerID.precomposed, entry.kind.rawValue, entry.from.description, entry.to?.description, entry.fractionMillionths,
                    entry.reason, asOf.description,
                ])
        }
    }

    /// Every absence and reduction that counts: the file's, and those recorded in caseload that it does not overrule.
    static func entriesInForce(in db: Database) throws -> [AvailabilityEntry] {
        try availability(in: db).filter { !$0.overruled }.map(\.entry)
    }

    /// The officers as they stand on a day: absences and reductions in force then applied.
    static func standing(_ officers: [Officer], on day: Day, in db: Database) throws -> [Officer] {
        officers.standing(on: day, try entriesInForce(in: db))
    }
}

extension SQLiteStore {
    /// Records that notices were given, one row an officer, with the flags they were given for, in one transaction.
    public func recordNotices(_ notices: [(officerID: String, flags: [Flag])], on day: Day, by: String, at time: String) throws {
        try writing { db in
            for notice in notices {
                try db.execute(
                    sql: "INSERT INTO notices (officer_id, day, at, by, flags) VALUES (?, ?, ?, ?, ?)",
                    arguments: [notice.officerID.precomposed, day.description, time, by, notice.flags.map(\.rawValue).joined(separator: ",")])
            }
        }
    }

    /// How many notices were given in a month.
    public func noticesSent(in month: Month) throws -> Int {
        try reading { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM notices WHERE substr(day, 1, 7) = ?", arguments: [month.description]) ?? 0 }
    }
}
