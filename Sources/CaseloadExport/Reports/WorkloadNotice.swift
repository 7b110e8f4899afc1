import CaseloadCore

/// The written notice to an officer whose workload is over a limit or breaks a rule, for their supervisor to sign:
/// their figures against their own limits, in words, and what the force will do, as Recommendation 19 of the joint
/// inspection asks ("communicate this to affected staff").
///
/// It holds the words; a template (the one shipped, or a force's own) lays them out. Every name and id is escaped
/// for display, and no flag, column or JSON name appears in what the officer reads.
public struct WorkloadNotice: Sendable {
    public let figures: OfficerFigures
    public let limits: Limits
    /// The day the notice is given.
    public let day: Day
    /// The day the supervisor will review the workload with the officer.
    public let reviewOn: Day
    /// The supervisor who signs it.
    public let by: String
    public let wording: ForceWording
    /// The officer's buddy as they stand today, for an officer not yet trained; nil when none is recorded.
    public let buddy: Officer?
    /// Cases already moved from the officer to colleagues in the last weeks: the offender reference and the colleague.
    public let transfersMade: [(caseID: CaseID, colleague: String)]
    /// Whether the officer's name is left out, the notice naming them by id alone.
    public let redacted: Bool

    /// The inspection, by name and recommendation, as the notice cites it.
    public static let citation = "Recommendation 19 of the 2022 joint inspection \u{2018}Twenty years on, is MAPPA achieving its objectives?\u{2019} "
        + "(HMICFRS and HM Inspectorate of Probation)"

    public init(
        figures: OfficerFigures, limits: Limits, day: Day, reviewOn: Day, by: String, wording: ForceWording = ForceWording(), buddy: Officer? = nil,
        transfersMade: [(caseID: CaseID, colleague: String)] = [], redacted: Bool = false
    ) {
        self.figures = figures
        self.limits = limits
        self.day = day
        self.reviewOn = reviewOn
        self.by = by
        self.wording = wording
        self.buddy = buddy
        self.transfersMade = transfersMade
        self.redacted = redacted
    }

    /// How far back a case moved from the officer counts as a transfer the notice names as already made.
    public static let transfersWithinDays = 28

