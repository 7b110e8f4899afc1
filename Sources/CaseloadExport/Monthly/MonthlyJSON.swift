import CaseloadCore

/// The monthly view as JSON, with DESIGN.md's names in its order, for other tools.
public enum MonthlyJSON {
    /// Each officer's fields, in the contract's order.
    static let officerFields = OfficerField.named([
        "officer_id", "name", "team", "fte", "mosovo", "approved_premises", "cases", "high_risk", "high_risk_pct", "community", "custody",
        "approved_premises_cases", "hospital", "level2", "level3", "limit", "reduction", "available", "very_high", "covering", "under_cover",
        "on_hold", "explained_by_ap", "reviews_overdue", "change_high_risk_pct", "flags", "change_cases",
    ])

    public static func render(_ view: MonthlyView) -> String {
        let figures = view.figures
        let force = figures.force
        return JSON.object((view.isDemo ? [("demo", JSON.bool(true))] : []) + [
            ("month", .string(view.month.description)),
            ("limits", figures.limits.json),
            ("officers", .array(view.officerRows.map { row in
                officerFields.json(view.fieldRow(row))
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
