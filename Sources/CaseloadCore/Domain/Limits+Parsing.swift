/// Reading limits as people write them: "--max-high-risk 17.5", "near = 0.9".
extension Limits {
    /// A limit given as text that is not a valid value, with what would be right.
    public struct InvalidValue: Error, Equatable, CustomStringConvertible {
        public let setting: String
        public let value: String
        public let expected: String
        public var description: String { "\(setting): '\(value)' is not valid; \(expected)" }
    }

    public static let maxCasesSetting = "max-cases"
    public static let maxHighRiskSetting = "max-high-risk"
    public static let nearSetting = "near"
    public static let shareFloorSetting = "share-floor"
    public static let maxIntakeSetting = "max-intake"
    public static let coverAfterDaysSetting = "cover-after-days"
    public static let urgentCoverAfterDaysSetting = "urgent-cover-after-days"

    /// Sets one limit from its text, by the setting's name as on the command line without dashes.
    public mutating func set(_ setting: String, to text: String) throws(InvalidValue) {
        switch setting {
        case Self.maxCasesSetting:
            guard let value = Int(text), (1...100_000).contains(value) else {
                throw InvalidValue(setting: setting, value: text, expected: "use a whole number of cases from 1 to 100000, e.g. 50")
            }
            maxCases = value
        case Self.maxHighRiskSetting:
            guard let value = parseFixedPoint(text, places: 2), (1...10_000).contains(value) else {
                throw InvalidValue(setting: setting, value: text, expected: "use a percentage above 0 and at most 100 with up to two decimals, e.g. 20")
            }
            maxHighRiskHundredths = value
        case Self.nearSetting:
            guard let value = parseFixedPoint(text, places: 3), (1...1000).contains(value) else {
                throw InvalidValue(setting: setting, value: text, expected: "use a fraction above 0 and at most 1 with up to three decimals, e.g. 0.9")
            }
            nearThousandths = value
        case Self.shareFloorSetting:
            guard let value = Int(text), (0...1000).contains(value) else {
                throw InvalidValue(setting: setting, value: text, expected: "use a whole number of cases from 0 to 1000, e.g. 10")
            }
            shareFloor = value
        case Self.maxIntakeSetting:
            guard let value = Int(text), (1...1000).contains(value) else {
                throw InvalidValue(setting: setting, value: text, expected: "use a whole number of new cases from 1 to 1000, e.g. 5")
            }
            maxIntake = value
        case Self.coverAfterDaysSetting, Self.urgentCoverAfterDaysSetting:
            guard let value = Int(text), (0...365).contains(value) else {
                throw InvalidValue(setting: setting, value: text, expected: "use a whole number of days from 0 to 365, e.g. \(setting == Self.coverAfterDaysSetting ? 14 : 2)")
            }
            if setting == Self.coverAfterDaysSetting { coverAfterDays = value } else { urgentCoverAfterDays = value }
        default:
            throw InvalidValue(
                setting: setting, value: text,
                expected: "the settings are max-cases, max-high-risk, near, share-floor, max-intake, cover-after-days, urgent-cover-after-days, force-name and welfare-contact")
        }
    }
}
