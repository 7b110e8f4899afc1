/// Where the offender is now.
public enum Location: String, CaseIterable, Sendable, Codable {
    case community
    case custody
    case approvedPremises = "approved_premises"
    case hospital
}
