import CaseloadCore

extension SQLForceStore {
    /// Everything the store holds, for `caseload copy`, read in one consistent state.
    public func archive() throws -> ForceArchive {
        try reading { session in
            ForceArchive(
                force: try session.loadForce(), queuedSince: try session.queuedSince(), audit: try session.audit("ORDER BY id"),
                availability: try session.availability(), notices: try session.notices(), covers: try session.coverLog(), imports: try session.imports(),
                snapshots: try session.months().compactMap { try session.snapshot(of: $0) })
        }
    }

    /// Writes a whole archive into an empty store in one transaction; refuses a store that holds a force or history.
    public func restore(_ archive: ForceArchive) throws {
        try replacing { session in
            let held = try session.integer("""
                SELECT (SELECT count(*) FROM officers) + (SELECT count(*) FROM months) + (SELECT count(*) FROM allocations)
                     + (SELECT count(*) FROM availability) + (SELECT count(*) FROM availability_file) + (SELECT count(*) FROM notices)
                     + (SELECT count(*) FROM covers) + (SELECT count(*) FROM imports) AS value
                """) ?? 0
            guard held == 0 else { throw StoreError.notEmpty(location: location) }
            try session.startReplacingForce()
            try session.insert(officers: archive.force.officers)
            try session.insertCases { write in try write(archive.force.cases) }
            try session.finishReplacingCases(checkingOfficers: true)
            try session.storeWorkloads(WorkloadTally(archive.force).officerWorkloads)
            try session.bulkLoad(into: "case_queue", columns: ["case_id", "since"]) { add in
                for (caseID, since) in archive.queuedSince.sorted(by: { $0.key < $1.key }) { try add([.text(caseID.text), .text(since.description)]) }
            }
            _ = try session.executeAll(archive.audit.map(session.insertion))
            for recorded in archive.availability { try session.insert(recorded) }
            for notice in archive.notices { try session.insert(notice) }
            _ = try session.executeAll(archive.covers.map(session.insertion))
            for record in archive.imports { try session.insert(record) }
            for snapshot in archive.snapshots { try session.record(snapshot) }
        }
    }
}
