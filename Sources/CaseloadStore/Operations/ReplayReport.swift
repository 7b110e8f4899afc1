import CaseloadCore

/// A change made in caseload after an extract's date that the new files contradict, kept out with why.
public struct DroppedChange: Hashable, Sendable {
    public let entry: AuditEntry
    /// Why the files win: "the files have it with OM03".
    public let reason: String
}

/// What an import did with the allocations and transfers made in caseload on or after the files' date.
public struct ReplayReport: Hashable, Sendable {
    /// Made again on the new force, oldest first.
    public var replayed: [AuditEntry] = []
    /// Already as the files have them: nothing to do.
    public var alreadyInFiles = 0
    /// Contradicted by the files, whose version was kept.
    public var dropped: [DroppedChange] = []

    public init() {}
}

/// A case moved by a replayed change, for bringing the counts up to date.
public struct ReplayedMove: Sendable {
    public let offender: Case
    public let from: OfficerID?
    public let to: OfficerID
}

extension ReplayReport {
    /// Replays onto the cases just imported every allocation and transfer made in caseload on or after the files' date
    /// (`entries`, oldest first), where the case is still as the change found it: unallocated for an allocation, with
    /// `from` for a transfer. A change the files already show is counted; one they contradict (the case or officer
    /// gone, the case with someone else) is dropped and the files' version kept. Returns the report and each move made.
    public static func replaying(
        _ entries: [AuditEntry], caseNamed: (CaseID) throws -> Case?, officerExists: (OfficerID) throws -> Bool,
        move: (AuditEntry, Case) throws -> Void
    ) throws -> (report: ReplayReport, moves: [ReplayedMove]) {
        var report = ReplayReport()
        var moves: [ReplayedMove] = []
        for entry in entries {
            guard let offender = try caseNamed(entry.caseID) else {
                report.dropped.append(DroppedChange(entry: entry, reason: "the case is not in the new files"))
                continue
            }
            if offender.officerID == entry.to {
                report.alreadyInFiles += 1
                continue
            }
            guard try officerExists(entry.to) else {
                report.dropped.append(DroppedChange(entry: entry, reason: "\(entry.to) is not in the new files"))
                continue
            }
            guard offender.officerID == entry.from else {
                let holder = offender.officerID.map { "the files have it with \($0)" } ?? "the files have it unallocated"
                report.dropped.append(DroppedChange(entry: entry, reason: holder))
                continue
            }
            try move(entry, offender)
            report.replayed.append(entry)
            moves.append(ReplayedMove(offender: offender, from: entry.from, to: entry.to))
        }
        return (report, moves)
    }
}

extension [OfficerWorkload] {
    /// The counts with the replayed moves made.
    public func moving(_ moves: [ReplayedMove]) -> [OfficerWorkload] {
        var current = self
        let positions = Dictionary(indices.map { (self[$0].officer.id, $0) }, uniquingKeysWith: { first, _ in first })
        for move in moves {
            if let from = move.from, let position = positions[from] { current[position].workload.remove(move.offender) }
            if let position = positions[move.to] { current[position].workload.add(move.offender) }
        }
        return current
    }
}
