/// The columns of availability.csv, as the CSV contract names them.
public enum AvailabilityColumn: String, CaseIterable, Sendable, CSVColumn {
    case officerID = "officer_id"
    case kind
    case from
    case to
    case fraction
    case reason

    public var isRequired: Bool {
        switch self {
        case .officerID, .kind, .from, .reason: true
        case .to, .fraction: false
        }
    }
}

/// Turns availability.csv into absences and reductions, or every issue with it: an officer not in officers.csv, a `to`
/// before its `from`, a fraction outside (0, 1), two absences of one officer that share a day.
public enum AvailabilityDecoder {
    public static func decode(file: String, bytes: [UInt8], officersFile: String, officerIDs: Set<OfficerID>) -> Result<[AvailabilityEntry], ImportFailure> {
        var log = IssueLog(cap: ForceDecoder.issueCap)
        var table = CSVTable<AvailabilityColumn>(file: file, bytes: bytes, log: &log)
        var entries: [(entry: AvailabilityEntry, line: Int)] = []
        let dateHelp = SpreadsheetValues.dateHelp
        while let row = table.nextRow(log: &log) {
            var check = RowCheck(file: file, row: row)
            let officerID = OfficerID(check.required(.officerID, what: "every entry names an officer_id from \(officersFile)"))
            if !officerID.isEmpty && !officerIDs.contains(officerID) {
                check.fail(.officerID, "\(officerID.quotedForMessage()) is not in \(officersFile); use an officer_id from there")
            }
            let kind = check.choice(.kind, AvailabilityEntry.Kind.self, default: nil)
            let fromText = check.required(.from, what: dateHelp)
            let from = fromText.isEmpty ? nil : SpreadsheetValues.day(fromText)
            if !fromText.isEmpty && from == nil { check.fail(.from, "\(fromText.quotedForMessage()) is not valid; \(dateHelp)") }
            let to = check.day(.to, emptyMeans: ", or leave it empty for open-ended")
            if let from, let to = to ?? nil, to < from { check.fail(.to, "\(to) is before from (\(from)); the last day comes on or after the first") }
            var fraction: Int?
            let fractionText = row[.fraction]
            switch kind {
            case .reduction:
                switch ReductionShare.millionths(fractionText) {
                case .success(let value): fraction = value
                case .failure(let problem): check.fail(.fraction, problem.description)
                }
            case .absence:
                if !fractionText.isEmpty { check.fail(.fraction, "an absence takes all of the officer's time; leave fraction empty") }
            case nil:
                break
            }
            let reason = check.required(.reason, what: "say why: leave, sickness, phased return, …")
            log.add(contentsOf: check.issues)
            guard check.issues.isEmpty, let kind, let from, let to else { continue }
            entries.append((AvailabilityEntry(officerID: officerID, kind: kind, from: from, to: to, fractionMillionths: fraction, reason: reason), row.line(of: .from)))
        }
        for issue in clashes(entries, file: file) { log.add(issue) }
        return log.isEmpty ? .success(entries.map(\.entry)) : .failure(log.failure)
    }

    /// Absences of one officer that share a day, and reductions of one officer that together reach the whole of their
    /// capacity on some day: each officer's entries sorted by first day and swept once, so that the check grows as
    /// n log n with the file, never as n².
    static func clashes(_ entries: [(entry: AvailabilityEntry, line: Int)], file: String) -> [ImportIssue] {
        var issues: [ImportIssue] = []
        let byOfficer = Dictionary(grouping: entries.indices, by: { entries[$0].entry.officerID })
        for indices in byOfficer.values {
            let sorted = indices.sorted { (entries[$0].entry.from, entries[$0].line) < (entries[$1].entry.from, entries[$1].line) }
            var latest: Int?
            var inForce: [Int] = []
            for index in sorted {
                let (entry, line) = entries[index]
                switch entry.kind {
                case .absence:
                    if let earlier = latest, entries[earlier].entry.overlaps(entry) {
                        let (first, second) = (min(line, entries[earlier].line), max(line, entries[earlier].line))
                        issues.append(ImportIssue(
                            file: file, line: second, column: AvailabilityColumn.from.rawValue,
                            message: "shares days with the absence of \(entry.officerID.quotedForMessage()) on line \(first); one officer's absences may not overlap"))
                    }
                    if latest.map({ (entries[$0].entry.to ?? Day.supportedEnd) < (entry.to ?? Day.supportedEnd) }) ?? true { latest = index }
                case .reduction:
                    inForce.removeAll { (entries[$0].entry.to ?? Day.supportedEnd) < entry.from }
                    inForce.append(index)
                    let total = inForce.reduce(0) { $0 + (entries[$1].entry.fractionMillionths ?? 0) }
                    guard total >= 1_000_000 else { continue }
                    let others = inForce.dropLast().map { "\(formatFixedPoint(entries[$0].entry.fractionMillionths ?? 0, places: 6)) on line \(entries[$0].line)" }
                    issues.append(ImportIssue(
                        file: file, line: line, column: AvailabilityColumn.fraction.rawValue,
                        message: "with the reduction\(others.count == 1 ? "" : "s") of \(others.joined(separator: " and ")), \(entry.officerID.quotedForMessage()) would have no "
                            + "capacity left on \(entry.from); reductions in force together stay below 1 (for an officer who is not working, use an absence)"))
                    inForce.removeLast()
                }
            }
        }
        return issues.sorted { $0.line < $1.line }
    }
}
