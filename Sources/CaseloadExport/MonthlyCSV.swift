import CaseloadCore

/// The monthly view as one CSV table for spreadsheets: a row per officer, then a row per team, then the force.
///
/// The `row` column says which kind each row is; columns that do not apply to a kind are empty. The
/// limits are on every row. It starts with a UTF-8 byte order mark, so that Excel reads names such as
/// "Zoë Ångström" correctly, and every text cell a spreadsheet would run as a formula is neutralised.
public enum MonthlyCSV {
    public static let columns = [
        "row", "month", "team", "officer_id", "name", "fte", "mosovo", "approved_premises", "officers", "cases",
        "case_limit", "high_risk", "high_risk_pct", "community", "custody", "approved_premises_cases", "hospital",
        "level2", "level3", "flags", "change_cases", "average_cases", "allocated", "unallocated", "community_pct",
        "officers_over_cases", "officers_over_high_risk", "ap_officers_over_high_risk", "l2_l3_cases",
        "l2_l3_with_trained_om_pct", "reduction", "available", "buddy_id", "mosovo_course_on", "officers_awaiting_mosovo",
        "awaiting_without_buddy", "cases_needing_cover", "notices_sent", "max_cases", "max_high_risk_pct", "near",
    ]

    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static func render(_ view: MonthlyView) -> [UInt8] {
        var writer = CSVWriter(audience: .spreadsheet)
        if view.isDemo { writer.writeRow([MonthlyView.demoNotice]) }
        writer.writeRow(columns)
        let month = view.month.description
        let limits = view.figures.limits
        let limitCells: [String: CSVCell] = [
            "max_cases": .number(String(limits.maxCases)),
            "max_high_risk_pct": .number(formatFixedPoint(limits.maxHighRiskHundredths, places: 2)),
            "near": .number(formatFixedPoint(limits.nearThousandths, places: 3)),
        ]
        func write(_ cells: [String: CSVCell]) {
            let merged = cells.merging(limitCells) { own, _ in own }
            writer.writeRow(columns.map { merged[$0] ?? .text("") })
        }
        for row in view.officerRows {
            let officer = row.figures.officer
            let workload = row.figures.workload
            write([
                "row": .text("officer"), "month": .text(month), "team": .text(officer.team), "officer_id": .text(officer.id),
                "name": .text(view.redacted ? "" : officer.name), "fte": .number(officer.fte.description),
                "mosovo": .text(officer.mosovo.rawValue), "approved_premises": .text(officer.approvedPremises ? "yes" : "no"),
                "cases": .number(String(workload.cases)), "case_limit": .number(String(row.figures.caseLimit)),
                "high_risk": .number(String(workload.highRisk)), "high_risk_pct": .number(formatDecimal(row.figures.highRiskPercent)),
                "community": .number(String(workload.community)), "custody": .number(String(workload.custody)),
                "approved_premises_cases": .number(String(workload.approvedPremises)), "hospital": .number(String(workload.hospital)),
                "level2": .number(String(workload.level2)), "level3": .number(String(workload.level3)),
                "flags": .text(row.figures.flags.map(\.rawValue).joined(separator: ";")),
                "change_cases": .number(row.changeCases.map { String($0) } ?? ""),
                "reduction": .number(formatFixedPoint(officer.reductionMillionths, places: 6)),
                "available": .text(officer.isActive ? "yes" : "no"), "buddy_id": .text(officer.buddyID ?? ""),
                "mosovo_course_on": .text(officer.mosovoCourseOn?.description ?? ""),
            ])
        }
        for team in view.figures.teams {
            write([
                "row": .text("team"), "month": .text(month), "team": .text(team.team), "officers": .number(String(team.officers)),
                "cases": .number(String(team.cases)), "average_cases": .number(formatDecimal(team.averageCases)),
                "high_risk_pct": .number(formatDecimal(team.highRiskPercent)),
                "officers_over_cases": .number(String(team.officersOverCases)),
                "officers_over_high_risk": .number(String(team.officersOverHighRisk)),
            ])
        }
        let force = view.figures.force
        write([
            "row": .text("force"), "month": .text(month), "officers": .number(String(force.officers)), "cases": .number(String(force.cases)),
            "allocated": .number(String(force.allocated)), "unallocated": .number(String(force.unallocated)),
            "average_cases": .number(formatDecimal(force.averageCases)),
            "community_pct": .number(force.communityPercent.map { formatDecimal($0) } ?? ""),
            "officers_over_cases": .number(String(force.officersOverCases)),
            "officers_over_high_risk": .number(String(force.officersOverHighRisk)),
            "ap_officers_over_high_risk": .number(String(force.apOfficersOverHighRisk)),
            "l2_l3_cases": .number(String(force.l2L3Cases)),
            "l2_l3_with_trained_om_pct": .number(force.l2L3WithTrainedPercent.map { formatDecimal($0) } ?? ""),
            "officers_awaiting_mosovo": .number(String(force.officersAwaitingMosovo)),
            "awaiting_without_buddy": .number(String(force.awaitingWithoutBuddy)),
            "cases_needing_cover": .number(String(force.casesNeedingCover)), "notices_sent": .number(String(view.noticesSent)),
        ])
        return byteOrderMark + writer.bytes
    }
}
