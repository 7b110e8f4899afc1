import CaseloadCore

/// The monthly view as one tidy CSV table a spreadsheet opens as it is: the header on the first line, then a row per
/// officer (or, with `rows`, per team, or the force's one row), the month and the limits as columns.
///
/// It starts with a UTF-8 byte order mark, so that Excel reads names such as "Zoë Ångström" correctly, and every text
/// cell a spreadsheet would run as a formula is neutralised. On the demo force every row says so in a `demo` column.
public enum MonthlyCSV {
    /// Which rows the table holds.
    public enum Rows: String, CaseIterable, Sendable {
        case officers, teams, force
    }

    /// The columns of each kind of table, in order; the demo's tables end with `demo`.
    public static func columns(_ rows: Rows) -> [String] {
        let limits = ["max_cases", "max_high_risk_pct", "near"]
        switch rows {
        case .officers:
            return ["month", "officer_id", "name", "team", "fte", "mosovo", "approved_premises", "cases", "case_limit", "high_risk",
                    "high_risk_pct", "very_high", "community", "custody", "approved_premises_cases", "hospital", "level2", "level3",
                    "covering", "under_cover", "reviews_overdue", "reduction", "available", "buddy_id", "mosovo_course_on", "flags", "change_cases", "change_high_risk_pct"] + limits
        case .teams:
            return ["month", "team", "officers", "cases", "average_cases", "high_risk_pct", "officers_over_cases", "officers_over_high_risk"] + limits
        case .force:
            return ["month", "officers", "cases", "allocated", "unallocated", "average_cases", "community_pct", "officers_over_cases",
                    "officers_over_high_risk", "ap_officers_over_high_risk", "l2_l3_cases", "l2_l3_with_trained_om_pct",
                    "officers_awaiting_mosovo", "awaiting_without_buddy", "cases_needing_cover", "notices_sent", "transfers", "overrides",
                    "cover_started", "median_wait_days", "reviews_overdue"] + limits
        }
    }

    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static func render(_ view: MonthlyView, rows: Rows = .officers) -> [UInt8] {
        var writer = CSVWriter(audience: .spreadsheet)
        let columns = columns(rows) + (view.isDemo ? ["demo"] : [])
        writer.writeRow(columns)
        let limits = view.figures.limits
        let shared: [String: CSVCell] = [
            "month": .text(view.month.description),
            "max_cases": .number(String(limits.maxCases)),
            "max_high_risk_pct": .number(formatFixedPoint(limits.maxHighRiskHundredths, places: 2)),
            "near": .number(formatFixedPoint(limits.nearThousandths, places: 3)),
            "demo": .text("yes"),
        ]
        func write(_ cells: [String: CSVCell]) {
            let merged = cells.merging(shared) { own, _ in own }
            writer.writeRow(columns.map { merged[$0] ?? .text("") })
        }
        let count = { (value: Int) in CSVCell.number(String(value)) }
        switch rows {
        case .officers:
            let fields = OfficerField.named(columns.filter { OfficerField.all[$0] != nil })
            for row in view.officerRows {
                write(fields.csv(view.fieldRow(row)))
            }
        case .teams:
            for team in view.figures.teams {
                write([
                    "team": .text(team.team), "officers": count(team.officers), "cases": count(team.cases),
                    "average_cases": .number(formatDecimal(team.averageCases)), "high_risk_pct": .number(formatDecimal(team.highRiskPercent)),
                    "officers_over_cases": count(team.officersOverCases), "officers_over_high_risk": count(team.officersOverHighRisk),
                ])
            }
        case .force:
            let force = view.figures.force
            write([
                "officers": count(force.officers), "cases": count(force.cases), "allocated": count(force.allocated),
                "unallocated": count(force.unallocated), "average_cases": .number(formatDecimal(force.averageCases)),
                "community_pct": .number(force.communityPercent.map { formatDecimal($0) } ?? ""),
                "officers_over_cases": count(force.officersOverCases), "officers_over_high_risk": count(force.officersOverHighRisk),
                "ap_officers_over_high_risk": count(force.apOfficersOverHighRisk), "l2_l3_cases": count(force.l2L3Cases),
                "l2_l3_with_trained_om_pct": .number(force.l2L3WithTrainedPercent.map { formatDecimal($0) } ?? ""),
                "officers_awaiting_mosovo": count(force.officersAwaitingMosovo), "awaiting_without_buddy": count(force.awaitingWithoutBuddy),
                "cases_needing_cover": count(force.casesNeedingCover), "notices_sent": count(view.activity.notices),
                "transfers": count(view.activity.transfers), "overrides": count(view.activity.overrides),
                "cover_started": count(view.activity.coverStarted), "reviews_overdue": count(force.reviewsOverdue),
                "median_wait_days": .number(view.activity.medianWaitDays.map { formatDecimal($0) } ?? ""),
            ])
        }
        return byteOrderMark + writer.bytes
    }
}
