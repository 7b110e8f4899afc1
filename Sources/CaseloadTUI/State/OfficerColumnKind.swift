import CaseloadCore

/// A column of the Officers table: its heading, number (the sort key), width, how long it stays, and how it sorts.
public enum OfficerColumnKind: Int, CaseIterable, Hashable, Sendable {
    case name = 1, team, cases, highRisk, flags, mosovo, badges, recent, mix, location, levels, fte

    public var heading: String {
        switch self {
        case .name: "NAME"
        case .team: "TEAM"
        case .cases: "CASES"
        case .highRisk: "HIGH RISK"
        case .mix: "RISK L/M/H/VH"
        case .mosovo: "MOSOVO"
        case .badges: "BADGES"
        case .flags: "FLAGS"
        case .recent: "7 DAYS"
        case .location: "COMM/CUST/AP/HOSP"
        case .levels: "L2/L3"
        case .fte: "FTE"
        }
    }

    /// The heading as drawn: the column's number, for sorting by it, then its name.
    var label: String { "\(rawValue) \(heading)" }

    /// The table column: wide enough for the values and for the heading with its sort mark.
    var tableColumn: TableColumn {
        let values: Int = switch self {
        case .name: 16
        case .team: 8
        case .cases: 15
        case .highRisk: 14
        case .mix: 11
        case .mosovo: 8
        case .badges: 11
        case .flags: 17
        case .recent: 3
        case .location: 11
        case .levels: 5
        case .fte: 4
        }
        return TableColumn(
            heading: label + "▼", width: values, priority: priority, flexible: self == .name, maximum: 28,
            alignRight: self == .recent || self == .fte)
    }

    /// Which columns stay as the terminal narrows: lower stays longer.
    var priority: Int {
        switch self {
        case .name: 0
        case .cases: 1
        case .highRisk: 2
        case .flags: 3
        case .team: 4
        case .mosovo: 5
        case .badges: 6
        case .recent: 7
        case .mix: 8
        case .levels: 9
        case .location: 10
        case .fte: 11
        }
    }

    /// Orders two officers by this column, ascending; ties fall to the officer id.
    func ascending(_ a: OfficerFigures, _ b: OfficerFigures, _ recentA: Int, _ recentB: Int) -> Bool {
        func by<T: Comparable>(_ x: T, _ y: T) -> Bool { x != y ? x < y : a.officer.id < b.officer.id }
        switch self {
        case .name: return by(a.officer.name, b.officer.name)
        case .team: return by(a.officer.team, b.officer.team)
        case .cases: return by(a.cases * 1000 / max(a.caseLimit, 1), b.cases * 1000 / max(b.caseLimit, 1))
        case .highRisk: return by(a.highRiskPercent, b.highRiskPercent)
        case .mix: return by(a.workload.veryHigh, b.workload.veryHigh)
        case .mosovo: return by(a.officer.mosovo.rawValue, b.officer.mosovo.rawValue)
        case .badges: return by((a.officer.approvedPremises ? 2 : 0) + (a.officer.daSpecialist ? 1 : 0), (b.officer.approvedPremises ? 2 : 0) + (b.officer.daSpecialist ? 1 : 0))
        case .flags: return by(Self.severity(a) * 1_000_000 + a.cases - a.caseLimit, Self.severity(b) * 1_000_000 + b.cases - b.caseLimit)
        case .recent: return by(recentA, recentB)
        case .location: return by(a.workload.community, b.workload.community)
        case .levels: return by(a.workload.level2Or3, b.workload.level2Or3)
        case .fte: return by(a.officer.fte.millionths, b.officer.fte.millionths)
        }
    }

    /// How serious an officer's flags are: over both limits 4, over one 3, a rule broken 2, near 1, nothing 0.
    static func severity(_ officer: OfficerFigures) -> Int {
        let over = (officer.caseStanding == .over ? 1 : 0) + (officer.highRiskStanding == .over ? 1 : 0)
        if over == 2 { return 4 }
        if over == 1 { return 3 }
        if officer.isBreaching { return 2 }
        return officer.flags.isEmpty ? 0 : 1
    }

    /// The columns that fit a width, in table order, with their widths.
    static func layout(width: Int) -> (columns: [OfficerColumnKind], widths: [Int], table: TableLayout) {
        let table = TableLayout.fit(allCases.map(\.tableColumn), width: width - 1)
        return (table.shown.map { allCases[$0.index] }, table.shown.map(\.width), table)
    }
}

/// The rows of the Officers table under the current sort and filter, as positions in `figures.officers`.
public enum OfficerRows {
    public static func rows(_ data: DashboardData, _ settings: OfficerListSettings) -> [Int] {
        data.officerRows.value(for: settings) { compute(data, settings) }
    }

    private static func compute(_ data: DashboardData, _ settings: OfficerListSettings) -> [Int] {
        let officers = data.figures.officers
        let needle = settings.filterText.lowercased()
        var rows = officers.indices.filter { index in
            let officer = officers[index]
            if settings.flaggedOnly && !officer.isBreaching { return false }
            if let team = settings.team, officer.officer.team != team { return false }
            if !needle.isEmpty && !data.filterTexts[index].contains(needle) { return false }
            return true
        }
        let column = settings.sortColumn
        rows.sort { a, b in
            let (first, second) = settings.descending ? (b, a) : (a, b)
            return column.ascending(officers[first], officers[second], data.recentAllocations(first), data.recentAllocations(second))
        }
        return rows
    }
}
