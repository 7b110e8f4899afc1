import CaseloadCore

/// The monthly view as a Markdown report a supervisor can paste: limits, the summary in words, a table per team, the flags.
public enum MonthlyMarkdown {
    public static func render(_ view: MonthlyView) -> String {
        let figures = view.figures
        var lines = ["# Offender manager caseloads: \(view.month)", ""]
        if view.isDemo { lines += ["> **\(MonthlyView.demoNotice)**", ""] }
        lines.append("Figures as of \(view.asOf). " + figures.limits.sentence + ".")
        lines.append("")
        lines += view.summarySentences.map { "- " + $0 }
        let byTeam = view.officerRowsByTeam
        for team in figures.teams {
            lines += ["", "## \(cell(team.team))", ""]
            lines.append("\(team.officers) officers, \(formatCount(team.cases)) cases, average \(formatDecimal(team.averageCases)); \(formatDecimal(team.highRiskPercent))% high risk.")
            lines += ["", "| Officer | Name | Cases | Limit | High risk | Community | L2 | L3 | Change | High-risk change | Flags |", "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|"]
            for row in byTeam[team.team] ?? [] {
                let officer = row.figures.officer
                let workload = row.figures.workload
                var name = cell(officer.name)
                if officer.approvedPremises { name += " (AP)" }
                if officer.status == .leave { name += " (leave)" }
                let cases = "\(workload.cases)\(MonthlyHTML.mark(row.figures.caseStanding))"
                let share = "\(formatDecimal(row.figures.highRiskPercent))%\(MonthlyHTML.mark(row.figures.highRiskStanding))"
                lines.append("| \(cell(officer.id.text)) | \(name) | \(cases) | \(row.figures.caseLimit) | \(share) | \(workload.community) | \(workload.level2) | \(workload.level3) | \(change(row.changeCases)) | \(points(view.changeHighRiskPercent[officer.id])) | \(row.figures.flags.map(\.words).joined(separator: "; ")) |")
            }
        }
        let flagged = view.officerRows.filter { !$0.figures.flags.isEmpty && $0.figures.flags.contains(where: \.isBreach) }
        lines += ["", "## Flags", ""]
        if flagged.isEmpty {
            lines.append("No officer is over a limit, and every MAPPA level 2 and 3 case is with a trained officer.")
        } else {
            for row in flagged {
                let officer = row.figures.officer
                lines.append("- **\(cell(officer.id.text))** \(cell(officer.name)) (\(cell(officer.team))): \(row.figures.breachWords).")
            }
        }
        if let section = view.availability {
            lines += ["", "## Availability and training"]
            for part in section.parts {
                lines += ["", "### \(cell(part.title))", ""] + part.items.map { "- " + cell($0) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A change in a share, in percentage points with its sign: "+1.5", "-2.0", "0.0"; "–" when unknown.
    static func points(_ value: Double?) -> String {
        guard let value else { return "–" }
        let text = formatDecimal(value)
        return value > 0 && text != "0.0" ? "+" + text : text
    }

    static func change(_ value: Int?) -> String {
        guard let value else { return "–" }
        return value > 0 ? "+\(value)" : String(value)
    }

    /// Text safe inside a Markdown table: escaped for display, pipes and markup characters escaped.
    static func cell(_ text: String) -> String {
        var result = ""
        for character in text.escapedForDisplay {
            if "|*_`[]<>#\\".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
