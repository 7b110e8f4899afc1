import CaseloadCore

/// What `caseload flags` prints: officers over a limit or breaking a rule, those near a limit, and MAPPA level 2/3
/// cases in untrained hands.
///
/// Near is a watch list, not a flag: Surrey's healthy average of 45 is 90% of 50, so most officers of a healthy
/// force are near. The table and CSV list officers over a limit or breaking a rule, and count those near; with
/// `includeNear` they list them too. JSON always gives every flagged officer with their `near_*` flags.
public struct FlagsReport: Sendable {
    public let figures: Figures
    public let untrainedCases: [(case: Case, officer: Officer)]
    /// List officers only near a limit in the table and CSV as well.
    public let includeNear: Bool
    /// Each officer's counts in the month before, by id, for the JSON's `change_cases` and `change_high_risk_pct`;
    /// empty when none was recorded.
    public var lastMonth: [OfficerID: Workload] = [:]

    public init(force: Force, limits: Limits, includeNear: Bool = false) {
        self.init(figures: force.figures(limits: limits), untrainedCases: force.untrainedLevel2Or3Cases(), includeNear: includeNear)
    }

    /// The report from figures already counted, and the level 2/3 cases that flagged officers hold.
    public init(figures: Figures, untrainedCases: [(case: Case, officer: Officer)], includeNear: Bool = false) {
        self.figures = figures
        self.untrainedCases = untrainedCases
        self.includeNear = includeNear
    }

    /// True when any officer is over a limit or breaking a rule; near alone is not a flag.
    public var hasFlags: Bool { figures.officers.contains(where: \.isBreaching) }

    /// The officers the table and CSV list: breaching, and near too when asked.
    var listed: [OfficerFigures] { includeNear ? figures.flagged : figures.breaching }

    /// A table for people: one row per officer over a limit or breaking a rule, worst first, a count of those near,
    /// then the untrained-hands cases.
    public func table() -> String {
        var output = figures.limits.sentence + "\n\n"
        let flagged = listed.sorted(by: Self.worstFirst)
        let near = figures.flagged.count - figures.breaching.count
        let nearWords = "\(near) officer\(near == 1 ? " is" : "s are") near a limit (at \(formatFixedPoint(figures.limits.nearThousandths / 10, places: 0))% or more of it)"
        if flagged.isEmpty {
            output += "No officer is over a limit or breaking a rule.\n"
            if near > 0 { output += nearWords + "; --near lists them.\n" }
        } else {
            var table = TextTable(columns: [
                .init("OFFICER"), .init("NAME"), .init("TEAM"), .init("CASES", alignRight: true),
                .init("HIGH RISK", alignRight: true), .init("FLAGS"),
            ])
            for officer in flagged {
                table.append([
                    officer.officer.id.text, officer.officer.name, officer.officer.team,
                    "\(officer.cases)/\(officer.caseLimit)" + Self.mark(officer.caseStanding),
                    "\(officer.highRisk) \(formatDecimal(officer.highRiskPercent))%" + Self.mark(officer.highRiskStanding),
                    officer.flags.map(\.rawValue).joined(separator: ", "),
                ])
            }
            output += table.rendered()
            let over = figures.breaching.count
            output += "\n\(over) of \(figures.officers.count) officers over a limit or breaking a rule. " + nearWords
                + (includeNear || near == 0 ? ".\n" : "; --near lists them.\n")
            let explained = flagged.filter(\.explainedByApprovedPremises).map(\.officer.id.text)
            if !explained.isEmpty {
                output += "Explained: \(explained.joined(separator: ", ")) \(explained.count == 1 ? "is" : "are") over on high risk only because of"
                    + " the residents of the Approved Premises they run; they may still take an AP resident, and no other case.\n"
            }
        }
        if !untrainedCases.isEmpty {
            output += "\nMAPPA level 2 and 3 cases held by officers who are not MOSOVO trained:\n"
            var table = TextTable(columns: [.init("CASE"), .init("LEVEL", alignRight: true), .init("OFFICER"), .init("NAME"), .init("MOSOVO")])
            for (offender, officer) in untrainedCases {
                table.append([offender.id.text, String(offender.mappa?.level ?? 0), officer.id.text, officer.name, officer.mosovo.rawValue])
            }
            output += table.rendered()
        }
        return output
    }

