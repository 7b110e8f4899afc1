import CaseloadCore

/// The records the store keeps, each field listed once with its columns: both engines write and read them from here.
enum Tables {
    /// An officer as officers.csv describes them.
    static let officer = Columns<Officer>([
        .id("officer_id", { $0.id }, { $0.id = $1 }),
        .text("name", { $0.name }, { $0.name = $1 }),
        .text("team", { $0.team }, { $0.team = $1 }),
        Column(
            names: ["fte_millionths"], write: { officer, values in values.append(.integer(officer.fte.millionths)) },
            read: { officer, row, at throws(StoredValueError) in
                let value = row.integer(at.first!) ?? 0
                guard let fte = FTE(millionths: value) else { throw StoredValueError(column: "fte_millionths", value: String(value)) }
                officer.fte = fte
            }),
        .code("mosovo", { $0.mosovo }, { $0.mosovo = $1 }),
        .bool("approved_premises", { $0.approvedPremises }, { $0.approvedPremises = $1 }),
        .bool("da_specialist", { $0.daSpecialist }, { $0.daSpecialist = $1 }),
        .code("status", { $0.status }, { $0.status = $1 }),
        .optionalID("buddy_id", { $0.buddyID }, { $0.buddyID = $1 }),
        .day("mosovo_course_on", { $0.mosovoCourseOn }, { $0.mosovoCourseOn = $1 }),
    ])

    /// How an officer stood in a month's snapshot: absent (for how many days, when known), and any reduction.
    static let standing = Columns<Officer>([
        Column(
            names: ["absent", "absence_days"],
            write: { officer, values in
                values.append(.bool(officer.absence != nil))
                values.append(.integer(officer.absence ?? nil))
            },
            read: { officer, row, at in officer.absence = row.bool(at.first!) ? .some(row.integer(at.last!)) : nil }),
        .integer("reduction_millionths", { $0.reductionMillionths }, { $0.reductionMillionths = $1 ?? 0 }),
    ])

    /// A case as cases.csv describes it.
    static let `case` = Columns<Case>([
        .id("case_id", { $0.id }, { $0.id = $1 }),
        .optionalID("officer_id", { $0.officerID }, { $0.officerID = $1 }),
        .text("team", { $0.team }, { $0.team = $1 }),
        .code("risk", { $0.risk }, { $0.risk = $1 }),
        Column(
            names: ["mappa_category", "mappa_level"],
            write: { offender, values in
                values.append(.integer(offender.mappa?.category))
                values.append(.integer(offender.mappa?.level))
            },
            read: { offender, row, at throws(StoredValueError) in
                guard let category = row.integer(at.first!), let level = row.integer(at.last!) else { return offender.mappa = nil }
                guard Mappa.validValues.contains(category), Mappa.validValues.contains(level) else {
                    throw StoredValueError(column: "mappa_level", value: "\(category)/\(level)")
                }
                offender.mappa = Mappa(category: category, level: level)
            }),
        .code("location", { $0.location }, { $0.location = $1 }),
        .bool("domestic_abuse", { $0.domesticAbuse }, { $0.domesticAbuse = $1 }),
        .day("allocated_on", { $0.allocatedOn }, { $0.allocatedOn = $1 }),
        .optionalID("previous_officer_id", { $0.previousOfficerID }, { $0.previousOfficerID = $1 }),
        .day("referred_on", { $0.referredOn }, { $0.referredOn = $1 }),
        .day("release_on", { $0.releaseOn }, { $0.releaseOn = $1 }),
        .day("ends_on", { $0.endsOn }, { $0.endsOn = $1 }),
        .day("next_review_on", { $0.nextReviewOn }, { $0.nextReviewOn = $1 }),
    ])

    /// The counts kept for an officer, one column for each `WorkloadCount`; a count no force could have is a damaged table.
    static let workload = Columns<Workload>(WorkloadCount.allCases.map { count in
        Column(
            names: [count.column], write: { workload, values in values.append(.integer(workload[count])) },
            read: { workload, row, at throws(StoredValueError) in
                let value = row.integer(at.first!) ?? -1
                guard (0...Int(Int32.max)).contains(value) else { throw StoredValueError(column: count.column, value: String(value)) }
                workload[count] = value
            })
    })

    /// A row of the audit log.
    static let audit = Columns<AuditEntry>([
        .id("case_id", { $0.caseID }, { $0.caseID = $1 }),
        .optionalID("from_officer", { $0.from }, { $0.from = $1 }),
        .id("to_officer", { $0.to }, { $0.to = $1 }),
        .text("at", { $0.at }, { $0.at = $1 }),
        .text("by", { $0.by }, { $0.by = $1 }),
        .optionalText("reason", { $0.reason }, { $0.reason = $1 }),
        .bool("override", { $0.override }, { $0.override = $1 }),
        .optionalText(
            "rules_overridden", { $0.rulesOverridden.isEmpty ? nil : $0.rulesOverridden.joined(separator: ",") },
            { $0.rulesOverridden = $1.map { $0.split(separator: ",").map(String.init) } ?? [] }),
        .optionalText("note", { $0.note }, { $0.note = $1 }),
    ])

