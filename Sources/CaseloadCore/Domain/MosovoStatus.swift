/// Where an officer stands with the Management of Sexual or Violent Offenders course.
public enum MosovoStatus: String, CaseIterable, Sendable, Codable {
    case trained
    case awaiting
    case untrained = "none"

    /// Only a `trained` officer may hold a MAPPA level 2 or 3 case (recommendation 18).
    public var mayHoldLevel2Or3: Bool { self == .trained }
}