    /// The notice for an officer of the force as it stands on `day`: their buddy from the force, and the cases moved
    /// from them in the last four weeks (a case whose previous officer they are, allocated to its officer since).
    public init(
        figures: OfficerFigures, in force: Force, limits: Limits, day: Day, reviewOn: Day, by: String, wording: ForceWording, redacted: Bool = false
    ) {
        let officers = Dictionary(force.officers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let id = figures.officer.id
        let since = day.adding(days: -Self.transfersWithinDays)
        let moved = force.cases.filter { $0.previousOfficerID == id && $0.officerID != nil && $0.officerID != id && ($0.allocatedOn.map { $0 > since } ?? false) }
        self.init(
            figures: figures, limits: limits, day: day, reviewOn: reviewOn, by: by, wording: wording,
            buddy: figures.officer.buddyID.flatMap { officers[$0] },
            transfersMade: moved.map { offender in
                let colleague = offender.officerID!
                return (offender.id, redacted ? colleague.text : officers[colleague]?.name ?? colleague.text)
            },
            redacted: redacted)
    }

    var officer: Officer { figures.officer }

    /// The officer's caseload limit in words, with why it is not the full limit: "40, while your reduced hours
    /// continue (until 2027-01-31)", "25, pro rata for your 0.5 full-time equivalent".
    var limitWords: String {
        var why: [String] = []
        if officer.fte.millionths < FTE.full.millionths { why.append("pro rata for your \(officer.fte) full-time equivalent") }
        if officer.reductionMillionths > 0 {
            why.append("while your reduced workload continues" + (officer.reductionUntil.map { " (until \($0.words))" } ?? ""))
        }
        return "\(figures.caseLimit)" + (why.isEmpty ? "" : ", " + why.joined(separator: " and "))
    }

    /// Where the officer stands, a sentence each.
    public var findings: [String] {
        let limitPercent = formatFixedPoint(limits.maxHighRiskHundredths, places: 2) + "%"
        var findings: [String] = []
        let over = figures.cases - figures.caseLimit
        switch figures.caseStanding {
        case .over: findings.append("You hold \(figures.cases) cases against your limit of \(limitWords): \(over) more than it allows.")
        case .near, .within: findings.append("You hold \(figures.cases) cases against your limit of \(limitWords).")
        }
        let counted = limits.countsShareOverFloor(cases: figures.cases)
            ? " (a share counted out of at least \(limits.shareFloor) cases, so that one case does not tip a small caseload over)" : ""
        let share = "\(figures.highRisk) of your \(figures.cases) cases are high or very high risk, \(formatDecimal(figures.highRiskPercent))%\(counted)"
        findings.append(share + (figures.highRiskStanding == .over ? ", above the limit of \(limitPercent)." : ", against a limit of \(limitPercent)."))
        if figures.explainedByApprovedPremises {
            let residents = figures.workload.highRiskResidents
            findings.append("\(residents) of those high-risk cases live in the Approved Premises you work with; without them your share would be "
                + "within the limit. An Approved Premises' throughput brings its officers more high-risk cases, and that explains your share.")
        }
        if figures.has(.untrainedL2L3) {
            let count = figures.workload.level2Or3
            findings.append("You manage \(count) MAPPA level 2 or 3 case\(count == 1 ? "" : "s"), which Recommendation 18 of the same inspection asks be "
                + "managed by officers who have done the MOSOVO course. " + courseWords)
        }
        if figures.has(.awaitingWithoutBuddy) {
            let course = figures.has(.untrainedL2L3) ? "" : " " + courseWords
            findings.append("Until you have done the MOSOVO course you should have an experienced colleague as your buddy, and " + buddyWords + "." + course)
        }
        if figures.has(.needsCover) {
            let away = officer.status == .leave ? "You are on leave" : "You are away" + (officer.awayUntil.map { " until \($0.words)" } ?? "")
            findings.append("\(away), and \(figures.casesNeedingCover) of your cases need a colleague to cover them meanwhile.")
        }
        return findings
    }

    /// The course as it stands, in words.
    var courseWords: String {
        officer.mosovoCourseOn.map { $0 >= day ? "Your course is booked for \($0.words)." : "Your course was booked for \($0.words); it is not yet recorded as done." }
            ?? "No course place is booked for you yet; I will ask for one."
    }

    /// The buddy as they stand, in words.
    var buddyWords: String {
        guard let buddy else { return "none is recorded for you" }
        let name = redacted ? buddy.id.escapedForDisplay : buddy.name.escapedForDisplay
        guard !buddy.isActive else { return "\(name) is recorded as yours" }
        return "your buddy, \(name), is away" + (buddy.awayUntil.map { " until \($0.words)" } ?? "")
    }

    /// What the force will do, a sentence each.
    public var actions: [String] {
        var actions: [String] = []
        if figures.explainedByApprovedPremises {
            actions.append("Offenders living in the Approved Premises you work with will still be allocated to you; no others will be until you are back within both limits.")
        } else if figures.isOverALimit {
            actions.append("No new offenders will be allocated to you until you are back within both limits.")
        }
        if figures.isOverALimit && transfersMade.isEmpty {
            actions.append("Your current cases stay with you: we do not move offenders without need, because knowing the person you manage takes time and matters.")
        }
        if figures.has(.overCases) {
            actions.append("If holding back new work is not enough, I may move a few of your most recently allocated cases to colleagues with room. I will speak to you first.")
        }
        if figures.has(.overHighRisk) && !figures.explainedByApprovedPremises {
            let residents = officer.approvedPremises ? " Cases living in the Approved Premises you work with stay with you." : ""
            actions.append("If holding back new work is not enough, I may move some high-risk cases to trained colleagues with room. I will speak to you first.\(residents)")
        }
        if figures.has(.untrainedL2L3) && transfersMade.isEmpty {
            actions.append("Your level 2 and 3 cases will move to a colleague who has done the MOSOVO course; I will tell you who before they do.")
        }
        if figures.has(.awaitingWithoutBuddy) {
            actions.append("I will name an experienced, trained colleague as your buddy until you have done the course.")
        }
        if figures.has(.needsCover) {
            actions.append("Colleagues will cover your cases while you are away. They stay yours, and come back to you when you return.")
        }
        return actions
    }

    /// The values a template renders, by the names `NoticeVariables` lists.
    public func values(markdown: Bool) -> [String: Any] {
        let name = redacted ? officer.id.escapedForDisplay : officer.name.escapedForDisplay
        var values: [String: Any] = [
            "markdown": markdown,
            "force_name": wording.forceName.escapedForDisplay,
            "officer_name": name,
            "officer_id": officer.id.escapedForDisplay,
            "team": officer.team.escapedForDisplay,
            "date": day.words,
            "review_date": reviewOn.words,
            "supervisor": by.escapedForDisplay,
            "citation": Self.citation,
            "cases": figures.cases,
            "case_limit": figures.caseLimit,
            "limit_words": limitWords.escapedForDisplay,
            "high_risk": figures.highRisk,
            "high_risk_pct": formatDecimal(figures.highRiskPercent),
            "max_cases": limits.maxCases,
            "max_high_risk_pct": formatFixedPoint(limits.maxHighRiskHundredths, places: 2),
            "findings": findings.map { ["sentence": $0] },
            "actions": actions.map { ["sentence": $0] },
            "transfers": transfersMade.map { ["case": $0.caseID.escapedForDisplay, "colleague": $0.colleague.escapedForDisplay] },
            "has_transfers": !transfersMade.isEmpty,
        ]
        if let welfare = wording.welfareContact { values["welfare"] = welfare.escapedForDisplay }
        return values
    }
}

/// The names a notice template may use, each with what it holds: the one list that checks a force's template and
/// writes `docs/NOTICES.md`.
public enum NoticeVariables {
    public static let all: [(name: String, holds: String)] = [
        ("markdown", "true when the notice is written as Markdown (--format md), so headings can be marked: {{#markdown}}# {{/markdown}}"),
        ("force_name", "the force's name, from the config file's force-name (default \"the force\")"),
        ("officer_name", "the officer's name (their id with --redact)"),
        ("officer_id", "the officer's id"),
        ("team", "the officer's team"),
        ("date", "the day the notice is given, in words: 6 December 2026"),
        ("review_date", "the day the supervisor will review the workload with them, in words (--review-on, default four weeks on)"),
        ("supervisor", "who gives the notice (--by)"),
        ("citation", "the inspection and recommendation the notice answers"),
        ("cases", "the cases they hold"),
        ("case_limit", "their caseload limit, pro rata by FTE and any reduction"),
        ("limit_words", "their limit in words, with why it is not the full limit"),
        ("high_risk", "their high and very high risk cases"),
        ("high_risk_pct", "their high-risk share as the limits count it, one decimal"),
        ("max_cases", "the full-time caseload limit"),
        ("max_high_risk_pct", "the high-risk limit, in percent"),
        ("findings", "a list: where they stand, each item's {{sentence}}"),
        ("actions", "a list: what the force will do, each item's {{sentence}}"),
        ("transfers", "a list: cases already moved to colleagues in the last four weeks, each item's {{case}} and {{colleague}}"),
        ("has_transfers", "true when any case has been moved"),
        ("welfare", "the force's welfare line, from the config file's welfare-contact; absent when not set"),
        ("sentence", "inside findings or actions: the sentence"),
        ("case", "inside transfers: the offender reference"),
        ("colleague", "inside transfers: the colleague's name"),
    ]

    public static let names = Set(all.map(\.name))
}
