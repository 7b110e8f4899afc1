import CaseloadCore
import CaseloadExport

extension ScreenKind {
    public static let officer = ScreenKind("officer", [.list, .opens, .searchable])
}

extension Screen {
    /// One officer: their figures and their cases.
    public static func officer(id: OfficerID) -> Screen { Screen(OfficerScreen(officerID: id)) }
}

/// One officer: why they are flagged, in words; their figures now and in recent months; every case they hold.
/// Enter on a case opens Transfer.
struct OfficerScreen: ScreenDefinition {
    static let kind = ScreenKind.officer
    let officerID: OfficerID

    /// The officer's own keys: their cover plan, an absence or reduction, their notice.
    static let keys: [KeyBinding] = [
        KeyBinding(keys: [.character("c")], label: "c", action: .cover, help: "this officer's cover plan: their cases with colleagues while they are away", screens: [.officer], inBar: true, barWord: "cover"),
        KeyBinding(keys: [.character("A")], label: "A", action: .recordAvailability, help: "record an absence or reduction for this officer", screens: [.officer], inBar: true, barWord: "absence"),
        KeyBinding(keys: [.character("L")], label: "L", action: .notice, help: "this officer's notice, a letter to them; a gives it", screens: [.officer], inBar: true, barWord: "notice"),
    ]

    func perform(_ action: Action, _ state: inout AppState, _ data: DashboardData) -> [Effect]? {
        switch action {
        case .cover, .whatIf: state.push(.whatIf(officerID: officerID))
        case .recordAvailability: state.prompt = Prompt(purpose: .availability(officerID: officerID), text: "")
        case .notice: state.push(.notice(officerID: officerID))
        default: return nil
        }
        return []
    }

    func title(_ data: DashboardData) -> String {
        let name = data.force.officers.first { $0.id == officerID }?.name ?? officerID.text
        return "\(name) (\(officerID))"
    }

    func count(_ state: AppState, _ data: DashboardData) -> Int { data.cases(of: officerID).count }

    func searchTexts(_ state: AppState, _ data: DashboardData) -> [String] {
        data.cases(of: officerID).map { $0.id.text + " " + $0.risk.rawValue + " " + $0.location.rawValue }
    }

    func open(_ state: inout AppState, _ data: DashboardData) -> [Effect] {
        let cases = data.cases(of: officerID)
        guard cases.indices.contains(state.page.selected) else { return [] }
        state.push(.transfer(caseID: cases[state.page.selected].id, from: officerID))
        return []
    }

    static let columns = [
        TableColumn(heading: "CASE", width: 10, priority: 0), TableColumn(heading: "RISK", width: 9, priority: 1),
        TableColumn(heading: "MAPPA", width: 7, priority: 2), TableColumn(heading: "LOCATION", width: 17, priority: 3),
        TableColumn(heading: "DA", width: 3, priority: 5), TableColumn(heading: "SINCE", width: 10, priority: 4),
        TableColumn(heading: "PREVIOUSLY", width: 10, priority: 6), TableColumn(heading: "TEAM", width: 8, priority: 7),
        TableColumn(heading: "REVIEW DUE", width: 10, priority: 8), TableColumn(heading: "RELEASE", width: 10, priority: 9),
        TableColumn(heading: "ENDS", width: 10, priority: 10), TableColumn(heading: "REFERRED", width: 10, priority: 11),
        TableColumn(heading: "COVERED BY", width: 10, priority: 3),
    ]

