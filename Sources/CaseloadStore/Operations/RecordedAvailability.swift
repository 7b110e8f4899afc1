import CaseloadCore

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

extension [RecordedAvailability] {
    /// The entries with those recorded in caseload that the file overrules marked: the same entry again (so it is
    /// counted once), or one recorded before the file's date that overlaps a file entry of the same kind for the same
    /// officer, the file being the truth as of its date. Those recorded since are replayed on top of the file.
    public func reconciled() -> [RecordedAvailability] {
        let file = Dictionary(grouping: filter(\.fromFile), by: \.entry.officerID)
        return map { recorded in
            guard !recorded.fromFile else { return recorded }
            var marked = recorded
            let entry = recorded.entry
            marked.overruled = (file[entry.officerID] ?? []).contains { other in
                let same = other.entry.kind == entry.kind
                let duplicate = same && other.entry.from == entry.from && other.entry.to == entry.to
                    && other.entry.fractionMillionths == entry.fractionMillionths
                let older = recorded.at.prefix(10) < other.at.prefix(10)
                return duplicate || same && older && other.entry.overlaps(entry)
            }
            return marked
        }
    }
}

extension RecordedAvailability {
    /// The absence or reduction as an audit entry.
    var auditEntry: AuditEntry {
        let period = entry.to.map { "from \(entry.from) to \($0)" } ?? "from \(entry.from), with no end date"
        let share = entry.fractionMillionths.map { "\(formatFixedPoint($0, places: 6)) of capacity " } ?? ""
        return AuditEntry(
            caseID: "", from: nil, to: "", at: at, by: by, reason: entry.reason, override: false, note: share + period,
            kind: entry.kind == .absence ? .absence : .reduction, officerID: entry.officerID)
    }
}