    /// Each flagged officer's fields in the JSON, in the contract's order.
    static let jsonFields = OfficerField.named([
        "officer_id", "name", "team", "fte", "mosovo", "approved_premises", "status", "cases", "case_limit", "high_risk", "high_risk_pct",
        "community", "custody", "approved_premises_cases", "hospital", "level2", "level3", "limit", "reduction", "available", "very_high",
        "covering", "under_cover", "on_hold", "explained_by_ap", "reviews_overdue", "change_high_risk_pct", "flags", "change_cases",
    ])

    /// The CSV's columns, in order: the officer's fields and the high-risk limit.
    static let csvColumns = ["officer_id", "name", "team", "cases", "case_limit", "high_risk", "high_risk_pct", "max_high_risk_pct", "flags"]

    /// The report as JSON, keys in a fixed order, for other tools.
    public func json() -> String {
        JSON.object([
            ("limits", figures.limits.json),
            ("officers", .array(figures.flagged.map { officer in
                let before = lastMonth[officer.officer.id]
                return Self.jsonFields.json(OfficerField.Row(
                    figures: officer, changeCases: before.map { officer.cases - $0.cases },
                    changeHighRiskPercent: before.map { figures.limits.highRiskPercent(of: officer.workload) - figures.limits.highRiskPercent(of: $0) }))
            })),
            ("untrained_l2_l3_cases", .array(untrainedCases.map { offender, officer in
                .object([
                    ("case_id", .id(offender.id)),
                    ("mappa_level", .int(offender.mappa?.level ?? 0)),
                    ("officer_id", .id(officer.id)),
                    ("mosovo", .string(officer.mosovo.rawValue)),
                ])
            })),
        ]).rendered()
    }

    /// One CSV row per flagged officer, safe to open in a spreadsheet, with the limits on every row; a notice, when
    /// given (the demo force), comes first on a row of its own.
    /// One tidy table, the header first; on the demo force every row says so in a last `demo` column.
    public func csv(isDemo: Bool = false) -> [UInt8] {
        var writer = CSVWriter(audience: .spreadsheet)
        let columns = Self.csvColumns + (isDemo ? ["demo"] : [])
        writer.writeRow(columns)
        let fields = OfficerField.named(Self.csvColumns.filter { OfficerField.all[$0] != nil })
        let shared: [String: CSVCell] = ["max_high_risk_pct": .number(formatFixedPoint(figures.limits.maxHighRiskHundredths, places: 2)), "demo": .text("yes")]
        for officer in listed {
            let cells = fields.csv(OfficerField.Row(figures: officer)).merging(shared) { own, _ in own }
            writer.writeRow(columns.map { cells[$0] ?? .text("") })
        }
        return writer.bytes
    }

    static func mark(_ standing: Standing) -> String {
        switch standing {
        case .over: " !"
        case .near: " ~"
        case .within: "  "
        }
    }

    /// Breaches before near misses, those over a limit first (no new offenders to them), then the most over the
    /// caseload limit, then by id.
    static func worstFirst(_ a: OfficerFigures, _ b: OfficerFigures) -> Bool {
        if a.isBreaching != b.isBreaching { return a.isBreaching }
        if a.isOverALimit != b.isOverALimit { return a.isOverALimit }
        let aExcess = a.cases - a.caseLimit
        let bExcess = b.cases - b.caseLimit
        if aExcess != bExcess { return aExcess > bExcess }
        return a.officer.id < b.officer.id
    }
}