    func draw(_ canvas: inout Canvas, _ state: AppState, _ data: DashboardData, _ theme: Theme) {
        guard let figures = data.figures.officers.first(where: { $0.officer.id == officerID }) else {
            Chrome.drawSummary(&canvas, "This officer is no longer in the force.", style: .near)
            return
        }
        let officer = figures.officer
        var facts = [officer.team, "FTE \(officer.fte)", "MOSOVO \(officer.mosovo.rawValue)"]
        if officer.approvedPremises { facts.append("runs an Approved Premises") }
        if officer.daSpecialist { facts.append("DA specialist") }
        if officer.status == .leave { facts.append("on leave") }
        if let absence = officer.absence { facts.append(absence.map { "absent, \($0) days in all" } ?? "absent, open-ended") }
        if figures.workload.covering > 0 { facts.append("covering \(figures.workload.covering) for colleagues") }
        if figures.workload.underCover > 0 { facts.append("\(figures.workload.underCover) under cover") }
        if officer.reductionMillionths > 0 { facts.append("reduced \(formatFixedPoint(officer.reductionMillionths / 100, places: 2))%") }
        if officer.mosovo != .trained {
            let buddy = officer.buddyID.map { buddyID in "buddy " + (data.force.officers.first { $0.id == buddyID }.map { "\($0.name) (\(buddyID))" } ?? buddyID.text) }
            facts.append(buddy ?? "no buddy")
            facts.append(officer.mosovoCourseOn.map { "course \($0)" } ?? "on the course wait list")
        }
        var x = canvas.put(" " + facts.joined(separator: " · ") + " · ", row: ScreenLayout.summaryRow, column: 0, style: .header)
        x = canvas.put("\(figures.cases)/\(figures.caseLimit) cases\(Theme.mark(figures.caseStanding))", row: ScreenLayout.summaryRow, column: x, style: Style(standing: figures.caseStanding))
        canvas.put("  \(formatDecimal(figures.highRiskPercent))% high risk\(Theme.mark(figures.highRiskStanding))", row: ScreenLayout.summaryRow, column: x, style: Style(standing: figures.highRiskStanding))
        let within = figures.isOverALimit && data.isComplete ? figures.withinByHolding(data.cases(of: officerID), limits: data.limits) : nil
        let sentences = figures.flagSentences(limits: data.limits).filter { !$0.contains("a watch, not a flag") }
        let why = sentences + (within.map { ["within by holding alone from \($0), as their cases end"] } ?? [])
        if why.isEmpty {
            let months = (data.history[officerID] ?? []).suffix(4).map { "\($0.month): \($0.cases) (\(formatDecimal($0.highRiskPercent))%)" }
            Chrome.drawStatus(&canvas, "Within both limits. Recent months: " + (months.isEmpty ? "none recorded" : months.joined(separator: " · ")))
        } else {
            let room = canvas.width - Chrome.counterWidth - 2
            let shortWithin = within.map { ["within \($0)"] } ?? []
            let lines = [why, sentences + shortWithin, figures.shortFlagSentences(limits: data.limits) + shortWithin].map { $0.joined(separator: "; ") }
            let shown = lines.first { $0.displayWidth <= room } ?? lines[2]
            canvas.put(" " + shown, row: ScreenLayout.statusRow, column: 0, style: .over, limit: canvas.width - Chrome.counterWidth - 1)
        }

        let cases = data.cases(of: officerID)
        let layout = TableLayout.fit(Self.columns, width: canvas.width - 1)
        Chrome.drawHeadings(&canvas, layout, Self.columns.map(\.heading))
        guard data.isComplete else {
            canvas.put("  Loading every case of the force; \(officer.name)'s \(figures.cases) follow in a moment.", row: ScreenLayout.firstListRow, column: 0, style: .muted)
            return
        }
        let covering = data.coveringOfficers
        Chrome.drawList(&canvas, state, count: cases.count) { canvas, index, row in
            let offender = cases[index]
            let breach = offender.mappa?.needsTrainedOfficer == true && !officer.mosovo.mayHoldLevel2Or3
            let mappa = offender.mappa.map { "C\($0.category) L\($0.level)" + (breach ? " !" : "") } ?? "–"
            Chrome.drawCells(&canvas, layout, Self.columns, [
                (offender.id.text, .normal), (offender.risk.rawValue, offender.risk.isHigh ? .near : .normal), (mappa, breach ? .over : .normal),
                (offender.location.rawValue, .normal), (offender.domesticAbuse ? "yes" : "", .normal),
                (offender.allocatedOn?.description ?? "–", .normal), (offender.previousOfficerID?.text ?? "", .muted), (offender.team, .normal),
                (offender.nextReviewOn?.description ?? "", offender.isReviewOverdue(on: data.today) ? .over : .normal), (offender.releaseOn?.description ?? "", .normal),
                (offender.endsOn?.description ?? "", .normal), (offender.referredOn?.description ?? "", .muted), (covering[offender.id]?.text ?? "", .normal),
            ], row: row)
        }
    }
}
