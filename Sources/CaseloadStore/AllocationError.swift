import CaseloadCore

/// Why an allocation or transfer was not made; nothing was written.
public enum AllocationError: Error, Equatable, CustomStringConvertible {
    case noSuchCase(CaseID)
    case noSuchOfficer(OfficerID)
    /// Someone else allocated the case first.
    case alreadyAllocated(caseID: CaseID, to: OfficerID, by: String?, at: String?)
    /// The case is no longer with the officer the caller saw holding it.
    case notWithOfficer(caseID: CaseID, expected: OfficerID, actual: OfficerID?)
    case alreadyWithOfficer(caseID: CaseID, officer: OfficerID)
    /// Giving the case would break these hard rules, and no override was given; each rule in words with figures.
    case refused(caseID: CaseID, officer: OfficerID, rules: [HardRule], explanations: [String])
    /// An override was asked for, but no hard rule stands in the way.
    case nothingToOverride(caseID: CaseID, officer: OfficerID)
    case overrideNeedsReason(caseID: CaseID)
    /// Reason `other` says nothing by itself: it needs a note.
    case otherNeedsNote(caseID: CaseID)
    /// The case is already covered by a colleague on that day.
    case alreadyCovered(caseID: CaseID, by: OfficerID)
    /// `cover --end` for an officer none of whose cases is under cover.
    case nothingCovered(officer: OfficerID)

    public var description: String {
        switch self {
        case .noSuchCase(let id):
            "there is no case \(id.quotedForMessage())"
        case .noSuchOfficer(let id):
            "there is no officer \(id.quotedForMessage())"
        case .alreadyAllocated(let caseID, let to, let by, let at):
            "\(caseID.escapedForDisplay) has already been allocated to \(to.escapedForDisplay)"
                + (by.map { " by \($0.escapedForDisplay)" } ?? "") + (at.map { " at \($0)" } ?? "")
                + "; nothing was changed. To move it, use caseload transfer."
        case .notWithOfficer(let caseID, let expected, let actual):
            "\(caseID.escapedForDisplay) is no longer with \(expected.escapedForDisplay): it is "
                + (actual.map { "with \($0.escapedForDisplay)" } ?? "unallocated") + "; nothing was changed"
        case .alreadyWithOfficer(let caseID, let officer):
            "\(caseID.escapedForDisplay) is already with \(officer.escapedForDisplay)"
        case .refused(let caseID, let officer, _, let explanations):
            "\(officer.escapedForDisplay) may not take \(caseID.escapedForDisplay): "
                + explanations.joined(separator: "; ")
                + ". To allocate anyway, add --override with a --reason from the list."
        case .nothingToOverride(let caseID, let officer):
            "nothing to override: no rule stops \(officer.escapedForDisplay) taking \(caseID.escapedForDisplay); "
                + "leave out --override, and nothing was changed"
        case .otherNeedsNote(let caseID):
            "reason other for \(caseID.escapedForDisplay) needs a --note saying what the reason is; nothing was changed"
        case .alreadyCovered(let caseID, let colleague):
            "\(caseID.escapedForDisplay) is already covered by \(colleague.escapedForDisplay); nothing was changed"
        case .nothingCovered(let officer):
            "none of \(officer.escapedForDisplay)'s cases is under cover today; nothing was changed"
        case .overrideNeedsReason(let caseID):
            "overriding a rule for \(caseID.escapedForDisplay) needs a --reason: "
                + AllocationReason.allCases.map(\.rawValue).joined(separator: ", ")
        }
    }
}

extension AllocationError {
    /// What stands in the way, without the advice meant for one allocation typed by hand (`--override`, `transfer`):
    /// for a plan that the force has moved under.
    public var withoutAdvice: String {
        switch self {
        case .refused(let caseID, let officer, _, let explanations):
            "\(officer.escapedForDisplay) may not take \(caseID.escapedForDisplay) now: " + explanations.joined(separator: "; ")
        case .alreadyAllocated(let caseID, let to, let by, let at):
            "\(caseID.escapedForDisplay) has already been allocated to \(to.escapedForDisplay)"
                + (by.map { " by \($0.escapedForDisplay)" } ?? "") + (at.map { " at \($0)" } ?? "")
        default:
            description
        }
    }
}
