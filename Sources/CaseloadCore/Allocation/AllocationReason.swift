/// Why a case was moved or a rule overridden, from the probation allocation service's list.
public enum AllocationReason: String, CaseIterable, Sendable {
    case caseloadAdjustment = "caseload_adjustment"
    case changeInRisk = "change_in_risk"
    case changeOfAddress = "change_of_address"
    case coverForAbsence = "cover_for_absence"
    case officerLeft = "officer_left"
    case riskToStaff = "risk_to_staff"
    case continuityWithPreviousOfficer = "continuity_with_previous_officer"
    case noSuitableOfficerAvailable = "no_suitable_officer_available"
    /// Needs a note saying what the reason is.
    case other

    /// The reasons that stand without a note: every one but `other`.
    public static let sayingEnough = allCases.filter { $0 != .other }

    /// The reason in words: "caseload adjustment".
    public var words: String { rawValue.replacingOccurrences(of: "_", with: " ") }

    /// Reads a reason written with underscores, hyphens or spaces, in any case.
    public init?(text: String) {
        let normalised = String(text.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
        self.init(rawValue: normalised)
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
