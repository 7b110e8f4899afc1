import CaseloadCore

extension OfficerFigures {
    /// Why the officer is flagged, one sentence a flag, with the figures and what follows from it:
    /// "52 cases, 2 over the limit of 50: no new cases until within".
    public func flagSentences(limits: Limits) -> [String] {
        let limitPercent = formatFixedPoint(limits.maxHighRiskHundredths, places: 2) + "%"
        let share = formatDecimal(highRiskPercent, distinctFrom: limits.maxHighRiskPercent)
        return flags.map { flag in
            switch flag {
            case .overCases:
                let excess = cases - caseLimit
                return "\(cases) cases, \(excess) over the limit of \(caseLimit): no new cases until within"
            case .nearCases:
                return "\(cases) cases of a limit of \(caseLimit): near it, a watch, not a flag"
            case .overHighRisk where explainedByApprovedPremises:
                return "\(share)% high risk (\(highRisk) cases), over the \(limitPercent) limit, explained by their AP's residents: AP residents only until within"
            case .overHighRisk:
                return "\(share)% high risk (\(highRisk) cases), over the \(limitPercent) limit: no new cases until within"
            case .nearHighRisk:
                return "\(share)% high risk (\(highRisk) cases) against the \(limitPercent) limit: near it, a watch, not a flag"
            case .needsCover:
                let away = officer.status == .leave ? "on leave" : "absent for " + (coverNeed.reason(limits) ?? "")
                let count = casesNeedingCover
                return "\(away), holding \(count) case\(count == 1 ? " that needs" : "s that need") cover: place them with officers who may take them"
            case .awaitingWithoutBuddy:
                return "holds \(cases) case\(cases == 1 ? "" : "s") while not MOSOVO trained, with no buddy: name a trained officer to support them (buddy_id)"
            case .untrainedL2L3:
                let count = workload.level2Or3
                return "holds \(count) MAPPA level 2 or 3 case\(count == 1 ? "" : "s") while not MOSOVO trained: "
                    + "move \(count == 1 ? "it" : "them") to a trained officer (Enter on the case, or rebalance)"
            case .reviewsOverdue:
                return "\(reviewsOverdue) risk review\(reviewsOverdue == 1 ? " is" : "s are") overdue: complete \(reviewsOverdue == 1 ? "it" : "them") "
                    + "and record the next date (next_review_on)"
            }
        }
    }

    /// The same reasons in a few words each, for a line too narrow for the sentences: "52/50 cases: no new cases".
    public func shortFlagSentences(limits: Limits) -> [String] {
        flags.filter(\.isBreach).map { flag in
            switch flag {
            case .overCases: "\(cases)/\(caseLimit) cases: no new cases"
            case .overHighRisk where explainedByApprovedPremises: "\(formatDecimal(highRiskPercent))% high risk: AP explains it"
            case .overHighRisk: "\(formatDecimal(highRiskPercent))% high risk: no new cases"
            case .needsCover: "away: \(casesNeedingCover) case\(casesNeedingCover == 1 ? "" : "s") need cover"
            case .awaitingWithoutBuddy: "untrained, no buddy available"
            case .untrainedL2L3: "\(workload.level2Or3) L2/L3 case\(workload.level2Or3 == 1 ? "" : "s") untrained"
            case .reviewsOverdue: "\(reviewsOverdue) review\(reviewsOverdue == 1 ? "" : "s") overdue"
            case .nearCases, .nearHighRisk: flag.words
            }
        }
    }

    /// The rules the officer breaks, in words, for a report's list of flags; an Approved Premises officer whose
    /// residents explain the share says so, as Surrey's practice reads it.
    public var breachWords: String {
        let words = flags.filter(\.isBreach).map(\.words).joined(separator: "; ")
        return explainedByApprovedPremises ? words + ", explained by the high-risk residents of their Approved Premises" : words
    }
}
