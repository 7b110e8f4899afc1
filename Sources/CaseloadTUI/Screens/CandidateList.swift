import CaseloadCore

/// The ranked officers for one case and those who may not take it: the list Suggest and Transfer share.
enum CandidateList {
    /// "48 → 49 cases, 16.7% → 18.4% high risk", or "48→49, 16.7→18.4%" where the screen is narrow.
    static func effect(_ candidate: Candidate, compact: Bool) -> String {
        guard compact else { return candidate.effect }
        return "\(candidate.casesBefore)→\(candidate.casesAfter), \(formatDecimal(candidate.highRiskPercentBefore))→\(formatDecimal(candidate.highRiskPercentAfter))%"
    }

    /// The effect of giving the case to an officer, whether or not a rule allows it: "41 → 42 cases, 9.8% → 9.5% high risk".
    static func effectOfTaking(_ offender: Case, _ officerID: OfficerID, _ data: DashboardData) -> String? {
        guard let position = data.advisor.position(of: officerID) else { return nil }
        return data.advisor.candidate(offender, position).effect
    }

    /// A case leaving an officer: "46 → 45 cases, 17.4% → 15.6% high risk".
    static func effectOfLosing(_ offender: Case, from officerID: OfficerID, _ data: DashboardData) -> String {
        guard let position = data.advisor.position(of: officerID) else { return "" }
        let before = data.advisor.workloads[position]
        var after = before
        after.remove(offender)
        let limits = data.limits
        return "\(before.cases) → \(after.cases) cases, \(formatDecimal(limits.highRiskPercent(of: before)))% → \(formatDecimal(limits.highRiskPercent(of: after)))% high risk"
    }

    static func columns(compact: Bool) -> [TableColumn] {
        [
            TableColumn(heading: "#", width: 3, priority: 0), TableColumn(heading: "OFFICER", width: 7, priority: 0),
            TableColumn(heading: "NAME", width: 12, priority: 2, flexible: true, maximum: compact ? 14 : 20),
            TableColumn(heading: "SCORE", width: 5, priority: 4, alignRight: true),
            TableColumn(heading: "EFFECT", width: compact ? 18 : 40, priority: 3),
            TableColumn(heading: "WHY", width: 20, priority: 1, flexible: true),
        ]
    }

    /// Draws the rows; a row below the line names the rules in the room the effect and why share.
    static func draw(_ canvas: inout Canvas, _ state: AppState, _ rows: [CandidateRow]) {
        let compact = canvas.width < 120
        let columns = columns(compact: compact)
        let layout = TableLayout.fit(columns, width: canvas.width - 1)
        Chrome.drawHeadings(&canvas, layout, columns.map(\.heading))
        let effectStart = 1 + layout.shown.prefix { $0.index < 4 }.reduce(0) { $0 + $1.width + 1 }
        Chrome.drawList(&canvas, state, count: rows.count) { canvas, index, row in
            switch rows[index] {
            case .candidate(let candidate):
                Chrome.drawCells(&canvas, layout, columns, [
                    (String(index + 1), .normal), (candidate.officer.id.text, .normal), (candidate.officer.name, .normal),
                    (String(candidate.score), .within), (effect(candidate, compact: compact), .normal),
                    (compact ? candidate.reasons.map(\.preference.shortWords).joined(separator: ", ") : candidate.reasons.map(\.detail).joined(separator: "; "), .muted),
                ], row: row)
            case .excluded(let exclusion):
                Chrome.drawCells(&canvas, layout, columns, [
                    ("–", .muted), (exclusion.officer.id.text, .muted), (exclusion.officer.name, .muted), ("", .muted), ("", .muted), ("", .muted),
                ], row: row)
                let why = compact ? exclusion.rules.map(\.shortWords).joined(separator: ", ") : exclusion.explanations.joined(separator: "; ")
                canvas.put("may not: " + why, row: row, column: effectStart, style: .over, limit: canvas.width - effectStart)
            }
        }
    }
}

/// A screen listing the officers for one case, Suggest or Transfer: its rows and their search text come from the
/// case's candidates.
protocol CandidateScreen: ScreenDefinition {
    var caseID: CaseID { get }
}

extension CandidateScreen {
    func count(_ state: AppState, _ data: DashboardData) -> Int {
        data.candidateRows(for: caseID)?.rows.count ?? 0
    }

    func searchTexts(_ state: AppState, _ data: DashboardData) -> [String] {
        data.candidateSearchTexts(for: caseID)
    }
}
