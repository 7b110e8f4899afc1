/// The written notice to an officer whose workload is over a limit or breaks a rule: their figures against the limits,
/// and what the force will do, as the joint inspection asks (seed 000, §3.8.14: "communicate this to affected staff").
public struct WorkloadNotice: Sendable {
    public let figures: OfficerFigures
    public let limits: Limits
    public let day: Day
    public let by: String
    /// Whether the officer's name is left out, the notice naming them by id alone.
    public let redacted: Bool
    /// The transfers the rebalancing plan proposes out of the officer's caseload: each case and the officer it would go to.
    public let plannedMoves: [(caseID: String, to: String)]

    public init(
        figures: OfficerFigures, limits: Limits, day: Day, by: String, redacted: Bool = false, plannedMoves: [(caseID: String, to: String)] = []
    ) {
        self.figures = figures
        self.limits = limits
        self.day = day
        self.by = by
        self.redacted = redacted
        self.plannedMoves = plannedMoves
    }

    /// What the force will do about each flag, in order.
    var actions: [String] {
        var actions: [String] = []
        if figures.isOverALimit {
            actions.append("No new offenders will be allocated to you until you are within both limits: Surrey's practice is that a disproportionate workload \"is mitigated down by not allocating new offenders\" (§3.8.16).")
        }
        if !plannedMoves.isEmpty {
            let count = plannedMoves.count
            actions.append("The transfers planned today, not yet made, would move \(count) of your cases: "
                + plannedMoves.map { "\($0.caseID.escapedForDisplay) to \($0.to.escapedForDisplay)" }.joined(separator: ", ") + ".")
        } else if figures.isOverALimit {
            actions.append("Your cases stay with you: offenders are not moved without need, because knowing the person you manage matters. New cases go to colleagues until you are back within the limits.")
        }
        if figures.has(.overCases) {
            actions.append("If holding new work back is not enough, your supervisor may move a few of your most recently allocated cases to colleagues with room, the fewest moves that bring you within the limit.")
        }
        if figures.has(.overHighRisk) {
            actions.append("If holding new work back is not enough, your supervisor may move some high-risk cases to trained colleagues with room; cases living in an Approved Premises you run stay with you.")
        }
        if figures.has(.untrainedL2L3) {
            actions.append("MAPPA level 2 and 3 cases go to a MOSOVO-trained officer (§3.8.10): yours will move to one, and you will be supported until your course.")
        }
        if figures.has(.needsCover) {
            actions.append("While you are away your cases will be covered by colleagues under the same rules.")
        }
        if figures.has(.awaitingWithoutBuddy) {
            actions.append("A trained officer will be named as your buddy until you have done the MOSOVO course (§3.8.8).")
        }
        return actions
    }

    /// The notice as Markdown, or as plain text when `markdown` is false; every name and id escaped for display.
    public func text(markdown: Bool) -> String {
        let officer = figures.officer
        let id = officer.id.escapedForDisplay
        let limitPercent = formatFixedPoint(limits.maxHighRiskHundredths, places: 2) + "%"
        var lines = [
            (markdown ? "# " : "") + "Workload notice: \(redacted ? id : "\(officer.name.escapedForDisplay) (\(id))"), \(officer.team.escapedForDisplay), \(day)", "",
            "Your workload has been reviewed against the force's limits, as the joint inspection of MAPPA recommends: workloads "
                + "\"reviewed against national expectations and, where found to be excessive, take steps for mitigation and communicate "
                + "this to affected staff\" (HMICFRS and HM Inspectorate of Probation, seed 000 §3.8.14).", "",
            "- Cases: \(figures.cases), against a limit of \(figures.caseLimit) (at most \(limits.maxCases) for a full-time officer, pro rata by FTE and any reduction).",
            "- High-risk share: \(formatDecimal(figures.highRiskPercent))% (\(figures.highRisk) high or very high risk cases), against a limit of \(limitPercent).",
        ]
        lines += figures.flagSentences(limits: limits).map { "- " + $0.prefix(1).uppercased() + $0.dropFirst() + "." }
        lines += ["", (markdown ? "## " : "") + "What the force will do", ""]
        lines += actions.map { "- " + $0 }
        lines += ["", "Issued by \(by.escapedForDisplay) on \(day). Please speak to your supervisor about anything in this notice."]
        return lines.joined(separator: "\n") + "\n"
    }
}
