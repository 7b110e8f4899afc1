import CaseloadCore

/// What `caseload cover` and `caseload whatif` print: the away officers' cases, where each would go, what cannot be
/// placed and why, and who would be over a limit afterwards.
public struct CoverReport: Sendable {
    public let plan: AllocationPlan
    public let away: [Officer]
    /// How many cases the away officers hold.
    public let casesNeedingCover: Int
    /// Every officer's figures once the cover is made.
    public let after: Figures
    /// The first line, saying what is planned: "Cover for OM08 (Harry Patel), on leave".
    public let heading: String
    /// For an absence of 14 days or fewer, its length: the cases stay and need no cover, and the plan is only
    /// what cover would look like if it were wanted.
    public var shortAbsenceDays: Int?
    /// For an absence past the shorter period but not the longer, its length in days (nil when open-ended) and how
    /// many of the cases stay: only the very high risk and level 3 ones are planned.
    public var urgentOnly: (days: Int?, staying: Int)?
    /// The away officers' cases already under cover, left as they are.
    public var alreadyCovered = 0

    public init(plan: AllocationPlan, away: [Officer], casesNeedingCover: Int, before: Figures, after: Figures, heading: String) {
        overBefore = Set(before.officers.filter(\.isOverALimit).map(\.officer.id))
        self.plan = plan
        self.away = away
        self.casesNeedingCover = casesNeedingCover
        self.after = after
        self.heading = heading
    }

    /// Officers over a limit once the cover is made who were not before it: none, since cover follows the rules.
    public var overAfter: [OfficerFigures] {
        after.officers.filter { $0.isOverALimit && !overBefore.contains($0.officer.id) }
    }

    /// Officers already over a limit before the cover, who take none of it.
    public var overBefore: Set<OfficerID>

    public func table() -> String {
        var output = heading + "\n" + after.limits.sentence + "\n\n"
        if let days = shortAbsenceDays {
            output += "A \(days)-day absence: the \(casesNeedingCover) case\(casesNeedingCover == 1 ? "" : "s") held stay and need no cover "
                + "(only an absence of more than \(after.limits.coverAfterDays) days does, or of more than \(after.limits.urgentCoverAfterDays) for very high risk "
                + "and level 3 cases); no new cases go to anyone away. Were cover wanted, it would be:\n"
        }
        if let urgentOnly {
            let length = urgentOnly.days.map { "A \($0)-day absence" } ?? "An absence"
            output += "\(length): only the very high risk and level 3 cases need cover yet (after \(after.limits.urgentCoverAfterDays) days; "
                + "every case does after \(after.limits.coverAfterDays)); the other \(urgentOnly.staying) case\(urgentOnly.staying == 1 ? "" : "s") stay as they are.\n"
        }
        if alreadyCovered > 0 {
            output += "\(alreadyCovered) case\(alreadyCovered == 1 ? " is" : "s are") already under cover and left as \(alreadyCovered == 1 ? "it is" : "they are").\n"
        }
        let need = shortAbsenceDays == nil ? (casesNeedingCover == 1 ? " needs cover" : " need cover") : " held"
        output += "\(casesNeedingCover) case\(casesNeedingCover == 1 ? "" : "s")\(need): "
            + "\(plan.placements.count) placed, \(plan.unplaced.count) cannot be placed; high-risk and MAPPA level 2/3 cases first.\n"
        if !plan.placements.isEmpty {
            var table = TextTable(columns: [.init("CASE"), .init("RISK"), .init("FROM"), .init("TO"), .init("NAME"), .init("WHY")])
            for placement in plan.placements {
                table.append([
                    placement.offender.id.text, placement.offender.risk.rawValue, placement.offender.officerID?.text ?? "", placement.officer.id.text, placement.officer.name,
                    placement.why,
                ])
            }
            output += "\n" + table.rendered() + plan.receiversSentence + "\n"
        }
        if !plan.unplaced.isEmpty {
            output += "\nCannot be placed without breaking a rule; they stay and still need cover:\n"
            var table = TextTable(columns: [.init("CASE"), .init("RISK"), .init("WHAT STANDS IN THE WAY")])
            for unplaced in plan.unplaced {
                table.append([unplaced.offender.id.text, unplaced.offender.risk.rawValue, unplaced.explanation])
            }
            output += table.rendered()
        }
        let over = overAfter
        output += over.isEmpty
            ? "\nThe cover takes no officer over a limit."
            : "\nAfterwards over a limit: " + over.map { "\($0.officer.id) (\($0.cases)/\($0.caseLimit), \(formatDecimal($0.highRiskPercent))%)" }.joined(separator: ", ") + "."
        let receivers = Set(plan.placements.map(\.officer.id))
        let givenNone = overBefore.subtracting(receivers).sorted()
        let givenResidents = overBefore.intersection(receivers).sorted()
        if !givenNone.isEmpty { output += " Already over before it, and given none: " + givenNone.map(\.text).joined(separator: ", ") + "." }
        if !givenResidents.isEmpty {
            output += " Already over before it, and given only cases living in the Approved Premises they run: " + givenResidents.map(\.text).joined(separator: ", ") + "."
        }
        output += "\n"
        return output
    }

    public func json() -> String {
        JSON.object([
            ("limits", after.limits.json),
            ("away", .array(away.map { .id($0.id) })),
            ("cases_needing_cover", .int(shortAbsenceDays == nil ? casesNeedingCover : 0)),
            ("cases_held", .int(casesNeedingCover)),
            ("already_covered", .int(alreadyCovered)),
            ("placements", .array(plan.placements.map { placement in
                .object([
                    ("case_id", .id(placement.offender.id)), ("from", .id(placement.offender.officerID)),
                    ("to", .id(placement.officer.id)), ("reasons", .array(placement.reasons.map { .string($0.preference.rawValue) })), ("other_team", .bool(placement.otherTeam)),
                ])
            })),
            ("unplaced", .array(plan.unplaced.map { unplaced in
                .object([("case_id", .id(unplaced.offender.id)), ("rules", .array(unplaced.rules.map { .string($0.rawValue) })), ("at_intake", .int(unplaced.atIntake))])
            })),
            ("over_after", .array(overAfter.map { .id($0.officer.id) })),
        ]).rendered()
    }
}
