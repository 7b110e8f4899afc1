import CaseloadCore

extension ScreenKind {
    public static let officers = ScreenKind("officers", [.list, .opens, .searchable, .sortable])
}

extension Screen {
    /// Home: every officer.
    public static var officers: Screen { Screen(OfficersScreen()) }
}

extension AppState {
    /// The state on the home screen, every officer, before any key.
    public init(supervisor: String?) { self.init(home: .officers, supervisor: supervisor) }
}

/// The home screen: one row per officer against the limits, with the force figures above.
struct OfficersScreen: ScreenDefinition {
    static let kind = ScreenKind.officers

    /// The home list's own keys: filtering by text, team and flags, and sorting (which the Ahead screen shares).
    static let keys: [KeyBinding] = [
        KeyBinding(keys: [.character("\\")], label: "\\", action: .filter, help: "filter officers by text (empty to clear)", screens: [.officers], inBar: true, barWord: "filter"),
        KeyBinding(keys: [.character("t")], label: "t", action: .nextTeam, help: "show the next team; after the last, all", screens: [.officers], inBar: true, barWord: "team"),
        KeyBinding(keys: [.character("T")], label: "T", action: .previousTeam, help: "show the previous team", screens: [.officers], inBar: false, barWord: ""),
        KeyBinding(keys: [.control("t")], label: "Ctrl-T", action: .pickTeam, help: "choose a team from the list, typing to narrow it", screens: [.officers], inBar: false, barWord: ""),
        KeyBinding(keys: [.character("!")], label: "!", action: .toggleFlagged, help: "only officers over a limit or breaking a rule, or all", screens: [.officers], inBar: true, barWord: "flagged"),
        KeyBinding(keys: [.character(">")], label: ">", action: .sortNextColumn, help: "sort by the next column", screens: .screens(.sortable), inBar: false, barWord: ""),
        KeyBinding(keys: [.character("<")], label: "<", action: .sortPreviousColumn, help: "sort by the previous column", screens: .screens(.sortable), inBar: true, barWord: "sort"),
        KeyBinding(keys: (1...9).map { .character(Character(String($0))) }, label: "1-9", action: .sortBy(0), help: "sort by that column (numbered in the header)", screens: [.officers], inBar: false, barWord: ""),
        KeyBinding(keys: [.character("I")], label: "I", action: .sortReverse, help: "reverse the sort", screens: .screens(.sortable), inBar: false, barWord: ""),
    ]

    func perform(_ action: Action, _ state: inout AppState, _ data: DashboardData) -> [Effect]? {
        let columns = OfficerColumnKind.allCases.count
        switch action {
        case .filter: state.prompt = Prompt(purpose: .filter, text: state.officerList.filterText)
        case .nextTeam: Self.stepTeam(&state, data, by: 1)
        case .previousTeam: Self.stepTeam(&state, data, by: -1)
        case .pickTeam: state.dialog = .teams(filter: "", selected: state.officerList.team.flatMap { data.teams.firstIndex(of: $0) } ?? -1)
        case .toggleFlagged:
            state.officerList.flaggedOnly.toggle()
            state.page.selected = 0
        case .sortNextColumn: state.sort(by: state.officerList.sortColumn.rawValue % columns + 1)
        case .sortPreviousColumn: state.sort(by: (state.officerList.sortColumn.rawValue + columns - 2) % columns + 1)
        case .sortBy(let number): state.sort(by: number)
        case .sortReverse: state.officerList.descending.toggle()
        case .whatIf:
            let rows = OfficerRows.rows(data, state.officerList)
            if rows.indices.contains(state.page.selected) { state.push(.whatIf(officerID: data.figures.officers[rows[state.page.selected]].officer.id)) }
        default: return nil
        }
        return []
    }

