import CaseloadCore

/// Why an absence or reduction was not recorded; nothing was written.
public enum AvailabilityError: Error, Equatable, CustomStringConvertible {
    case noSuchOfficer(OfficerID)
    case endsBeforeItStarts(from: Day, to: Day)
    case overlapsAbsence(officer: OfficerID, from: Day, to: Day?)
    /// With the reductions already in force on `day`, this one would take away all of the officer's capacity.
    case reductionsReachWhole(officer: OfficerID, day: Day, existing: [AvailabilityEntry])

    public var description: String {
        switch self {
        case .noSuchOfficer(let id): "there is no officer \(id.quotedForMessage())"
        case .endsBeforeItStarts(let from, let to): "--to \(to) is before --from \(from); the last day comes on or after the first"
        case .overlapsAbsence(let officer, let from, let to):
            "\(officer.escapedForDisplay) already has an absence from \(from)" + (to.map { " to \($0)" } ?? ", open-ended,") + " that shares days with it; nothing was recorded"
        case .reductionsReachWhole(let officer, let day, let existing):
            "on \(day) \(officer.escapedForDisplay) already has "
                + existing.map { "a reduction of \(formatFixedPoint($0.fractionMillionths ?? 0, places: 6)) (\($0.reason.escapedForDisplay))" }
                    .joined(separator: " and ")
                + "; with this one their capacity would be gone. Reductions in force together stay below 1: for an officer who is not "
                + "working, record an absence instead. Nothing was recorded"
        }
    }
}

extension AvailabilityEntry {
    /// Throws when the entry ends before it starts.
    public func checkOrder() throws(AvailabilityError) {
        if let to, to < from { throw AvailabilityError.endsBeforeItStarts(from: from, to: to) }
    }

    /// Throws when this is an absence that shares a day with another of the same officer's already in force, or a
    /// reduction that, with those in force on some day it covers, would take away the officer's whole capacity.
    public func checkClash(with inForce: [AvailabilityEntry]) throws(AvailabilityError) {
        let mine = inForce.filter { $0.officerID == officerID && $0.kind == kind && $0.overlaps(self) }
        switch kind {
        case .absence:
            if let clash = mine.first { throw AvailabilityError.overlapsAbsence(officer: officerID, from: clash.from, to: clash.to) }
        case .reduction:
            for day in [from] + mine.map(\.from).filter({ $0 > from && covers($0) }) {
                let existing = mine.filter { $0.covers(day) }
                let total = existing.reduce(fractionMillionths ?? 0) { $0 + ($1.fractionMillionths ?? 0) }
                if total >= 1_000_000 { throw AvailabilityError.reductionsReachWhole(officer: officerID, day: day, existing: existing) }
            }
        }
    }
}
