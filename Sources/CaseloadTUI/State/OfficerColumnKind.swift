import CaseloadCore

/// A column of the Officers table: its heading, number (the sort key), width, and how it sorts.
public enum OfficerColumnKind: Int, CaseIterable, Hashable, Sendable {
    case name = 1, team, cases, highRisk, mix, mosovo, badges, flags, recent

    public var heading: String {
        switch self {
        case .name: "NAME"
        case .team: "TEAM"
        case .cases: "CASES"
        case .highRisk: "HIGH RISK"
        case .mix: "MIX L/M/H/VH"
        case .mosovo: "MOSOVO"
        case .badges: "BADGES"
        case .flags: "FLAGS"
        case .recent: "7D"
        }
    }

    /// Columns wide; 0 for the name, which takes what is left.
    var width: Int {
        switch self {
        case .name: 0
        case .team: 8
        case .cases: 15
        case .highRisk: 14
        case .mix: 12
        case .mosovo: 8
        case .badges: 8
        case .flags: 16
        case .recent: 4
        }
    }

    /// Which columns to drop first when the terminal is narrow: lower shows longer.
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
        }
    }

    var alignRight: Bool { self == .recent }

    /// Orders two officers by this column, ascending; ties fall to the officer id.
    func ascending(_ a: OfficerFigures, _ b: OfficerFigures, _ recentA: Int, _ recentB: Int) -> Bool {
        func by<T: Comparable>(_ x: T, _ y: T) -> Bool { x != y ? x < y : a.officer.id < b.officer.id }
        switch self {
        case .name: return by(a.officer.name, b.officer.name)
        case .team: return by(a.officer.team, b.officer.team)
        case .cases: return by(a.cases * 1000 / max(a.caseLimit, 1), b.cases * 1000 / max(b.caseLimit, 1))
        case .highRisk: return by(a.highRisk * b.cases, b.highRisk * a.cases)
        case .mix: return by(a.workload.veryHigh, b.workload.veryHigh)
        case .mosovo: return by(a.officer.mosovo.rawValue, b.officer.mosovo.rawValue)
        case .badges: return by((a.officer.approvedPremises ? 2 : 0) + (a.officer.daSpecialist ? 1 : 0), (b.officer.approvedPremises ? 2 : 0) + (b.officer.daSpecialist ? 1 : 0))
        case .flags: return by(a.flags.count, b.flags.count)
        case .recent: return by(recentA, recentB)
        }
    }

    /// The columns that fit a width, in table order, and the name's width.
    static func layout(width: Int) -> (columns: [OfficerColumnKind], nameWidth: Int) {
        let minimumName = 16
        var chosen: [OfficerColumnKind] = [.name]
        var used = minimumName + 2
        for column in allCases.filter({ $0 != .name }).sorted(by: { $0.priority < $1.priority }) {
            guard used + column.width + 1 <= width else { break }
            chosen.append(column)
            used += column.width + 1
        }
        let ordered = allCases.filter(chosen.contains)
        return (ordered, min(28, minimumName + (width - used)))
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
