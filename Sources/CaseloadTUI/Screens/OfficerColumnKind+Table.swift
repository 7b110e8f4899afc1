extension OfficerColumnKind {
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
            heading: label + "▼", width: values, priority: priority, flexible: self == .name || self == .team, maximum: self == .team ? 20 : 28,
            alignRight: self == .recent || self == .fte)
    }

    /// The columns that fit a width, in table order, with their widths.
    static func layout(width: Int) -> (columns: [OfficerColumnKind], widths: [Int], table: TableLayout) {
        let table = TableLayout.fit(allCases.map(\.tableColumn), width: width - 1)
        return (table.shown.map { allCases[$0.index] }, table.shown.map(\.width), table)
    }
}
