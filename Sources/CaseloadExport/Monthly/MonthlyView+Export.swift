import CaseloadCore

extension MonthlyView {
    /// The force summary in words, for the top of a report.
    public var summarySentences: [String] {
        let force = figures.force
        let limits = figures.limits
        let highRiskLimit = formatFixedPoint(limits.maxHighRiskHundredths, places: 2)
        var sentences = [
            "\(formatCount(force.officers)) officers hold \(formatCount(force.allocated)) cases, an average of \(formatDecimal(force.averageCases)) per active officer; \(formatCount(force.unallocated)) \(force.unallocated == 1 ? "case is" : "cases are") waiting for an officer.",
            "\(Self.officers(force.officersOverCases)) over the caseload limit of \(limits.maxCases) (pro rata by FTE).",
            "\(Self.officers(force.officersOverHighRisk)) over \(highRiskLimit)% high risk"
                + (force.officersOverHighRisk > 0 ? ", \(force.apOfficersOverHighRisk) of them running an Approved Premises." : "."),
        ]
        if let trained = force.l2L3WithTrainedPercent {
            sentences.append("\(formatDecimal(trained))% of the \(formatCount(force.l2L3Cases)) MAPPA level 2 and 3 cases are held by a MOSOVO-trained officer.")
        }
        if let community = force.communityPercent {
            sentences.append("\(formatDecimal(community))% of allocated offenders are in the community.")
        }
        if force.reviewsOverdue > 0 {
            let holders = figures.officers.count { $0.reviewsOverdue > 0 }
            sentences.append("\(formatCount(force.reviewsOverdue)) risk review\(force.reviewsOverdue == 1 ? " is" : "s are") overdue, held by \(holders == 1 ? "1 officer" : "\(formatCount(holders)) officers").")
        }
        if let wait = activity.medianWaitDays {
            sentences.append("The cases allocated this month waited a median of \(formatDecimal(wait)) days from referral.")
        }
        return sentences
    }

    private static func officers(_ count: Int) -> String {
        count == 1 ? "1 officer is" : "\(formatCount(count)) officers are"
    }
}

extension MonthlyView {
    /// An officer's row of the view, as the officer fields read it.
    func fieldRow(_ row: (figures: OfficerFigures, changeCases: Int?)) -> OfficerField.Row {
        OfficerField.Row(
            figures: row.figures, changeCases: row.changeCases, changeHighRiskPercent: changeHighRiskPercent[row.figures.officer.id],
            redacted: redacted)
    }
}
