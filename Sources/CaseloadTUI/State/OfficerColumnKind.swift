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

    /// The number an officer sorts by in this column, ascending; ties fall to the officer id.
    func key(_ officer: OfficerFigures, _ position: Int, recent: Int, _ ranks: OfficerRanks) -> Int {
        let w = officer.workload
        switch self {
        case .name: return ranks.name[position]
        case .team: return ranks.team[position]
        case .cases: return officer.cases * 1000 / max(officer.caseLimit, 1)
        case .highRisk: return Int((officer.highRiskPercent * 10_000).rounded())
        case .mix: return w.veryHigh
        case .mosovo: return ranks.mosovo[position]
        case .badges: return (officer.officer.approvedPremises ? 2 : 0) + (officer.officer.daSpecialist ? 1 : 0)
        case .flags: return Self.severity(officer) * 1_000_000 + officer.cases - officer.caseLimit
        case .recent: return recent
        case .location: return w.community
        case .levels: return w.level2Or3
        case .fte: return officer.officer.fte.millionths
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
}

/// The rows of the Officers table under the current sort and filter, as positions in `figures.officers`.
public enum OfficerRows {
    public static func rows(_ data: DashboardData, _ settings: OfficerListSettings) -> [Int] {
        data.officerRows.value(for: settings) { compute(data, settings) }
    }

    private static func compute(_ data: DashboardData, _ settings: OfficerListSettings) -> [Int] {
        let officers = data.figures.officers
        let needle = settings.filterText.lowercased()
        let rows = officers.indices.filter { index in
            let officer = officers[index]
            if settings.flaggedOnly && !officer.isBreaching { return false }
            if let team = settings.team, officer.officer.team != team { return false }
            if !needle.isEmpty && !data.filterTexts[index].contains(needle) { return false }
            return true
        }
        let column = settings.sortColumn
        let ranks = data.ranks
        var keyed = rows.map { (key: column.key(officers[$0], $0, recent: data.isComplete ? data.recentAllocations($0) : 0, ranks), id: ranks.id[$0], row: $0) }
        keyed.sort { a, b in
            let (first, second) = settings.descending ? (b, a) : (a, b)
            return first.key != second.key ? first.key < second.key : first.id < second.id
        }
        return keyed.map(\.row)
    }
}

/// Each officer's place in the force by name, team, MOSOVO status and id, worked out once, so a sort compares numbers.
struct OfficerRanks: Sendable {
    let name: [Int]
    let team: [Int]
    let mosovo: [Int]
    let id: [Int]

    init(_ officers: [Officer]) {
        func ranks(_ text: (Officer) -> String) -> [Int] {
            var result = [Int](repeating: 0, count: officers.count)
            for (rank, position) in officers.indices.sorted(by: { (text(officers[$0]), officers[$0].id) < (text(officers[$1]), officers[$1].id) }).enumerated() {
                result[position] = rank
            }
            return result
        }
        name = ranks(\.name)
        team = ranks(\.team)
        mosovo = ranks(\.mosovo.rawValue)
        id = ranks(\.id.text)
    }
}