    /// Shows the next or previous team, with all teams before the first and after the last.
    static func stepTeam(_ state: inout AppState, _ data: DashboardData, by step: Int) {
        let teams = data.teams
        guard !teams.isEmpty else { return }
        let current = state.officerList.team.flatMap { teams.firstIndex(of: $0) } ?? teams.count
        let next = (current + step + teams.count + 1) % (teams.count + 1)
        state.officerList.team = next == teams.count ? nil : teams[next]
        state.page.selected = 0
    }

    func title(_ data: DashboardData) -> String { "Officers" }

    func count(_ state: AppState, _ data: DashboardData) -> Int {
        OfficerRows.rows(data, state.officerList).count
    }

    func searchTexts(_ state: AppState, _ data: DashboardData) -> [String] {
        OfficerRows.rows(data, state.officerList).map { data.figures.officers[$0].officer.name + " " + data.figures.officers[$0].officer.id.text }
    }

    func open(_ state: inout AppState, _ data: DashboardData) -> [Effect] {
        let rows = OfficerRows.rows(data, state.officerList)
        guard rows.indices.contains(state.page.selected) else { return [] }
        state.push(.officer(id: data.figures.officers[rows[state.page.selected]].officer.id))
        return []
    }

    func clickHeading(_ state: inout AppState, column: Int, _ data: DashboardData) {
        let layout = OfficerColumnKind.layout(width: state.terminalWidth)
        guard let index = layout.table.column(at: column) else { return }
        state.sort(by: OfficerColumnKind.allCases[index].rawValue)
    }

