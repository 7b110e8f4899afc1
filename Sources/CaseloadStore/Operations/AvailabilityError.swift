import CaseloadCore

/// Why an absence or reduction was not recorded; nothing was written.
public enum AvailabilityError: Error, Equatable, CustomStringConvertible {
    case noSuchOfficer(String)
    case endsBeforeItStarts(from: Day, to: Day)
    case overlapsAbsence(officer: String, from: Day, to: Day?)

    public var description: String {
        switch self {
        case .noSuchOfficer(let id): "there is no officer \(id.quotedForMessage())"
        case .endsBeforeItStarts(let from, let to): "--to \(to) is before --from \(from); the last day comes on or after the first"
        case .overlapsAbsence(let officer, let from, let to):
            "\(officer.escapedForDisplay) already has an absence from \(from)" + (to.map { " to \($0)" } ?? ", open-ended,") + " that shares days with it; nothing was recorded"
        }
    }
}

extension AvailabilityEntry {
    /// The entry as a store records it, its officer's id in NFC; throws when it ends before it starts.
    public func readyToRecord() throws(AvailabilityError) -> AvailabilityEntry {
        if let to, to < from { throw AvailabilityError.endsBeforeItStarts(from: from, to: to) }
        var entry = self
        entry.officerID = officerID.precomposed
        return entry
    }

    /// Throws when this is an absence that shares a day with another of the same officer's already in force.
    public func checkClash(with inForce: [AvailabilityEntry]) throws(AvailabilityError) {
        guard kind == .absence, let clash = inForce.first(where: { $0.officerID == officerID && $0.kind == .absence && $0.overlaps(self) })
        else { return }
        throw AvailabilityError.overlapsAbsence(officer: officerID, from: clash.from, to: clash.to)
    }
}
