import CaseloadCore

/// What `caseload plan` prints: where each queued case would go, and which cannot be placed and why.
public struct PlanReport: Sendable {
    public let plan: AllocationPlan
    public let limits: Limits

    public init(plan: AllocationPlan, limits: Limits) {
        self.plan = plan
        self.limits = limits
    }

    public func table() -> String {
        let total = plan.placements.count + plan.unplaced.count
        var output = limits.sentence + "\n\n"
        output += "\(total) case\(total == 1 ? "" : "s") waiting: \(plan.placements.count) placed, \(plan.unplaced.count) cannot be placed.\n"
        if !plan.placements.isEmpty {
            var table = TextTable(columns: [.init("CASE"), .init("RISK"), .init("TEAM"), .init("TO"), .init("NAME"), .init("WHY")])
            for placement in plan.placements {
                table.append([
                    placement.offender.id.text, placement.offender.risk.rawValue, placement.offender.team, placement.officer.id.text, placement.officer.name,
                    placement.why,
                ])
            }
            output += "\n" + table.rendered() + plan.receiversSentence + "\n"
        }
        if !plan.unplaced.isEmpty {
            output += "\nCannot be placed without breaking a rule:\n"
            var table = TextTable(columns: [.init("CASE"), .init("RISK"), .init("TEAM"), .init("WHAT STANDS IN THE WAY")])
            for unplaced in plan.unplaced {
                table.append([unplaced.offender.id.text, unplaced.offender.risk.rawValue, unplaced.offender.team, unplaced.explanation])
            }
            output += table.rendered()
        }
        return output
    }

    public func json() -> String {
        JSON.object([
            ("limits", limits.json),
            ("placements", .array(plan.placements.map { placement in
                .object([
                    ("case_id", .id(placement.offender.id)),
                    ("officer_id", .id(placement.officer.id)),
                    ("reasons", .array(placement.reasons.map { .string($0.preference.rawValue) })), ("other_team", .bool(placement.otherTeam)),
                ])
            })),
            ("unplaced", .array(plan.unplaced.map { unplaced in
                .object([
                    ("case_id", .id(unplaced.offender.id)),
                    ("rules", .array(unplaced.rules.map { .string($0.rawValue) })), ("at_intake", .int(unplaced.atIntake)),
                ])
            })),
        ]).rendered()
    }
}
