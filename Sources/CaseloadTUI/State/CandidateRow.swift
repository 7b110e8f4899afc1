import CaseloadCore

/// One officer on the Suggest or Transfer list: ranked to take the case, or excluded by a rule.
enum CandidateRow: Sendable {
    case candidate(Candidate)
    case excluded(Exclusion)

    var officer: Officer {
        switch self {
        case .candidate(let candidate): candidate.officer
        case .excluded(let exclusion): exclusion.officer
        }
    }
}

extension DashboardData {
    /// The case and its rows: every officer who may take it, best first, then every officer who may not; worked out
    /// once for each case opened.
    func candidateRows(for caseID: CaseID) -> (offender: Case, rows: [CandidateRow])? {
        suggestRows.value(for: caseID) {
            guard let offender = force.cases.first(where: { $0.id == caseID }) else { return nil }
            let suggestion = advisor.suggest(for: offender)
            return (offender, suggestion.candidates.map(CandidateRow.candidate) + suggestion.excluded.map(CandidateRow.excluded))
        }
    }

    /// Each row's officer name and id, for search.
    func candidateSearchTexts(for caseID: CaseID) -> [String] {
        (candidateRows(for: caseID)?.rows ?? []).map { $0.officer.name + " " + $0.officer.id.text }
    }
}
