/// A case's Multi-Agency Public Protection Arrangements category and management level.
public struct Mappa: Hashable, Sendable {
    private let storedCategory: UInt8
    private let storedLevel: UInt8

    /// The MAPPA category: 1 registered sexual offenders, 2 violent offenders, 3 other dangerous offenders.
    public var category: Int { Int(storedCategory) }
    /// The MAPPA management level, 1 (ordinary agency management) to 3 (senior multi-agency).
    public var level: Int { Int(storedLevel) }

    public static let validValues = 1...3

    public init(category: Int, level: Int) {
        precondition(Self.validValues.contains(category) && Self.validValues.contains(level))
        storedCategory = UInt8(category)
        storedLevel = UInt8(level)
    }

    /// Level 2 and 3 cases must be held by a MOSOVO-trained officer.
    public var needsTrainedOfficer: Bool { level >= 2 }
}
