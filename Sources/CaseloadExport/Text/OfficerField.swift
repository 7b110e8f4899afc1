import CaseloadCore

/// One officer's field as every output writes it, defined once: `flags`, the monthly JSON and the monthly CSV each
/// list the names they carry, in the contract's order, and take the value from here.
public struct OfficerField: Sendable {
    /// A field's value before it is written: JSON and CSV each write it their way (a missing value is `null` in
    /// JSON and an empty cell in CSV; a yes/no is `true`/`false` and "yes"/"no").
    public enum Value: Sendable {
        case text(String?)
        case count(Int?)
        /// One decimal, as every percentage is shown.
        case percent(Double?)
        case fixedPoint(Int, places: Int)
        case yesNo(Bool)
        case names([String])
    }

    /// What a field is read from: the officer's figures, with what only the monthly view knows.
    public struct Row: Sendable {
        public let figures: OfficerFigures
        public let changeCases: Int?
        public let changeHighRiskPercent: Double?
        /// Names left out, for reports that go beyond the force.
        public let redacted: Bool

        public init(figures: OfficerFigures, changeCases: Int? = nil, changeHighRiskPercent: Double? = nil, redacted: Bool = false) {
            self.figures = figures
            self.changeCases = changeCases
            self.changeHighRiskPercent = changeHighRiskPercent
            self.redacted = redacted
        }
    }

    public let name: String
    public let value: @Sendable (Row) -> Value

    /// Every field, by its contract name.
    public static let all: [String: OfficerField] = Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0) })

    /// The fields of these names, in this order; a name not defined here is a programming error.
    public static func named(_ names: [String]) -> [OfficerField] {
        names.map { name in
            guard let field = all[name] else { preconditionFailure("no officer field is called \(name)") }
            return field
        }
    }

    private static let fields: [OfficerField] = [
        OfficerField(name: "officer_id") { .text($0.figures.officer.id.text) },
        OfficerField(name: "name") { $0.redacted ? .text(nil) : .text($0.figures.officer.name) },
        OfficerField(name: "team") { .text($0.figures.officer.team) },
        OfficerField(name: "fte") { .fixedPoint($0.figures.officer.fte.millionths, places: FTE.places) },
        OfficerField(name: "mosovo") { .text($0.figures.officer.mosovo.rawValue) },
        OfficerField(name: "approved_premises") { .yesNo($0.figures.officer.approvedPremises) },
        OfficerField(name: "status") { .text($0.figures.officer.status.rawValue) },
        OfficerField(name: "cases") { .count($0.figures.cases) },
        OfficerField(name: "case_limit") { .count($0.figures.caseLimit) },
        OfficerField(name: "limit") { .count($0.figures.caseLimit) },
        OfficerField(name: "high_risk") { .count($0.figures.highRisk) },
        OfficerField(name: "high_risk_pct") { .percent($0.figures.highRiskPercent) },
        OfficerField(name: "very_high") { .count($0.figures.workload.veryHigh) },
        OfficerField(name: "community") { .count($0.figures.workload.community) },
        OfficerField(name: "custody") { .count($0.figures.workload.custody) },
        OfficerField(name: "approved_premises_cases") { .count($0.figures.workload.approvedPremises) },
        OfficerField(name: "hospital") { .count($0.figures.workload.hospital) },
        OfficerField(name: "level2") { .count($0.figures.workload.level2) },
        OfficerField(name: "level3") { .count($0.figures.workload.level3) },
        OfficerField(name: "covering") { .count($0.figures.workload.covering) },
        OfficerField(name: "under_cover") { .count($0.figures.workload.underCover) },
        OfficerField(name: "reviews_overdue") { .count($0.figures.reviewsOverdue) },
        OfficerField(name: "reduction") { .fixedPoint($0.figures.officer.reductionMillionths, places: 6) },
        OfficerField(name: "available") { .yesNo($0.figures.officer.isActive) },
        OfficerField(name: "on_hold") { .yesNo($0.figures.isOverALimit) },
        OfficerField(name: "explained_by_ap") { .yesNo($0.figures.explainedByApprovedPremises) },
        OfficerField(name: "buddy_id") { .text($0.figures.officer.buddyID?.text) },
        OfficerField(name: "mosovo_course_on") { .text($0.figures.officer.mosovoCourseOn?.description) },
        OfficerField(name: "flags") { .names($0.figures.flags.map(\.rawValue)) },
        OfficerField(name: "change_cases") { .count($0.changeCases) },
        OfficerField(name: "change_high_risk_pct") { .percent($0.changeHighRiskPercent) },
    ]

    init(name: String, value: @escaping @Sendable (Row) -> Value) {
        self.name = name
        self.value = value
    }
}

extension OfficerField.Value {
    /// As JSON writes it.
    public var json: JSON {
        switch self {
        case .text(let text): text.map(JSON.string) ?? .null
        case .count(let count): count.map(JSON.int) ?? .null
        case .percent(let value): .percent(value)
        case .fixedPoint(let value, let places): .fixedPoint(value, places: places)
        case .yesNo(let value): .bool(value)
        case .names(let names): .array(names.map(JSON.string))
        }
    }

    /// As a CSV cell, for a spreadsheet.
    public var csv: CSVCell {
        switch self {
        case .text(let text): .text(text ?? "")
        case .count(let count): .number(count.map { String($0) } ?? "")
        case .percent(let value): .number(value.map { formatDecimal($0) } ?? "")
        case .fixedPoint(let value, let places): .number(formatFixedPoint(value, places: places))
        case .yesNo(let value): .text(value ? "yes" : "no")
        case .names(let names): .text(names.joined(separator: ";"))
        }
    }
}

extension Array where Element == OfficerField {
    /// The fields of one officer as a JSON object, in order.
    public func json(_ row: OfficerField.Row) -> JSON {
        .object(map { ($0.name, $0.value(row).json) })
    }

    /// The fields of one officer as CSV cells, by name.
    public func csv(_ row: OfficerField.Row) -> [String: CSVCell] {
        Dictionary(uniqueKeysWithValues: map { ($0.name, $0.value(row).csv) })
    }
}