    func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData, _ theme: Theme) {
        let force = data.figures.force
        let untrained = data.figures.officers.count { $0.has(.untrainedL2L3) }
        let overHighRisk = "\(formatCount(force.officersOverHighRisk)) (AP \(formatCount(force.apOfficersOverHighRisk)))"
        let facts = [
            ("Officers \(formatCount(force.officers))", "Off \(formatCount(force.officers))"),
            ("Cases \(formatCount(force.cases))", "Cases \(formatCount(force.cases))"),
            ("Queue \(formatCount(force.unallocated))", "Queue \(formatCount(force.unallocated))"),
            ("Avg \(formatDecimal(force.averageCases))", "Avg \(formatDecimal(force.averageCases))"),
            ("Over caseload \(formatCount(force.officersOverCases))", "OverCases \(formatCount(force.officersOverCases))"),
            ("Over high risk \(overHighRisk)", "OverHR \(overHighRisk)"),
            ("Untrained L2/3 \(formatCount(untrained))", "UntrL2/3 \(formatCount(untrained))"),
        ]
        Chrome.drawSummary(&canvas, fitted(facts, width: canvas.width - 2))
        let settings = state.officerList
        var status = ["team: \(settings.team ?? "all")"]
        if !data.isComplete { status.append("loading every case…") }
        if settings.flaggedOnly { status.append("over a limit or breaking a rule only") }
        if !settings.filterText.isEmpty { status.append("filter: “\(settings.filterText)”") }
        Chrome.drawStatus(&canvas, status.joined(separator: " · "))

        let layout = OfficerColumnKind.layout(width: canvas.width)
        Chrome.drawHeadings(&canvas, layout.table, OfficerColumnKind.allCases.map { column in
            column.label + (column == settings.sortColumn ? (settings.descending ? "▼" : "▲") : "")
        })
        let rows = OfficerRows.rows(data, settings)
        Chrome.drawList(&canvas, state, count: rows.count) { canvas, index, row in
            let position = rows[index]
            let officer = data.figures.officers[position]
            var x = 1
            for (column, width) in zip(layout.columns, layout.widths) {
                drawCell(
                    &canvas, column, officer, recent: data.isComplete ? data.recentAllocations(position) : nil,
                    limitPercent: data.limits.maxHighRiskPercent, row: row, column: x, width: width, theme: theme)
                x += width + 1
            }
        }
    }

    /// As many of the facts as fit, joined by " · ", dropped whole from the end rather than cut.
    /// The force's facts in the width: in full, else each in short from the last on, else closer together; none is
    /// dropped while the short forms fit.
    func fitted(_ facts: [(full: String, short: String)], width: Int) -> String {
        var shown = facts.map(\.full)
        for index in facts.indices.reversed() where shown.joined(separator: " · ").displayWidth > width { shown[index] = facts[index].short }
        let joined = shown.joined(separator: " · ")
        return joined.displayWidth <= width ? joined : shown.joined(separator: "·")
    }

    func drawCell(
        _ canvas: inout Canvas, _ kind: OfficerColumnKind, _ officer: OfficerFigures, recent: Int?, limitPercent: Double, row: Int,
        column: Int, width: Int, theme: Theme
    ) {
        let muted = !officer.officer.isActive
        let w = officer.workload
        switch kind {
        case .name:
            canvas.put(officer.officer.name, row: row, column: column, style: muted ? .muted : .normal, limit: width)
        case .team:
            canvas.put(officer.officer.team, row: row, column: column, limit: width)
        case .cases:
            let text = "\(officer.cases)/\(officer.caseLimit)\(Theme.mark(officer.caseStanding))"
            canvas.put(text.padded(toWidth: 7, alignRight: true), row: row, column: column, style: Style(standing: officer.caseStanding))
            let fraction = officer.caseLimit == 0 ? 1 : Double(officer.cases) / Double(officer.caseLimit)
            Bar.draw(&canvas, row: row, column: column + 8, width: width - 8, fraction: fraction, standing: officer.caseStanding, theme: theme)
        case .highRisk:
            let text = formatDecimal(officer.highRiskPercent) + "%" + Theme.mark(officer.highRiskStanding)
            canvas.put(text.padded(toWidth: 6, alignRight: true), row: row, column: column, style: Style(standing: officer.highRiskStanding))
            Bar.draw(&canvas, row: row, column: column + 7, width: width - 7, fraction: officer.highRiskPercent / limitPercent, standing: officer.highRiskStanding, theme: theme)
        case .mix:
            canvas.put("\(w.low)/\(w.medium)/\(w.high)/\(w.veryHigh)", row: row, column: column, limit: width)
        case .mosovo:
            canvas.put(officer.officer.mosovo.rawValue, row: row, column: column, style: officer.officer.mosovo == .trained ? .normal : .near, limit: width)
        case .badges:
            var badges: [String] = []
            if officer.officer.approvedPremises { badges.append("AP") }
            if officer.officer.daSpecialist { badges.append("DA") }
            if officer.officer.status == .leave { badges.append("LV") }
            if officer.officer.status != .leave && officer.officer.absence != nil { badges.append("AB") }
            if officer.officer.reductionMillionths > 0 { badges.append("RD") }
            if officer.officer.fte.isPartTime { badges.append("PT") }
            canvas.put(badges.joined(separator: " "), row: row, column: column, limit: width)
        case .flags:
            let words = officer.flags.map(shortWord)
            canvas.put(words.joined(separator: " "), row: row, column: column, style: officer.isBreaching ? .over : .near, limit: width)
        case .recent:
            canvas.put((recent.map(String.init) ?? "…").padded(toWidth: width, alignRight: true), row: row, column: column, style: recent == nil ? .muted : .normal)
        case .location:
            canvas.put("\(w.community)/\(w.custody)/\(w.approvedPremises)/\(w.hospital)", row: row, column: column, limit: width)
        case .levels:
            canvas.put("\(w.level2)/\(w.level3)", row: row, column: column, style: officer.has(.untrainedL2L3) ? .over : .normal, limit: width)
        case .fte:
            canvas.put(officer.officer.fte.description.padded(toWidth: width, alignRight: true), row: row, column: column)
        }
    }

    func shortWord(_ flag: Flag) -> String {
        switch flag {
        case .overCases: "cases!"
        case .nearCases: "cases~"
        case .overHighRisk: "risk!"
        case .nearHighRisk: "risk~"
        case .untrainedL2L3: "untrained!"
        case .awaitingWithoutBuddy: "no buddy!"
        case .needsCover: "cover!"
        case .reviewsOverdue: "review!"
        }
    }
}
