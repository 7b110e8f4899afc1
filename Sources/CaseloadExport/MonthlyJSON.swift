import CaseloadCore

/// The monthly view as JSON, with DESIGN.md's names in its order, for other tools.
public enum MonthlyJSON {
    public static func render(_ view: MonthlyView) -> String {
        let figures = view.figures
        let force = figures.force
        return JSON.object((view.isDemo ? [("demo", JSON.bool(true))] : []) + [
            ("month", .string(view.month.description)),
            ("limits", figures.limits.json),
            ("officers", .array(view.officerRows.map { row in
                let officer = row.figures.officer
                let workload = row.figures.workload
                return .object([
                    ("officer_id", .string(officer.id)),
                    ("name", view.redacted ? .null : .string(officer.name)),
                    ("team", .string(officer.team)),
                    ("fte", .fixedPoint(officer.fte.millionths, places: FTE.places)),
                    ("mosovo", .string(officer.mosovo.rawValue)),
                    ("approved_premises", .bool(officer.approvedPremises)),
                    ("cases", .int(workload.cases)),
                    ("high_risk", .int(workload.highRisk)),
                    ("high_risk_pct", .percent(row.figures.highRiskPercent)),
                    ("community", .int(workload.community)),
                    ("custody", .int(workload.custody)),
                    ("approved_premises_cases", .int(workload.approvedPremises)),
                    ("hospital", .int(workload.hospital)),
                    ("level2", .int(workload.level2)),
                    ("level3", .int(workload.level3)),
                    ("limit", .int(row.figures.caseLimit)),
                    ("reduction", .fixedPoint(officer.reductionMillionths, places: 6)),
                    ("available", .bool(officer.isActive)),
                    ("very_high", .int(workload.veryHigh)),
                    ("covering", .int(workload.covering)),
                    ("under_cover", .int(workload.underCover)),
                    ("on_hold", .bool(row.figures.isOverALimit)),
                    ("reviews_overdue", .int(row.figures.reviewsOverdue)),
                    ("change_high_risk_pct", view.changeHighRiskPercent[officer.id].map { .decimal($0, places: 1) } ?? .null),
                    ("flags", .array(row.figures.flags.map { .string($0.rawValue) })),
                    ("change_cases", row.changeCases.map(JSON.int) ?? .null),
                ])
            })),
            ("teams", .array(figures.teams.map { team in
                .object([
                    ("team", .string(team.team)),
                    ("officers", .int(team.officers)),
                    ("cases", .int(team.cases)),
                    ("average_cases", .decimal(team.averageCases, places: 1)),
                    ("high_risk_pct", .percent(team.highRiskPercent)),
                    ("officers_over_cases", .int(team.officersOverCases)),
                    ("officers_over_high_risk", .int(team.officersOverHighRisk)),
                ])
            })),
            ("force", .object([
                ("officers", .int(force.officers)),
                ("cases", .int(force.cases)),
                ("allocated", .int(force.allocated)),
                ("unallocated", .int(force.unallocated)),
                ("average_cases", .decimal(force.averageCases, places: 1)),
                ("community_pct", .percent(force.communityPercent)),
                ("officers_over_cases", .int(force.officersOverCases)),
                ("officers_over_high_risk", .int(force.officersOverHighRisk)),
                ("ap_officers_over_high_risk", .int(force.apOfficersOverHighRisk)),
                ("l2_l3_cases", .int(force.l2L3Cases)),
                ("l2_l3_with_trained_om_pct", .percent(force.l2L3WithTrainedPercent)),
                ("officers_awaiting_mosovo", .int(force.officersAwaitingMosovo)),
                ("awaiting_without_buddy", .int(force.awaitingWithoutBuddy)),
                ("cases_needing_cover", .int(force.casesNeedingCover)),
                ("notices_sent", .int(view.noticesSent)),
                ("very_high", .int(figures.officers.reduce(0) { $0 + $1.workload.veryHigh })),
                ("transfers", .int(view.activity.transfers)),
                ("overrides", .int(view.activity.overrides)),
                ("cover_started", .int(view.activity.coverStarted)),
                ("median_wait_days", view.activity.medianWaitDays.map { .decimal($0, places: 1) } ?? .null),
                ("reviews_overdue", .int(force.reviewsOverdue)),
            ])),
        ]).rendered()
    }
}
