/// What `caseload flags` prints: officers over or near a limit, and MAPPA level 2/3 cases in untrained hands.
public struct FlagsReport: Sendable {
    public let figures: Figures
    public let untrainedCases: [(case: Case, officer: Officer)]

    public init(force: Force, limits: Limits) {
        self.init(figures: force.figures(limits: limits), untrainedCases: force.untrainedLevel2Or3Cases())
    }

    /// The report from figures already counted, and the level 2/3 cases that flagged officers hold.
    public init(figures: Figures, untrainedCases: [(case: Case, officer: Officer)]) {
        self.figures = figures
        self.untrainedCases = untrainedCases
    }

    /// True when any officer carries a flag.
    public var hasFlags: Bool { !figures.flagged.isEmpty }

    /// A table for people: one row per flagged officer, worst first, then the untrained-hands cases.
    public func table() -> String {
        var output = figures.limits.sentence + "\n\n"
        let flagged = figures.flagged.sorted(by: Self.worstFirst)
        if flagged.isEmpty {
            output += "No officer is over or near a limit.\n"
        } else {
            var table = TextTable(columns: [
                .init("OFFICER"), .init("NAME"), .init("TEAM"), .init("CASES", alignRight: true),
                .init("HIGH RISK", alignRight: true), .init("FLAGS"),
            ])
            for officer in flagged {
                table.append([
                    officer.officer.id, officer.officer.name, officer.officer.team,
                    "\(officer.cases)/\(officer.caseLimit)" + Self.mark(officer.caseStanding),
                    "\(officer.highRisk) \(formatDecimal(officer.highRiskPercent))%" + Self.mark(officer.highRiskStanding),
                    officer.flags.map(\.rawValue).joined(separator: ", "),
                ])
            }
            output += table.rendered()
            let over = flagged.count(where: { $0.flags.contains(where: \.isBreach) })
            output += "\n\(over) of \(figures.officers.count) officers over a limit or holding a case they may not; \(flagged.count - over) near a limit.\n"
        }
        if !untrainedCases.isEmpty {
            output += "\nMAPPA level 2 and 3 cases held by officers who are not MOSOVO trained:\n"
            var table = TextTable(columns: [.init("CASE"), .init("LEVEL", alignRight: true), .init("OFFICER"), .init("NAME"), .init("MOSOVO")])
            for (item, officer) in untrainedCases {
                table.append([item.id, String(item.mappa?.level ?? 0), officer.id, officer.name, officer.mosovo.rawValue])
            }
            output += table.rendered()
        }
        return output
    }

    /// The report as JSON, keys in a fixed order, for other tools.
    public func json() -> String {
        JSON.object([
            ("limits", figures.limits.json),
            ("officers", .array(figures.flagged.map { officer in
                .object([
                    ("officer_id", .string(officer.officer.id)),
                    ("name", .string(officer.officer.name)),
                    ("team", .string(officer.officer.team)),
                    ("fte", .fixedPoint(officer.officer.fte.millionths, places: FTE.places)),
                    ("mosovo", .string(officer.officer.mosovo.rawValue)),
                    ("approved_premises", .bool(officer.officer.approvedPremises)),
                    ("status", .string(officer.officer.status.rawValue)),
                    ("cases", .int(officer.cases)),
                    ("case_limit", .int(officer.caseLimit)),
                    ("high_risk", .int(officer.highRisk)),
                    ("high_risk_pct", .percent(officer.highRiskPercent)),
                    ("flags", .array(officer.flags.map { .string($0.rawValue) })),
                ])
            })),
            ("untrained_l2_l3_cases", .array(untrainedCases.map { item, officer in
                .object([
                    ("case_id", .string(item.id)),
                    ("mappa_level", .int(item.mappa?.level ?? 0)),
                    ("officer_id", .string(officer.id)),
                    ("mosovo", .string(officer.mosovo.rawValue)),
                ])
            })),
        ]).rendered()
    }

    /// One CSV row per flagged officer, safe to open in a spreadsheet, with the limits on every row.
    public func csv() -> [UInt8] {
        var writer = CSVWriter(audience: .spreadsheet)
        writer.writeRow([
            "officer_id", "name", "team", "cases", "case_limit", "high_risk", "high_risk_pct", "max_high_risk_pct", "flags",
        ])
        for officer in figures.flagged {
            writer.writeRow([
                .text(officer.officer.id), .text(officer.officer.name), .text(officer.officer.team),
                .number(String(officer.cases)), .number(String(officer.caseLimit)), .number(String(officer.highRisk)),
                .number(formatDecimal(officer.highRiskPercent)),
                .number(formatFixedPoint(figures.limits.maxHighRiskHundredths, places: 2)),
                .text(officer.flags.map(\.rawValue).joined(separator: ";")),
            ])
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

    /// Breaches before near misses, then the most over the caseload limit, then by id.
    static func worstFirst(_ a: OfficerFigures, _ b: OfficerFigures) -> Bool {
        let aBreach = a.flags.contains(where: \.isBreach)
        let bBreach = b.flags.contains(where: \.isBreach)
        if aBreach != bBreach { return aBreach }
        let aExcess = a.cases - a.caseLimit
        let bExcess = b.cases - b.caseLimit
        if aExcess != bExcess { return aExcess > bExcess }
        return a.officer.id < b.officer.id
    }
}
