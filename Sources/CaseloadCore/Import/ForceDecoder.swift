/// Turns officers.csv and cases.csv into a force, or a list of everything wrong with them.
public enum ForceDecoder {
    /// The most issues reported; the rest are counted.
    public static let issueCap = 100

    /// Decodes and validates both files together: nothing is returned unless both are entirely valid.
    public static func decode(
        officersFile: String, officers officerBytes: [UInt8],
        casesFile: String, cases caseBytes: [UInt8]
    ) -> Result<Force, ImportFailure> {
        var decoding = StreamingDecoder(officersFile: officersFile, officers: officerBytes, casesFile: casesFile, cases: caseBytes)
        return decoding.decodeAll()
    }

    /// The officers, or nil when the file's header cannot be read at all.
    static func decodeOfficers(
        file: String, bytes: [UInt8], knownIDs: inout [OfficerID: Int], log: inout IssueLog
    ) -> [Officer]? {
        var table = CSVTable<OfficerColumn>(file: file, bytes: bytes, log: &log)
        guard table.isReadable else { return nil }
        var officers: [Officer] = []
        var buddies: [(officer: OfficerID, buddy: OfficerID, line: Int)] = []
        var refused = Set<OfficerID>()
        while let row = table.nextRow(log: &log) {
            var check = RowCheck(file: file, row: row)
            let id = OfficerID(check.required(.officerID, what: "every officer needs an id"))
            if !id.isEmpty {
                if let first = knownIDs[id] {
                    check.fail(.officerID, "\(id.quotedForMessage()) is already used on line \(first); officer ids must be unique")
                } else {
                    knownIDs[id] = row.record.line
                }
            }
            let name = check.required(.name, what: "every officer needs a name")
            let team = check.required(.team, what: "every officer needs a team or division")
            let fte = check.optional(.fte, default: FTE.full, expected: "use a decimal above 0 and at most 1, e.g. 0.5") { FTE($0) }
            let mosovo = check.choice(.mosovo, MosovoStatus.self, default: nil)
            let approvedPremises = check.yesNo(.approvedPremises)
            let daSpecialist = check.yesNo(.daSpecialist)
            let status = check.choice(.status, OfficerStatus.self, default: .active)
            let buddy = OfficerID(row[.buddyID])
            if !buddy.isEmpty {
                buddies.append((officer: id, buddy: buddy, line: row.line(of: .buddyID)))
                if mosovo == .trained { check.fail(.buddyID, "\(id.quotedForMessage()) is MOSOVO trained and needs no buddy; leave it empty") }
            }
            let courseOn = check.day(.mosovoCourseOn)
            log.add(contentsOf: check.issues)
            guard check.issues.isEmpty, let fte, let mosovo, let approvedPremises, let daSpecialist, let status, let courseOn else {
                refused.insert(id)
                continue
            }
            officers.append(Officer(
                id: id, name: name, team: team, fte: fte, mosovo: mosovo,
                approvedPremises: approvedPremises, daSpecialist: daSpecialist, status: status, buddyID: buddy.isEmpty ? nil : buddy,
                mosovoCourseOn: courseOn))
        }
        let trained = Set(officers.filter { $0.mosovo == .trained }.map(\.id))
        for entry in buddies where (!trained.contains(entry.buddy) && !refused.contains(entry.buddy)) || entry.buddy == entry.officer {
            let what = knownIDs[entry.buddy] == nil ? "is not in \(file)" : "is not a MOSOVO-trained officer"
            log.add(contentsOf: [ImportIssue(
                file: file, line: entry.line, column: OfficerColumn.buddyID.rawValue,
                message: "\(entry.buddy.quotedForMessage()) \(what); a buddy is a trained officer who supports one awaiting the course")])
        }
        return officers
    }

    /// Hands the valid cases to `emit`, `chunk` at a time, in file order; each officer_id is checked against
    /// `officerIDs` unless it is nil (officers.csv unreadable).
    static func decodeCases(
        file: String, bytes: [UInt8], officerIDs: IDTable<Officer>?, officersFile: String, log: inout IssueLog, chunk: Int,
        emit: ([Case]) -> Void
    ) {
        var table = CSVTable<CaseColumn>(file: file, bytes: bytes, log: &log)
        var cases: [Case] = []
        cases.reserveCapacity(chunk)
        // Room for a case every 48 bytes (rows run to about 60), but no more than two million up front: a 1 GB file
        // of few, long rows should not reserve memory for twenty million ids. The table grows past that if it must.
        let expected = min(bytes.count / 48, 2_000_000)
        var caseIDs = UniqueIDs<Case>(capacity: expected)
        var firstLines: [Int] = []
        firstLines.reserveCapacity(expected)
        while let row = table.nextRow(log: &log) {
            var check = RowCheck(file: file, row: row)
            let id = CaseID(check.required(.caseID, what: "every case needs an id"))
            if !id.isEmpty {
                let (inserted, position) = caseIDs.insert(id)
                if inserted {
                    firstLines.append(row.record.line)
                } else {
                    check.fail(.caseID, "\(id.quotedForMessage()) is already used on line \(firstLines[position]); case ids must be unique")
                }
            }
            let officerID = OfficerID(row[.officerID])
            if !officerID.isEmpty, let officerIDs, officerIDs.position(of: officerID) == nil {
                check.fail(.officerID, "\(officerID.quotedForMessage()) is not in \(officersFile); use an officer_id from there, or leave it empty for an unallocated case")
            }
            let team = check.required(.team, what: "every case needs a team or division")
            let risk = check.choice(.risk, Risk.self, default: nil)
            let mappa = check.mappa()
            let location = check.choice(.location, Location.self, default: nil)
            let domesticAbuse = check.yesNo(.domesticAbuse)
            let allocatedOn = check.day(.allocatedOn)
            let referredOn = check.day(.referredOn)
            let releaseOn = check.day(.releaseOn)
            let endsOn = check.day(.endsOn)
            let nextReviewOn = check.day(.nextReviewOn)
            let previous = OfficerID(row[.previousOfficerID])
            log.add(contentsOf: check.issues)
            guard check.issues.isEmpty, let risk, let mappa, let location, let domesticAbuse, let allocatedOn, let referredOn, let releaseOn,
                let endsOn, let nextReviewOn
            else { continue }
            cases.append(Case(
                id: id, officerID: officerID.isEmpty ? nil : officerID, team: team, risk: risk, mappa: mappa.value,
                location: location, domesticAbuse: domesticAbuse, allocatedOn: allocatedOn,
                previousOfficerID: previous.isEmpty ? nil : previous, referredOn: referredOn, releaseOn: releaseOn, endsOn: endsOn,
                nextReviewOn: nextReviewOn))
            if cases.count == chunk {
                emit(cases)
                cases.removeAll(keepingCapacity: true)
            }
        }
        if !cases.isEmpty { emit(cases) }
    }
}

extension IssueLog {
    mutating func add(contentsOf issues: [ImportIssue]) {
        for issue in issues { add(issue) }
    }
}
