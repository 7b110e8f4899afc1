import CaseloadCore

/// The monthly view as one self-contained, well-formed XHTML file: summary, charts as inline SVG, tables, flags.
///
/// No scripts, fonts or images are fetched. Each chart has a title, a description and a `<title>` on
/// every bar for screen readers, and the marks `!` (over) and `~` (near) so the meaning survives without colour.
public enum MonthlyHTML {
    public static func render(_ view: MonthlyView) -> String {
        let figures = view.figures
        var html = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>Offender manager caseloads: \(view.month)</title>
            <style>\(style)</style>
            </head>
            <body>
            <h1>Offender manager caseloads: \(view.month)</h1>
            \(view.isDemo ? "<p class=\"demo\"><strong>\(xml(MonthlyView.demoNotice))</strong></p>" : "")
            <p class="asof">Figures as of \(view.asOf). \(xml(figures.limits.sentence)).</p>
            <ul class="summary">\n
            """
        html += view.summarySentences.map { "<li>\(xml($0))</li>\n" }.joined()
        html += "</ul>\n"
        html += legend
        html += "<h2>Caseload against the limit</h2>\n" + casesChart(view)
        html += "<h2>High-risk share against \(formatFixedPoint(figures.limits.maxHighRiskHundredths, places: 2))%</h2>\n" + highRiskChart(view)
        html += "<h2>The force over the last \(view.trend.count) month\(view.trend.count == 1 ? "" : "s")</h2>\n" + trendChart(view)
        html += teamTables(view)
        html += flagList(view)
        html += availabilityList(view)
        html += "</body>\n</html>\n"
        return html
    }

    static let style = """
        body{font-family:system-ui,sans-serif;margin:2em auto;max-width:62em;color:#1b1b1b;padding:0 1em}
        h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em}
        .asof{color:#555}table{border-collapse:collapse;margin:0.5em 0}
        th,td{padding:0.2em 0.6em;border-bottom:1px solid #ddd;text-align:left}td.n,th.n{text-align:right}
        .over{fill:#b3261e;color:#b3261e}.near{fill:#c77700;color:#8a5300}.within{fill:#2e7d32;color:#2e7d32}
        .muted{fill:#9e9e9e;color:#6b6b6b}.limit{stroke:#1b1b1b;stroke-width:2}
        .axis{stroke:#bbb}.label{font-size:11px;fill:#1b1b1b}.value{font-size:11px;fill:#1b1b1b}
        .line{fill:none;stroke:#1f4e79;stroke-width:2}.dot{fill:#1f4e79}.overbar{fill:#b3261e;opacity:0.55}
        .legend span{display:inline-block;margin-right:1.5em}.swatch{display:inline-block;width:0.9em;height:0.9em;margin-right:0.3em;vertical-align:middle}
        .swatch.over{background:#b3261e}.swatch.near{background:#c77700}.swatch.within{background:#2e7d32}.swatch.muted{background:#9e9e9e}
        """

    static let legend = """
        <p class="legend" aria-label="Legend"><span><span class="swatch over"></span>! over a limit</span><span><span class="swatch near"></span>~ near a limit (90% or more)</span><span><span class="swatch within"></span>within the limit</span><span><span class="swatch muted"></span>on leave</span></p>\n
        """

    static let rowHeight = 18
    static let labelWidth = 190
    static let barWidth = 420

    /// One bar per officer: cases against their own (pro-rata) limit, marked with a tick.
    static func casesChart(_ view: MonthlyView) -> String {
        let officers = view.figures.officers
        let scale = Double(max(officers.map(\.cases).max() ?? 0, officers.map(\.caseLimit).max() ?? 0, 1)) * 1.1
        var rows = ""
        for (index, officer) in officers.enumerated() {
            let y = rowTop(index)
            let width = Int(Double(officer.cases) / scale * Double(barWidth))
            let limitX = labelWidth + Int(Double(officer.caseLimit) / scale * Double(barWidth))
            rows += barRow(
                index: index, officer: officer, chart: "cases-bar", standing: officer.caseStanding, width: width,
                title: "\(label(officer)): \(officer.cases) of \(officer.caseLimit) cases\(mark(officer.caseStanding))",
                value: "\(officer.cases)/\(officer.caseLimit)\(mark(officer.caseStanding))", valueX: max(labelWidth + width, limitX),
                marker: "<line class=\"limit\" x1=\"\(limitX)\" x2=\"\(limitX)\" y1=\"\(y)\" y2=\"\(y + rowHeight - 1)\"/>")
        }
        let height = 32 + officers.count * rowHeight
        return figure(
            id: "cases", height: height,
            title: "Cases held by each officer against their caseload limit",
            description: "One bar per officer; the black tick is the officer's limit (\(view.figures.limits.maxCases), pro rata by FTE). \(view.figures.force.officersOverCases) over, \(view.figures.officers.count { $0.caseStanding == .near }) near.",
            body: rows)
    }

    /// One bar per officer: high-risk share, with the limit as a line across the chart.
    static func highRiskChart(_ view: MonthlyView) -> String {
        let officers = view.figures.officers
        let limit = view.figures.limits.maxHighRiskPercent
        let scale = max(officers.map(\.highRiskPercent).max() ?? 0, limit) * 1.25
        let limitX = labelWidth + Int(limit / scale * Double(barWidth))
        var rows = ""
        for (index, officer) in officers.enumerated() {
            let width = Int(officer.highRiskPercent / scale * Double(barWidth))
            let value = formatDecimal(officer.highRiskPercent) + "%" + mark(officer.highRiskStanding)
            rows += barRow(
                index: index, officer: officer, chart: "risk-bar", standing: officer.highRiskStanding, width: width,
                title: "\(label(officer)): \(officer.highRisk) of \(officer.cases) cases high risk, \(value)",
                value: value, valueX: max(labelWidth + width, limitX))
        }
        let height = 32 + officers.count * rowHeight
        rows += "<line class=\"limit\" x1=\"\(limitX)\" x2=\"\(limitX)\" y1=\"16\" y2=\"\(height - 8)\"/>"
        rows += "<text class=\"value\" x=\"\(limitX + 4)\" y=\"12\">\(formatDecimal(limit))% limit</text>\n"
        return figure(
            id: "risk", height: height,
            title: "Share of each officer's cases that are high risk, against the \(formatDecimal(limit))% limit",
            description: "One bar per officer; the black line is the limit. \(view.figures.force.officersOverHighRisk) over, \(view.figures.force.apOfficersOverHighRisk) of them running an Approved Premises.",
            body: rows)
    }

    /// The top of an officer's row in the bar charts.
    static func rowTop(_ index: Int) -> Int { 24 + index * rowHeight }

    /// One officer's row of a bar chart: the label, the bar with its text alternative, an optional marker, the value.
    static func barRow(
        index: Int, officer: OfficerFigures, chart: String, standing: Standing, width: Int, title: String, value: String,
        valueX: Int, marker: String = ""
    ) -> String {
        let y = rowTop(index)
        let style = officer.officer.isActive ? standing.rawValue : "muted"
        return """
            <text class="label" x="\(labelWidth - 6)" y="\(y + 12)" text-anchor="end">\(xml(label(officer)))</text>\
            <rect class="bar \(chart) \(style)" x="\(labelWidth)" y="\(y + 2)" width="\(width)" height="\(rowHeight - 5)"><title>\(xml(title))</title></rect>\
            \(marker)<text class="value" x="\(valueX + 5)" y="\(y + 12)">\(xml(value))</text>\n
            """
    }

    /// Average caseload as a line and officers over a limit as bars, month by month.
    static func trendChart(_ view: MonthlyView) -> String {
        let points = view.trend
        let width = labelWidth + barWidth
        let height = 220
        let top = 20
        let bottom = height - 40
        let maxAverage = max(points.map(\.force.averageCases).max() ?? 0, Double(view.figures.limits.maxCases)) * 1.1
        let maxOver = max(points.map { $0.force.officersOverCases + $0.force.officersOverHighRisk }.max() ?? 0, 1)
        let step = Double(width - 80) / Double(max(points.count, 1))
        let limitY = bottom - Int(Double(view.figures.limits.maxCases) / maxAverage * Double(bottom - top))
        var body = "<line class=\"axis\" x1=\"60\" x2=\"\(width - 10)\" y1=\"\(bottom)\" y2=\"\(bottom)\"/>\n"
        body += "<line class=\"limit\" stroke-dasharray=\"4 4\" x1=\"60\" x2=\"\(width - 10)\" y1=\"\(limitY)\" y2=\"\(limitY)\"/>"
        body += "<text class=\"label\" x=\"56\" y=\"\(limitY + 4)\" text-anchor=\"end\">limit \(view.figures.limits.maxCases)</text>\n"
        var coordinates: [String] = []
        for (index, point) in points.enumerated() {
            let x = 60 + Int(step * (Double(index) + 0.5))
            let over = point.force.officersOverCases + point.force.officersOverHighRisk
            let barHeight = Int(Double(over) / Double(maxOver) * Double(bottom - top) * 0.5)
            let y = bottom - Int(point.force.averageCases / maxAverage * Double(bottom - top))
            coordinates.append("\(x),\(y)")
            let valueY = Self.averageLabelY(dot: y, limit: limitY)
            body += """
                <rect class="overbar" x="\(x - 8)" y="\(bottom - barHeight)" width="16" height="\(barHeight)"><title>\(point.month): \(point.force.officersOverCases) over the caseload limit, \(point.force.officersOverHighRisk) over the high-risk limit</title></rect>\
                <circle class="dot" cx="\(x)" cy="\(y)" r="3"><title>\(point.month): average \(formatDecimal(point.force.averageCases)) cases</title></circle>\
                <text class="label" x="\(x)" y="\(bottom + 14)" text-anchor="middle">\(point.month.description.suffix(2))</text>\
                <text class="value" x="\(x)" y="\(bottom - barHeight - 3)" text-anchor="middle">\(over)</text>\
                <text class="value" x="\(x)" y="\(valueY)" text-anchor="middle">\(formatDecimal(point.force.averageCases))</text>\n
                """
        }
        if coordinates.count > 1 { body += "<polyline class=\"line\" points=\"\(coordinates.joined(separator: " "))\"/>\n" }
        body += "<text class=\"label\" x=\"60\" y=\"\(bottom + 30)\">months \(points.first.map { "\($0.month)" } ?? "") to \(view.month); line: average cases per active officer; bars: officers over a limit</text>\n"
        let description = points.map { "\($0.month): average \(formatDecimal($0.force.averageCases)), \($0.force.officersOverCases) over caseload, \($0.force.officersOverHighRisk) over high risk" }.joined(separator: "; ")
        return figure(id: "trend", height: height, title: "Average caseload and officers over a limit, month by month", description: description, body: body)
    }

    /// A team's next weeks: its cases at the current rates of referrals and endings, week by week, against its
    /// capacity (the limits of its available officers), drawn as the trend chart draws the average against the limit.
    static func aheadChart(_ team: TeamAhead, _ ahead: Ahead) -> String {
        let width = labelWidth + barWidth
        let height = 150
        let (top, bottom) = (16, 110)
        let weeks = Array(0...ahead.weeks)
        let values = weeks.map(team.forecast(week:))
        let highest = max(values.max() ?? 0, Double(team.capacity)) * 1.1
        let lowest = min(values.min() ?? 0, Double(team.capacity)) * 0.9
        let span = max(highest - lowest, 1)
        let step = Double(width - 80) / Double(weeks.count)
        func y(_ value: Double) -> Int { bottom - Int((value - lowest) / span * Double(bottom - top)) }
        let capacityY = y(Double(team.capacity))
        var body = "<line class=\"axis\" x1=\"60\" x2=\"\(width - 10)\" y1=\"\(bottom)\" y2=\"\(bottom)\"/>\n"
        body += "<line class=\"limit\" stroke-dasharray=\"4 4\" x1=\"60\" x2=\"\(width - 10)\" y1=\"\(capacityY)\" y2=\"\(capacityY)\"/>"
        body += "<text class=\"label\" x=\"\(width - 10)\" y=\"\(capacityY + 14)\" text-anchor=\"end\">capacity \(team.capacity)</text>\n"
        var coordinates: [String] = []
        for (index, week) in weeks.enumerated() {
            let x = 60 + Int(step * (Double(index) + 0.5))
            let value = values[index]
            let over = value > Double(team.capacity)
            coordinates.append("\(x),\(y(value))")
            body += "<circle class=\"\(over ? "over" : "dot")\" cx=\"\(x)\" cy=\"\(y(value))\" r=\"3\"><title>week \(week): \(formatDecimal(value)) cases\(over ? ", over capacity" : "")</title></circle>"
            if week % 4 == 0 {
                body += "<text class=\"label\" x=\"\(x)\" y=\"\(bottom + 14)\" text-anchor=\"middle\">+\(week)w</text>"
                body += "<text class=\"value\" x=\"\(x)\" y=\"\(y(value) - 6)\" text-anchor=\"middle\">\(Int(value.rounded()))</text>"
            }
            body += "\n"
        }
        body += "<polyline class=\"line\" points=\"\(coordinates.joined(separator: " "))\"/>\n"
        let words = AheadReport(ahead).sentence(team)
        body += "<text class=\"label\" x=\"60\" y=\"\(bottom + 30)\">weeks from \(ahead.asOf); line: cases at \(formatDecimal(team.referralsPerWeek)) referrals and \(formatDecimal(team.endingsPerWeek)) endings a week</text>\n"
        return "<h3>\(xml(team.team)): the next \(ahead.weeks) weeks</h3>\n"
            + figure(id: "ahead-" + String(team.team.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.prefix(40)), height: height,
                title: "\(team.team): cases against capacity over the next \(ahead.weeks) weeks", description: words, body: body)
    }

    /// Where a month's average goes: above its dot, unless the text (about 10 units tall above its baseline, and 3
    /// below it) would touch the limit line, then below the dot.
    public static func averageLabelY(dot: Int, limit: Int) -> Int {
        let above = dot - 6
        return (above - 11...above + 4).contains(limit) ? dot + 14 : above
    }

    static func figure(id: String, height: Int, title: String, description: String, body: String) -> String {
        """
        <figure>
        <svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="\(id)-title \(id)-desc" width="\(labelWidth + barWidth + 80)" height="\(height)" viewBox="0 0 \(labelWidth + barWidth + 80) \(height)">
        <title id="\(id)-title">\(xml(title))</title>
        <desc id="\(id)-desc">\(xml(description))</desc>
        \(body)</svg>
        </figure>\n
        """
    }

    static func teamTables(_ view: MonthlyView) -> String {
        var html = ""
        let byTeam = view.officerRowsByTeam
        for team in view.figures.teams {
            html += "<h2>\(xml(team.team))</h2>\n<p>\(team.officers) officers, \(formatCount(team.cases)) cases, average \(formatDecimal(team.averageCases)); \(formatDecimal(team.highRiskPercent))% high risk; \(team.officersOverCases) over the caseload limit, \(team.officersOverHighRisk) over the high-risk limit.</p>\n"
            if let forecast = view.ahead?.teams.first(where: { $0.team == team.team }), let ahead = view.ahead {
                html += aheadChart(forecast, ahead)
            }
            html += "<table>\n<thead><tr><th>Officer</th><th>Name</th><th class=\"n\">Cases</th><th class=\"n\">Limit</th><th class=\"n\">High risk</th><th class=\"n\">Community</th><th class=\"n\">L2</th><th class=\"n\">L3</th><th class=\"n\">Change</th><th class=\"n\">High-risk change</th><th>Flags</th></tr></thead>\n<tbody>\n"
            for row in byTeam[team.team] ?? [] {
                let officer = row.figures
                var name = xml(officer.officer.name)
                if officer.officer.approvedPremises { name += " (AP)" }
                if officer.officer.status == .leave { name += " (leave)" }
                let change = row.changeCases.map { $0 > 0 ? "+\($0)" : String($0) } ?? "–"
                html += "<tr><td>\(xml(officer.officer.id.text))</td><td>\(name)</td><td class=\"n \(officer.caseStanding.rawValue)\">\(officer.cases)\(mark(officer.caseStanding))</td><td class=\"n\">\(officer.caseLimit)</td><td class=\"n \(officer.highRiskStanding.rawValue)\">\(formatDecimal(officer.highRiskPercent))%\(xml(mark(officer.highRiskStanding)))</td><td class=\"n\">\(officer.workload.community)</td><td class=\"n\">\(officer.workload.level2)</td><td class=\"n\">\(officer.workload.level3)</td><td class=\"n\">\(change)</td><td class=\"n\">\(MonthlyMarkdown.points(view.changeHighRiskPercent[officer.officer.id]))</td><td>\(xml(officer.flags.map(\.words).joined(separator: "; ")))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        return html
    }

    static func flagList(_ view: MonthlyView) -> String {
        let flagged = view.officerRows.filter { $0.figures.flags.contains(where: \.isBreach) }
        var html = "<h2>Flags</h2>\n"
        guard !flagged.isEmpty else {
            return html + "<p>No officer is over a limit, and every MAPPA level 2 and 3 case is with a trained officer.</p>\n"
        }
        html += "<ul>\n"
        for row in flagged {
            let officer = row.figures.officer
            html += "<li><strong>\(xml(officer.id.text))</strong> \(xml(officer.name)) (\(xml(officer.team))): \(xml(row.figures.breachWords)).</li>\n"
        }
        return html + "</ul>\n"
    }

    static func availabilityList(_ view: MonthlyView) -> String {
        guard let section = view.availability else { return "" }
        var html = "<h2>Availability and training</h2>\n"
        for part in section.parts {
            html += "<h3>\(xml(part.title))</h3>\n<ul>\n" + part.items.map { "<li>\(xml($0))</li>\n" }.joined() + "</ul>\n"
        }
        return html
    }

    static func label(_ officer: OfficerFigures) -> String {
        officer.officer.name == officer.officer.id.text ? officer.officer.id.text : "\(officer.officer.name) (\(officer.officer.id))"
    }

    static func mark(_ standing: Standing) -> String {
        switch standing {
        case .over: " !"
        case .near: " ~"
        case .within: ""
        }
    }

    /// Whether the byte is one of the five that markup escapes; text with none of them is returned as it is,
    /// which most names and ids are.
    private static func isMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    /// Text safe in XHTML: control characters shown escaped (XML forbids them even as references), markup escaped.
    static func xml(_ text: String) -> String {
        let shown = text.escapedForDisplay
        guard shown.utf8.contains(where: isMarkup) else { return shown }
        var result = ""
        for character in shown {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
