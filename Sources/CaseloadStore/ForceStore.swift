import CaseloadCore

/// Where a force's state and history are kept; the rest of the product reaches the database only through this.
public protocol ForceStore: AnyObject, Sendable {
    /// The officers and cases as they stand now, in the order they were imported.
    func loadForce() throws -> Force

    /// The force with each officer as they stand on a day: absent, or with their limit reduced, as recorded.
    func loadForce(on day: Day) throws -> Force

    /// Each officer's counts and the queue's size as they stand now, recorded as of `asOf`.
    func currentSnapshot(asOf: Day) throws -> MonthSnapshot

    /// The cases the officers hold, in the order they were imported.
    func cases(heldBy officerIDs: [OfficerID]) throws -> [Case]

    /// The MAPPA level 2 and 3 cases held by these officers, in the force's order.
    func level2Or3Cases(heldBy officerIDs: [OfficerID]) throws -> [Case]

    /// The cases waiting for an officer, in the order they were imported.
    func unallocatedCases() throws -> [Case]

    /// The day each waiting case joined the queue: the `--as-of` of the first import that showed it waiting.
    func queuedSince() throws -> [CaseID: Day]

    /// Replaces every officer and case (and, when given, the file's absences and reductions) in one transaction and
    /// records the month of `asOf` as a snapshot.
    func replaceForce(_ force: Force, asOf: Day, availability: [AvailabilityEntry]?) throws

    /// Validates both files and replaces the force with them in one transaction; nothing is written unless both are
    /// entirely valid. Changes made in caseload since `asOf` are replayed on top, as the summary lists.
    /// The import is kept in the audit trail, by whom and when.
    func importForce(_ decoding: StreamingDecoder, asOf: Day, availability: [AvailabilityEntry]?, by: String, at time: String) throws -> ImportSummary

    /// Records an absence or reduction in the append-only log that is also its audit trail.
    func record(_ entry: AvailabilityEntry, by: String, at time: String) throws

    /// Records that notices were given, one row an officer, with the flags they were given for, in one transaction.
    func recordNotices(_ notices: [(officerID: OfficerID, flags: [Flag])], on day: Day, by: String, at time: String) throws

    /// Every absence and reduction, or one officer's, in the order recorded.
    func availability(of officerID: OfficerID?) throws -> [RecordedAvailability]

    /// What was done in a month: notices given, transfers and overrides made, cover started.
    func activity(in month: Month) throws -> MonthActivity

    /// The months that have a snapshot, oldest first.
    func months() throws -> [Month]

    /// The snapshot of one month, or nil when none was recorded.
    func snapshot(of month: Month) throws -> MonthSnapshot?

    /// Each officer's counts in a month's snapshot, by officer id; empty when the month has none. Lighter than the
    /// whole snapshot, for `flags`' changes since last month.
    func workloads(in month: Month) throws -> [OfficerID: Workload]

    /// What the weeks ahead count, read from the cases' dates without loading every case: each officer of record's
    /// releases, endings and reviews due, each team's referrals in `AheadWindow.referrals`, and the cases covered on
    /// `window.asOf`. Needs no snapshot, so it can be read beside one; `AheadDates.counts(with:)` joins the two.
    func aheadDates(in window: AheadWindow) throws -> AheadDates

    /// Makes every allocation and transfer, each checked and audited, in one transaction, or none of them.
    ///
    /// Throws `AllocationError` when a case is no longer where the caller saw it or a hard rule would be
    /// broken without an override; several processes allocating the same case: one wins, the rest are told.
    func allocate(_ requests: [AllocationRequest], limits: Limits, on day: Day, at time: String) throws -> [AuditEntry]

    /// Starts cover of each case by a colleague, the officer of record staying, in one transaction or not at all;
    /// each checked like an allocation to the colleague and audited.
    func cover(_ requests: [CoverRequest], limits: Limits, on day: Day, at time: String) throws -> [AuditEntry]

    /// Ends from `day` the cover of every case of the officer's covered that day (the officer is back); audited.
    func endCover(of officerID: OfficerID, on day: Day, by: String, at time: String) throws -> [AuditEntry]

    /// The audit log, newest first: all of it, one case's history, or one officer's; cover whose last day has passed
    /// by `day` shows as ended the day after, the absence having ended.
    ///
    /// Throws `AllocationError.noSuchCase` or `.noSuchOfficer` when the id is unknown to the force and the log.
    func audit(_ scope: AuditScope, on day: Day?) throws -> [AuditEntry]

    /// A number that changes when another process changes the database, for watching without a restart.
    func dataVersion() throws -> Int

    /// Everything the store holds, for `caseload copy`.
    func archive() throws -> ForceArchive

    /// Writes a whole archive into an empty store in one transaction; refuses a store that holds a force or history.
    func restore(_ archive: ForceArchive) throws

    /// Where the store is, as it may be shown: a path, or a URL without its password.
    var location: String { get }

    /// Warnings about who else can read the data, each with what fixes it.
    var permissionWarnings: [String] { get }
}

/// Which part of the audit log to read.
public enum AuditScope: Hashable, Sendable {
    case all
    case caseID(CaseID)
    /// Every entry that gave a case to the officer or took one from them, covered one, or concerns them alone.
    case officerID(OfficerID)
}

extension ForceStore {
    /// Imports the files, the audit trail naming caseload itself as having imported them: for tools and tests.
    public func importForce(_ decoding: StreamingDecoder, asOf: Day, availability: [AvailabilityEntry]?) throws -> ImportSummary {
        try importForce(decoding, asOf: asOf, availability: availability, by: "caseload", at: AuditTime.now())
    }

    /// The audit log as written, newest first, with no lapse of cover worked out for a day.
    public func audit(_ scope: AuditScope) throws -> [AuditEntry] {
        try audit(scope, on: nil)
    }

    /// Replaces every officer and case, keeping the absences and reductions as they are.
    public func replaceForce(_ force: Force, asOf: Day) throws {
        try replaceForce(force, asOf: asOf, availability: nil)
    }
}
