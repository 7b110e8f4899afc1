import CaseloadCore

/// The home screen: one row per officer against the limits, with the force figures above.
enum OfficersScreen {
    static func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData, _ theme: Theme) {
        let force = data.figures.force
        let untrained = data.figures.officers.count { $0.has(.untrainedL2L3) }
        canvas.put(
            " Officers \(formatCount(force.officers)) · Cases \(formatCount(force.cases)) · Queue \(force.unallocated) · Avg \(formatDecimal(force.averageCases)) · Over caseload \(force.officersOverCases) · Over high risk \(force.officersOverHighRisk) (AP \(force.apOfficersOverHighRisk)) · Untrained L2/3 \(untrained)",
            row: 1, column: 0, style: .header)
        let settings = state.officerList
        var status = ["team: \(settings.team ?? "all")"]
        if settings.flaggedOnly { status.append("flagged only") }
        if !settings.filterText.isEmpty { status.append("filter: “\(settings.filterText)”") }
        canvas.put(" " + status.joined(separator: " · "), row: 2, column: 0, style: .muted)

        let layout = OfficerColumnKind.layout(width: canvas.width)
        let widths = layout.columns.map { $0 == .name ? layout.nameWidth : $0.width }
        Chrome.drawHeader(&canvas, zip(layout.columns, widths).map { column, width in
            let arrow = column == settings.sortColumn ? (settings.descending ? "▼" : "▲") : ""
            return ("\(column.rawValue) \(column.heading)\(arrow)", width)
        })
        let rows = OfficerRows.rows(data, settings)
        Chrome.drawList(&canvas, state, count: rows.count) { canvas, index, row in
            let position = rows[index]
            let officer = data.figures.officers[position]
            var x = 1
            for (column, width) in zip(layout.columns, widths) {
                drawCell(
                    &canvas, column, officer, recent: data.recentAllocations(position), limitPercent: data.limits.maxHighRiskPercent,
                    row: row, column: x, width: width, theme: theme)
                x += width + 1
            }
        }
    }

    static func drawCell(
        _ canvas: inout Canvas, _ kind: OfficerColumnKind, _ officer: OfficerFigures, recent: Int, limitPercent: Double, row: Int,
        column: Int, width: Int, theme: Theme
    ) {
        let muted = !officer.officer.isActive
        switch kind {
        case .name:
            canvas.put(officer.officer.name, row: row, column: column, style: muted ? .muted : .normal, limit: width)
        case .team:
            canvas.put(officer.officer.team, row: row, column: column, limit: width)
        case .cases:
            let text = "\(officer.cases)/\(officer.caseLimit)\(Theme.mark(officer.caseStanding))"
            canvas.put(text.padded(toWidth: 7, alignRight: true), row: row, column: column, style: Style(standing: officer.caseStanding))
            let fraction = officer.caseLimit == 0 ? 1 : Double(officer.cases) / Double(officer.caseLimit)
            Bar.draw(&canvas, row: row, column: column + 8, width: width - 8, fraction: fraction, standing: officer.caseStanding, theme: theme)
        case .highRisk:
            let text = formatDecimal(officer.highRiskPercent) + "%" + Theme.mark(officer.highRiskStanding)
            canvas.put(text.padded(toWidth: 6, alignRight: true), row: row, column: column, style: Style(standing: officer.highRiskStanding))
            Bar.draw(&canvas, row: row, column: column + 7, width: width - 7, fraction: officer.highRiskPercent / limitPercent, standing: officer.highRiskStanding, theme: theme)
        case .mix:
            let w = officer.workload
            canvas.put("\(w.low)/\(w.medium)/\(w.high)/\(w.veryHigh)", row: row, column: column, limit: width)
        case .mosovo:
            canvas.put(officer.officer.mosovo.rawValue, row: row, column: column, style: officer.officer.mosovo == .trained ? .normal : .near, limit: width)
        case .badges:
            var badges: [String] = []
            if officer.officer.approvedPremises { badges.append("AP") }
            if officer.officer.daSpecialist { badges.append("DA") }
            if officer.officer.status == .leave { badges.append("LV") }
            if officer.officer.fte.isPartTime { badges.append("PT") }
            canvas.put(badges.joined(separator: " "), row: row, column: column, limit: width)
        case .flags:
            let words = officer.flags.map(shortWord)
            canvas.put(words.joined(separator: " "), row: row, column: column, style: officer.flags.contains(where: \.isBreach) ? .over : .near, limit: width)
        case .recent:
            canvas.put(String(recent).padded(toWidth: width, alignRight: true), row: row, column: column)
        }
    }

    static func shortWord(_ flag: Flag) -> String {
        switch flag {
        case .overCases: "cases!"
        case .nearCases: "cases~"
        case .overHighRisk: "risk!"
        case .nearHighRisk: "risk~"
        case .untrainedL2L3: "untrained!"
        }
    }

    /// The column under a screen column on the header row, for a click to sort by.
    static func column(at x: Int, width: Int) -> OfficerColumnKind? {
        let layout = OfficerColumnKind.layout(width: width)
        var start = 1
        for column in layout.columns {
            let columnWidth = column == .name ? layout.nameWidth : column.width
            if x >= start && x < start + columnWidth { return column }
            start += columnWidth + 1
        }
        return nil
    }
}
