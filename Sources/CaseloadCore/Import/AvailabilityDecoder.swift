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
    public static func decode(file: String, bytes: [UInt8], officersFile: String, officerIDs: Set<String>) -> Result<[AvailabilityEntry], ImportFailure> {
        var log = IssueLog(cap: ForceDecoder.issueCap)
        var table = CSVTable<AvailabilityColumn>(file: file, bytes: bytes, log: &log)
        var entries: [(entry: AvailabilityEntry, line: Int)] = []
        let dateHelp = SpreadsheetValues.dateHelp
        while let row = table.nextRow(log: &log) {
            var check = RowCheck(file: file, row: row)
            let officerID = check.required(.officerID, what: "every entry names an officer_id from \(officersFile)")
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
                if let value = parseFixedPoint(fractionText, places: 6), (1..<1_000_000).contains(value) {
                    fraction = value
                } else {
                    check.fail(.fraction, (fractionText.isEmpty ? "is empty" : "\(fractionText.quotedForMessage()) is not valid") + "; a reduction needs the share of capacity taken away, above 0 and below 1, e.g. 0.4")
                }
            case .absence:
                if !fractionText.isEmpty { check.fail(.fraction, "an absence takes all of the officer's time; leave fraction empty") }
            case nil:
                break
            }
            let reason = check.required(.reason, what: "say why: leave, sickness, phased return, …")
            log.add(contentsOf: check.issues)
            guard check.issues.isEmpty, let kind, let from, let to else { continue }
            let entry = AvailabilityEntry(officerID: officerID, kind: kind, from: from, to: to, fractionMillionths: fraction, reason: reason)
            if kind == .absence, let clash = entries.first(where: { $0.entry.officerID == officerID && $0.entry.kind == .absence && $0.entry.overlaps(entry) }) {
                log.add(ImportIssue(
                    file: file, line: row.line(of: .from), column: AvailabilityColumn.from.rawValue,
                    message: "shares days with the absence of \(officerID.quotedForMessage()) on line \(clash.line); one officer's absences may not overlap"))
                continue
            }
            entries.append((entry, row.record.line))
        }
        return log.isEmpty ? .success(entries.map(\.entry)) : .failure(log.failure)
    }
}
