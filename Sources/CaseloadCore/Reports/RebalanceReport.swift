/// What `caseload rebalance` prints: the transfers that bring officers within the limits, and who is left over.
public struct RebalanceReport: Sendable {
    public let plan: RebalancePlan
    public let limits: Limits
    /// Every officer's figures before the moves, to show each move's before and after.
    public let before: Figures

    public init(plan: RebalancePlan, before: Figures) {
        self.plan = plan
        self.limits = before.limits
        self.before = before
    }

    public func table() -> String {
        var output = limits.sentence + "\n\n"
        if plan.moves.isEmpty && plan.leftOver.isEmpty && plan.explained.isEmpty {
            return output + "Every officer is within both limits and every MAPPA level 2 and 3 case is with a MOSOVO-trained officer; nothing needs to move.\n"
        }
        if plan.moves.isEmpty {
            output += "No transfer can help under the rules.\n"
        } else {
            output += "\(plan.moves.count) transfer\(plan.moves.count == 1 ? "" : "s"), level 2 and 3 cases in untrained hands first, then the most recently allocated:\n"
            var table = TextTable(columns: [.init("CASE"), .init("RISK"), .init("FROM"), .init("TO"), .init("NAME"), .init("WHY")])
            for move in plan.moves {
                table.append([
                    move.item.id, move.item.risk.rawValue, move.from.id, move.to.id, move.to.name,
                    move.reasons.map(\.detail).joined(separator: "; "),
                ])
            }
            output += "\n" + table.rendered()
            output += "\nEvery officer these moves change, before → after:\n" + changes().rendered()
        }
        if plan.leftOver.isEmpty && plan.explained.isEmpty {
            output += "\nAfter these, every officer is within both limits and every MAPPA level 2 and 3 case is with a MOSOVO-trained officer.\n"
        }
        if !plan.explained.isEmpty {
            output += "\nOver only because of cases living in their Approved Premises, which stay with them:\n" + figuresTable(plan.explained).rendered()
        }
        if !plan.leftOver.isEmpty {
            output += "\nLeft as they are: no officer who may take the cases they could give up has room for them under the rules:\n"
                + figuresTable(plan.leftOver).rendered()
        }
        return output
    }

    /// Each officer a move touches, with cases and high-risk share before and after every move.
    func changes() -> TextTable {
        var touched: [String] = []
        for move in plan.moves {
            for id in [move.from.id, move.to.id] where !touched.contains(id) { touched.append(id) }
        }
        var workloads: [String: Workload] = [:]
        var officers: [String: Officer] = [:]
        for figures in before.officers where touched.contains(figures.officer.id) {
            workloads[figures.officer.id] = figures.workload
            officers[figures.officer.id] = figures.officer
        }
        var after = workloads
        for move in plan.moves {
            after[move.from.id]?.remove(move.item)
            after[move.to.id]?.add(move.item)
        }
        var table = TextTable(columns: [.init("OFFICER"), .init("NAME"), .init("CASES", alignRight: true), .init("HIGH RISK", alignRight: true), .init("FLAGS AFTER")])
        for id in touched.sorted() {
            guard let officer = officers[id], let old = workloads[id], let new = after[id] else { continue }
            let figures = OfficerFigures(officer: officer, workload: new, limits: limits)
            table.append([
                id, officer.name, "\(old.cases) → \(new.cases)/\(figures.caseLimit)",
                "\(formatDecimal(limits.highRiskPercent(of: old)))% → \(formatDecimal(limits.highRiskPercent(of: new)))%",
                figures.flags.map(\.rawValue).joined(separator: ", "),
            ])
        }
        return table
    }

    func figuresTable(_ officers: [OfficerFigures]) -> TextTable {
        var table = TextTable(columns: [.init("OFFICER"), .init("NAME"), .init("CASES", alignRight: true), .init("HIGH RISK", alignRight: true), .init("FLAGS")])
        for figures in officers {
            table.append([
                figures.officer.id, figures.officer.name, "\(figures.cases)/\(figures.caseLimit)",
                formatDecimal(figures.highRiskPercent) + "%", figures.flags.map(\.rawValue).joined(separator: ", "),
            ])
        }
        return table
    }

    public func json() -> String {
        let officerFlags: (OfficerFigures) -> JSON = { figures in
            .object([
                ("officer_id", .string(figures.officer.id)),
                ("flags", .array(figures.flags.map { .string($0.rawValue) })),
            ])
        }
        return JSON.object([
            ("limits", limits.json),
            ("moves", .array(plan.moves.map { move in
                .object([
                    ("case_id", .string(move.item.id)),
                    ("from", .string(move.from.id)),
                    ("to", .string(move.to.id)),
                    ("reasons", .array(move.reasons.map { .string($0.preference.rawValue) })),
                ])
            })),
            ("left_over", .array(plan.leftOver.map(officerFlags))),
            ("explained_by_approved_premises", .array(plan.explained.map(officerFlags))),
        ]).rendered()
    }
}
