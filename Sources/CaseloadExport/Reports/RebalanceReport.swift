import CaseloadCore

/// What `caseload rebalance` prints: who is on hold and why, the transfers, and who is left over.
public struct RebalanceReport: Sendable {
    public let plan: RebalancePlan
    public let limits: Limits
    /// Every officer's figures before the moves, to show each move's before and after.
    public let before: Figures
    /// Whether transfers for volume and risk were asked for, not only those the rules require.
    public let transfers: Bool

    public init(plan: RebalancePlan, before: Figures, transfers: Bool = false) {
        self.plan = plan
        self.limits = before.limits
        self.before = before
        self.transfers = transfers
    }

    public func table() -> String {
        var output = limits.sentence + "\n\n"
        if plan.moves.isEmpty && plan.leftOver.isEmpty && plan.explained.isEmpty && plan.onHold.isEmpty {
            return output + "Every officer is within both limits and every MAPPA level 2 and 3 case is with a MOSOVO-trained officer; nothing needs to move.\n"
        }
        output += onHoldSection()
        if plan.moves.isEmpty {
            output += transfers
                ? "\nNo transfer can help under the rules.\n"
                : "\nNo transfer is required: every MAPPA level 2 and 3 case is with a MOSOVO-trained officer. Holding is the mitigation, "
                    + "and offenders stay with the officers who know them; transfers for volume or risk are made only when asked for (--transfers).\n"
        } else {
            output += "\n\(plan.moves.count) transfer\(plan.moves.count == 1 ? "" : "s"), "
                + (transfers
                    ? "level 2 and 3 cases in untrained hands first, then the fewest for volume and risk, the most recently allocated first:\n"
                    : "each a MAPPA level 2 or 3 case leaving untrained hands (Recommendation 18); none for volume or risk unless asked for (--transfers):\n")
            var table = TextTable(columns: [.init("CASE"), .init("RISK"), .init("FROM"), .init("TO"), .init("NAME"), .init("WHY")])
            for move in plan.moves {
                table.append([
                    move.offender.id.text, move.offender.risk.rawValue, move.from.id.text, move.to.id.text, move.to.name,
                    move.reasons.map(\.detail).joined(separator: "; "),
                ])
            }
            output += "\n" + table.rendered()
            output += "\nEvery officer these moves change, before → after:\n" + changes().rendered()
        }
        if plan.leftOver.isEmpty && plan.explained.isEmpty && (transfers || plan.onHold.isEmpty) && !plan.moves.isEmpty {
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

    /// Every officer on hold, first: how far over, what explains it, and when the hold alone brings them within.
    func onHoldSection() -> String {
        guard !plan.onHold.isEmpty else { return "No officer is over a limit, so none is on hold.\n" }
        let count = plan.onHold.count
        let output = "\(count) officer\(count == 1 ? " is" : "s are") on hold: over a limit, so given no new offenders until within.\n"
        var table = TextTable(columns: [
            .init("OFFICER"), .init("NAME"), .init("CASES", alignRight: true), .init("HIGH RISK", alignRight: true), .init("HOW FAR OVER"),
            .init("EXPLAINED BY"), .init("WITHIN BY HOLDING"),
        ])
        for hold in plan.onHold {
            let figures = hold.figures
            table.append([
                figures.officer.id.text, figures.officer.name, "\(figures.cases)/\(figures.caseLimit)", formatDecimal(figures.highRiskPercent) + "%",
                hold.howFarOver, hold.explanation ?? "-", hold.withinOn.map { "from \($0)" } ?? "not by the cases' end dates",
            ])
        }
        return output + table.rendered()
    }

    /// Each officer a move touches, with cases and high-risk share before and after every move.
    func changes() -> TextTable {
        var touched: [OfficerID] = []
        for move in plan.moves {
            for id in [move.from.id, move.to.id] where !touched.contains(id) { touched.append(id) }
        }
        var workloads: [OfficerID: Workload] = [:]
        var officers: [OfficerID: Officer] = [:]
        for figures in before.officers where touched.contains(figures.officer.id) {
            workloads[figures.officer.id] = figures.workload
            officers[figures.officer.id] = figures.officer
        }
        var after = workloads
        for move in plan.moves {
            after[move.from.id]?.remove(move.offender)
            after[move.to.id]?.add(move.offender)
        }
        var table = TextTable(columns: [.init("OFFICER"), .init("NAME"), .init("CASES", alignRight: true), .init("HIGH RISK", alignRight: true), .init("FLAGS AFTER")])
        for id in touched.sorted() {
            guard let officer = officers[id], let old = workloads[id], let new = after[id] else { continue }
            let figures = OfficerFigures(officer: officer, workload: new, limits: limits)
            table.append([
                id.text, officer.name, "\(old.cases) → \(new.cases)/\(figures.caseLimit)",
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
                figures.officer.id.text, figures.officer.name, "\(figures.cases)/\(figures.caseLimit)",
                formatDecimal(figures.highRiskPercent) + "%", figures.flags.map(\.rawValue).joined(separator: ", "),
            ])
        }
        return table
    }

    public func json() -> String {
        let officerFlags: (OfficerFigures) -> JSON = { figures in
            .object([
                ("officer_id", .id(figures.officer.id)),
                ("flags", .array(figures.flags.map { .string($0.rawValue) })),
            ])
        }
        return JSON.object([
            ("limits", limits.json),
            ("moves", .array(plan.moves.map { move in
                .object([
                    ("case_id", .id(move.offender.id)),
                    ("from", .id(move.from.id)),
                    ("to", .id(move.to.id)),
                    ("reasons", .array(move.reasons.map { .string($0.preference.rawValue) })),
                ])
            })),
            ("on_hold", .array(plan.onHold.map { hold in
                .object([
                    ("officer_id", .id(hold.figures.officer.id)), ("cases", .int(hold.figures.cases)), ("limit", .int(hold.figures.caseLimit)),
                    ("high_risk_pct", .percent(hold.figures.highRiskPercent)), ("explained_by_ap", .bool(hold.explainedByApprovedPremises)),
                    ("reduction_ends", hold.reductionEnds.map { .string($0.description) } ?? .null),
                    ("within_on", hold.withinOn.map { .string($0.description) } ?? .null),
                ])
            })),
            ("left_over", .array(plan.leftOver.map(officerFlags))),
            ("explained_by_approved_premises", .array(plan.explained.map(officerFlags))),
        ]).rendered()
    }
}