    /// An absence or reduction, as both the file's entries and the log recorded in caseload keep it.
    static let availability = Columns<AvailabilityEntry>([
        .id("officer_id", { $0.officerID }, { $0.officerID = $1 }),
        .code("kind", { $0.kind }, { $0.kind = $1 }),
        .day("from_day", { $0.from }, { $0.from = $1 ?? $0.from }),
        .day("to_day", { $0.to }, { $0.to = $1 }),
        .integer("fraction_millionths", { $0.fractionMillionths }, { $0.fractionMillionths = $1 }),
        .text("reason", { $0.reason }, { $0.reason = $1 }),
    ])

    /// A line of the cover log.
    static let cover = Columns<CoverRecord>([
        .code("kind", { $0.kind }, { $0.kind = $1 }),
        .id("case_id", { $0.cover.caseID }, { $0.cover.caseID = $1 }),
        .id("officer_id", { $0.cover.officerID }, { $0.cover.officerID = $1 }),
        .id("covering_officer_id", { $0.cover.coveringID }, { $0.cover.coveringID = $1 }),
        .day("from_day", { $0.cover.from }, { $0.cover.from = $1 ?? $0.cover.from }),
        .day("to_day", { $0.cover.to }, { $0.cover.to = $1 }),
        .text("at", { $0.at }, { $0.at = $1 }),
        .text("by", { $0.by }, { $0.by = $1 }),
    ])

    /// An import of the files, as recorded.
    static let importRecord = Columns<ImportRecord>([
        .day("as_of", { $0.asOf }, { $0.asOf = $1 ?? $0.asOf }),
        .text("at", { $0.at }, { $0.at = $1 }),
        .text("by", { $0.by }, { $0.by = $1 }),
        .integer("officers", { $0.officers }, { $0.officers = $1 ?? 0 }),
        .integer("cases", { $0.cases }, { $0.cases = $1 ?? 0 }),
        .integer("unallocated", { $0.unallocated }, { $0.unallocated = $1 ?? 0 }),
    ])

    /// A workload notice as recorded.
    static let notice = Columns<NoticeRecord>([
        .id("officer_id", { $0.officerID }, { $0.officerID = $1 }),
        .day("day", { $0.day }, { $0.day = $1 ?? $0.day }),
        .text("at", { $0.at }, { $0.at = $1 }),
        .text("by", { $0.by }, { $0.by = $1 }),
        .text("flags", { $0.flags }, { $0.flags = $1 }),
    ])
}

extension Columns {
    /// Reads every row of the result into records, starting each from `blank`.
    func all<Session: SQLSession>(_ sql: SQL, table: String, from blank: Record, in session: Session) throws -> [Record] {
        var records: [Record] = []
        var reader: Reader?
        try session.forEachRow(sql) { row in
            if reader == nil { reader = try self.reader(for: row, table: table) }
            var record = blank
            try reader!.read(row, into: &record)
            records.append(record)
        }
        return records
    }
}

/// Records as they are before a row is read into them; every field is set from the row.
enum Blank {
    // Computed, not stored: every read of the store reaches these, from many threads at once, and a stored global's
    // one-time initialisation can spin for ever in the Swift runtime's once on Linux under that load. A fresh value
    // costs nothing beside reading a row.
    static var officer: Officer { Officer(id: "", name: "", team: "", mosovo: .untrained) }
    static var `case`: Case { Case(id: "", officerID: nil, team: "", risk: .low) }
    static var audit: AuditEntry { AuditEntry(caseID: "", from: nil, to: "", at: "", by: "", reason: nil, override: false, rulesOverridden: [], note: nil) }
    static var availability: AvailabilityEntry { AvailabilityEntry(officerID: "", kind: .absence, from: Day(year: 2000, month: 1, day: 1)!, reason: "") }
    static var notice: NoticeRecord { NoticeRecord(officerID: "", day: Day(year: 2000, month: 1, day: 1)!, at: "", by: "", flags: "") }
    static var importRecord: ImportRecord { ImportRecord(asOf: Day(year: 2000, month: 1, day: 1)!, at: "", by: "", officers: 0, cases: 0, unallocated: 0) }
    static var cover: CoverRecord {
        CoverRecord(kind: .start, cover: Cover(caseID: "", officerID: "", coveringID: "", from: Day(year: 2000, month: 1, day: 1)!, to: nil), at: "", by: "")
    }
}
