/// What `caseload rebalance` prints: the transfers that bring officers within the limits, and who is left over.
public struct RebalanceReport: Sendable {
    public let plan: RebalancePlan
    public let limits: Limits

    public init(plan: RebalancePlan, limits: Limits) {
        self.plan = plan
        self.limits = limits
    }

    public func table() -> String {
        var output = limits.sentence + "\n\n"
        if plan.moves.isEmpty && plan.leftOver.isEmpty {
            return output + "Every officer is within both limits; nothing needs to move.\n"
        }
        output += "\(plan.moves.count) transfer\(plan.moves.count == 1 ? "" : "s"), most recently allocated cases first:\n"
        if !plan.moves.isEmpty {
            var table = TextTable(columns: [.init("CASE"), .init("RISK"), .init("FROM"), .init("TO"), .init("NAME"), .init("WHY")])
            for move in plan.moves {
                table.append([
                    move.item.id, move.item.risk.rawValue, move.from.id, move.to.id, move.to.name,
                    move.reasons.map(\.detail).joined(separator: "; "),
                ])
            }
            output += "\n" + table.rendered()
        }
        if plan.leftOver.isEmpty {
            output += "\nAfter these, every officer is within both limits.\n"
        } else {
            output += "\nNo set of moves can bring these officers within the limits without breaking a rule:\n"
            var table = TextTable(columns: [.init("OFFICER"), .init("NAME"), .init("CASES", alignRight: true), .init("HIGH RISK", alignRight: true), .init("FLAGS")])
            for figures in plan.leftOver {
                table.append([
                    figures.officer.id, figures.officer.name, "\(figures.cases)/\(figures.caseLimit)",
                    formatDecimal(figures.highRiskPercent) + "%", figures.flags.map(\.rawValue).joined(separator: ", "),
                ])
            }
            output += table.rendered()
        }
        return output
    }

    public func json() -> String {
        JSON.object([
            ("limits", limits.json),
            ("moves", .array(plan.moves.map { move in
                .object([
                    ("case_id", .string(move.item.id)),
                    ("from", .string(move.from.id)),
                    ("to", .string(move.to.id)),
                    ("reasons", .array(move.reasons.map { .string($0.preference.rawValue) })),
                ])
            })),
            ("left_over", .array(plan.leftOver.map { figures in
                .object([
                    ("officer_id", .string(figures.officer.id)),
                    ("flags", .array(figures.flags.map { .string($0.rawValue) })),
                ])
            })),
        ]).rendered()
    }
}
