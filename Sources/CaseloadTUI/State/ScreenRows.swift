import CaseloadCore

/// The rows a screen lists, for counting, searching and opening; the renderer draws the same rows.
public enum ScreenRows {
    /// One candidate officer or one excluded officer on the Suggest screen.
    public enum SuggestRow: Sendable {
        case candidate(Candidate)
        case excluded(Exclusion)
    }

    public static func officerRows(_ data: DashboardData, _ state: AppState) -> [Int] {
        OfficerRows.rows(data, state.officerList)
    }

    public static func suggestRows(_ data: DashboardData, caseID: String) -> (item: Case, rows: [SuggestRow])? {
        data.suggestRows.value(for: caseID) {
            guard let item = data.force.cases.first(where: { $0.id == caseID }) else { return nil }
            let suggestion = data.advisor.suggest(for: item)
            return (item, suggestion.candidates.map(SuggestRow.candidate) + suggestion.excluded.map(SuggestRow.excluded))
        }
    }

    /// The text each row is searched by, in row order.
    public static func searchTexts(_ screen: Screen, _ data: DashboardData, _ state: AppState) -> [String] {
        switch screen {
        case .officers:
            return officerRows(data, state).map { data.figures.officers[$0].officer.name + " " + data.figures.officers[$0].officer.id }
        case .officer(let id):
            return data.cases(of: id).map(\.id)
        case .queue:
            return data.queue.map { $0.id + " " + $0.team }
        case .suggest(let caseID):
            return (suggestRows(data, caseID: caseID)?.rows ?? []).map { row in
                switch row {
                case .candidate(let candidate): candidate.officer.name + " " + candidate.officer.id
                case .excluded(let exclusion): exclusion.officer.name + " " + exclusion.officer.id
                }
            }
        case .monthly:
            return data.monthly.officerRows.map { $0.figures.officer.name + " " + $0.figures.officer.id }
        case .help:
            return KeyTable.bindings.map { $0.label + " " + $0.help }
        }
    }

    public static func count(_ screen: Screen, _ data: DashboardData, _ state: AppState) -> Int {
        switch screen {
        case .officers: officerRows(data, state).count
        case .officer(let id): data.cases(of: id).count
        case .queue: data.queue.count
        case .suggest(let caseID): suggestRows(data, caseID: caseID)?.rows.count ?? 0
        case .monthly: data.monthly.officerRows.count
        case .help: KeyTable.bindings.count
        }
    }
}
