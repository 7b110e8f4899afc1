import CaseloadCore

extension SQLForceStore {
    public func replaceForce(_ force: Force, asOf: Day, availability: [AvailabilityEntry]?) throws {
        _ = try replace(officers: force.officers, asOf: asOf, checkingOfficers: true, availability: availability) { write in
            try write(force.cases)
            var tally = WorkloadTally(officers: force.officers)
            tally.count(force.cases)
            return tally
        }
    }

    /// Validates both files and replaces the force with them in one transaction, writing cases while a second thread
    /// is still decoding later ones; nothing is committed unless both files are entirely valid.
    public func importForce(_ decoding: StreamingDecoder, asOf: Day, availability: [AvailabilityEntry]?, by: String, at time: String) throws -> ImportSummary {
        try decoding.load { officers, feed in
            try replace(officers: officers, asOf: asOf, checkingOfficers: false, availability: availability, recordedBy: (by, time), feed: feed)
        }
    }

    /// Replaces every officer and case in one transaction; `feed` hands over the cases through the closure it is given,
    /// and returns every officer's counts over them.
    ///
    /// A case's officer is not checked row by row, which costs more than the insert: an import's officer_ids were all
    /// checked against officers.csv by the decoder, and a `Force` from elsewhere is checked once, after its cases.
    /// Changes made in caseload since `asOf` are replayed on top, the queue's waiting days kept, every officer's counts
    /// written afresh and the month of `asOf` recorded as a snapshot.
    private func replace(
        officers: [Officer], asOf: Day, checkingOfficers: Bool, availability: [AvailabilityEntry]?, recordedBy: (by: String, at: String)? = nil,
        feed: (_ write: ([Case]) throws -> Void) throws -> WorkloadTally
    ) throws -> ImportSummary {
        try replacing { session in
            try session.startReplacingForce()
            try session.insert(officers: officers)
            let tally = try session.insertCases(feed)
            try session.finishReplacingCases(checkingOfficers: checkingOfficers)
            if let availability { try session.replaceFileAvailability(availability, asOf: asOf) }
            let (replay, moves) = try session.replayLaterWork(since: asOf)
            try session.execute("DELETE FROM case_queue WHERE case_id NOT IN (SELECT case_id FROM cases WHERE officer_id IS NULL)")
            try session.execute("""
                INSERT INTO case_queue (case_id, since) SELECT case_id, \(asOf.description) FROM cases WHERE officer_id IS NULL
                ON CONFLICT (case_id) DO NOTHING
                """)
            let current = tally.officerWorkloads.moving(moves)
            let unallocated = tally.unallocated - moves.count(where: { $0.from == nil })
            try session.storeWorkloads(current)
            let standing = try session.standing(current.map(\.officer), on: asOf)
            let recorded = try session.applyingCover(
                to: session.withReviewsOverdue(zip(current, standing).map { OfficerWorkload(officer: $1, workload: $0.workload) }, on: asOf), on: asOf)
            try session.record(MonthSnapshot(month: asOf.calendarMonth, asOf: asOf, officers: recorded, unallocated: unallocated))
            var summary = ImportSummary(officers: officers.count, cases: tally.cases, unallocated: unallocated)
            if let recordedBy {
                try session.insert(ImportRecord(
                    asOf: asOf, at: recordedBy.at, by: recordedBy.by, officers: summary.officers, cases: summary.cases, unallocated: unallocated))
            }
            summary.replay = replay
            summary.recordedAvailability = try session.availability().filter { !$0.fromFile }
            return summary
        }
    }
}

extension SQLSession {
    /// Replays the changes made in caseload on or after `asOf` onto the cases just written (see `ReplayReport.replaying`).
    func replayLaterWork(since asOf: Day) throws -> (report: ReplayReport, moves: [ReplayedMove]) {
        try ReplayReport.replaying(
            try audit("WHERE at >= \(asOf.description) ORDER BY id"),
            caseNamed: { try self.case($0) },
            officerExists: { try officerExists($0) },
            move: { entry, offender in
                try execute("""
                    UPDATE cases SET officer_id = \(entry.to), allocated_on = \(String(entry.at.prefix(10))),
                    previous_officer_id = coalesce(\(entry.from), previous_officer_id) WHERE case_id = \(offender.id)
                    """)
            })
    }
}
