import CaseloadCore

/// The dashboard's state changes: (state, key) → state and the effects to carry out, with no I/O.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ key: Key, _ data: DashboardData) -> [Effect] {
        if key == .resize { return [.redraw] }
        if state.dialog != nil { return answerDialog(&state, key, data) }
        if state.prompt != nil {
            typeIntoPrompt(&state, key, data)
            return []
        }
        state.message = nil
        if case .click(let row, let column) = key { return click(&state, row: row, column: column, data) }
        if key == .scrollUp { return reduce(&state, .up, data) }
        if key == .scrollDown { return reduce(&state, .down, data) }
        guard let action = KeyTable.action(for: key, on: state.page.screen.kind) else { return [] }
        let effects = perform(action, &state, data)
        clampSelection(&state, data)
        return effects
    }

    static func perform(_ action: Action, _ state: inout AppState, _ data: DashboardData) -> [Effect] {
        let count = ScreenRows.count(state.page.screen, data, state)
        switch action {
        case .up: state.page.selected -= 1
        case .down: state.page.selected += 1
        case .pageUp: state.page.selected -= state.visibleRows
        case .pageDown: state.page.selected += state.visibleRows
        case .top: state.page.selected = 0
        case .bottom: state.page.selected = count - 1
        case .open: return open(&state, data)
        case .back:
            guard state.stack.count > 1 else { return [.quit] }
            state.stack.removeLast()
        case .search: state.prompt = Prompt(purpose: .search, text: "")
        case .searchNext: find(&state, data, forward: true)
        case .searchPrevious: find(&state, data, forward: false)
        case .filter: state.prompt = Prompt(purpose: .filter, text: state.officerList.filterText)
        case .cycleTeam:
            let teams = data.teams
            if let team = state.officerList.team, let index = teams.firstIndex(of: team) {
                state.officerList.team = index + 1 < teams.count ? teams[index + 1] : nil
            } else {
                state.officerList.team = teams.first
            }
            state.page.selected = 0
        case .toggleFlagged:
            state.officerList.flaggedOnly.toggle()
            state.page.selected = 0
        case .sortNextColumn: sort(&state, by: state.officerList.sortColumn.rawValue % OfficerColumnKind.allCases.count + 1)
        case .sortPreviousColumn: sort(&state, by: (state.officerList.sortColumn.rawValue + OfficerColumnKind.allCases.count - 2) % OfficerColumnKind.allCases.count + 1)
        case .sortBy(let number): sort(&state, by: number)
        case .sortReverse: state.officerList.descending.toggle()
        case .queue: push(&state, .queue)
        case .monthly: push(&state, .monthly)
        case .help: push(&state, .help)
        case .export: return [.export(data.today.calendarMonth)]
        case .redraw: return [.redraw]
        }
        return []
    }

    static func push(_ state: inout AppState, _ screen: Screen) {
        if state.page.screen != screen { state.stack.append(Page(screen: screen)) }
    }

    /// Sorts by a column number; the same column again reverses it. Numbers sort largest first, words A to Z.
    static func sort(_ state: inout AppState, by number: Int) {
        guard let column = OfficerColumnKind(rawValue: number) else { return }
        if state.officerList.sortColumn == column {
            state.officerList.descending.toggle()
        } else {
            state.officerList.sortColumn = column
            state.officerList.descending = ![.name, .team, .mosovo].contains(column)
        }
    }

    static func open(_ state: inout AppState, _ data: DashboardData) -> [Effect] {
        let selected = state.page.selected
        switch state.page.screen {
        case .officers:
            let rows = ScreenRows.officerRows(data, state)
            guard rows.indices.contains(selected) else { return [] }
            push(&state, .officer(id: data.figures.officers[rows[selected]].officer.id))
        case .monthly:
            let rows = data.monthly.officerRows
            guard rows.indices.contains(selected) else { return [] }
            push(&state, .officer(id: rows[selected].figures.officer.id))
        case .queue:
            guard data.queue.indices.contains(selected) else { return [] }
            push(&state, .suggest(caseID: data.queue[selected].id))
        case .suggest(let caseID):
            guard let rows = ScreenRows.suggestRows(data, caseID: caseID)?.rows, rows.indices.contains(selected) else { return [] }
            guard let supervisor = state.supervisor else {
                state.message = "Who is allocating? $USER and $LOGNAME are not set: quit and start again with --by NAME."
                return []
            }
            switch rows[selected] {
            case .candidate(let candidate):
                let request = AllocationRequest(caseID: caseID, from: nil, to: candidate.officer.id, by: supervisor, reason: nil, override: false)
                state.dialog = .confirm(
                    request, summary: "Allocate \(caseID) to \(candidate.officer.name) (\(candidate.officer.id))? \(candidate.effect)" + demoWarning(data))
            case .excluded(let exclusion):
                state.dialog = .reason(caseID: caseID, officerID: exclusion.officer.id, rules: exclusion.rules, selected: 0)
            }
        case .officer, .help:
            break
        }
        return []
    }

    /// What a confirmation says on the demo force, before anything is allocated: that nothing will be saved.
    static func demoWarning(_ data: DashboardData) -> String {
        data.isDemo ? " This is the demo force: the allocation is not saved and is gone when you quit." : ""
    }

    static func answerDialog(_ state: inout AppState, _ key: Key, _ data: DashboardData) -> [Effect] {
        switch state.dialog {
        case .confirm(let request, _):
            switch key {
            case .character("y"), .character("Y"):
                state.dialog = nil
                return [.allocate(request)]
            case .character("n"), .character("N"), .escape, .character("q"):
                state.dialog = nil
                state.message = "Not allocated."
            default:
                break
            }
        case .reason(let caseID, let officerID, let rules, let selected):
            let reasons = AllocationReason.sayingEnough
            switch key {
            case .up, .character("k"):
                state.dialog = .reason(caseID: caseID, officerID: officerID, rules: rules, selected: max(0, selected - 1))
            case .down, .character("j"):
                state.dialog = .reason(caseID: caseID, officerID: officerID, rules: rules, selected: min(reasons.count - 1, selected + 1))
            case .enter:
                let reason = reasons[selected]
                let request = AllocationRequest(caseID: caseID, from: nil, to: officerID, by: state.supervisor ?? "", reason: reason, override: true)
                state.dialog = .confirm(
                    request, summary: "Override (\(rules.map(\.explanation).joined(separator: "; "))) and allocate \(caseID) to \(officerID) for \(reason.words)?"
                        + demoWarning(data))
            case .escape, .character("q"):
                state.dialog = nil
                state.message = "Not allocated."
            default:
                break
            }
        case nil:
            break
        }
        return []
    }

    static func typeIntoPrompt(_ state: inout AppState, _ key: Key, _ data: DashboardData) {
        guard var prompt = state.prompt else { return }
        switch key {
        case .character(let character):
            prompt.text.append(character)
            state.prompt = prompt
        case .backspace:
            if !prompt.text.isEmpty { prompt.text.removeLast() }
            state.prompt = prompt
        case .escape:
            state.prompt = nil
        case .enter:
            state.prompt = nil
            switch prompt.purpose {
            case .search:
                state.lastSearch = prompt.text
                if !prompt.text.isEmpty { find(&state, data, forward: true, includingCurrent: true) }
            case .filter:
                state.officerList.filterText = prompt.text
                state.page.selected = 0
                state.page.top = 0
            }
            clampSelection(&state, data)
        default:
            break
        }
    }

    /// Moves to the next (or previous) row whose name or id contains the last search, wrapping round.
    static func find(_ state: inout AppState, _ data: DashboardData, forward: Bool, includingCurrent: Bool = false) {
        let needle = state.lastSearch.lowercased()
        guard !needle.isEmpty else { return }
        let texts = ScreenRows.searchTexts(state.page.screen, data, state)
        guard !texts.isEmpty else { return }
        let start = state.page.selected
        for step in (includingCurrent ? 0 : 1)...texts.count {
            let index = ((start + (forward ? step : -step)) % texts.count + texts.count) % texts.count
            if texts[index].lowercased().contains(needle) {
                state.page.selected = index
                return
            }
        }
        state.message = "No match for “\(state.lastSearch)”."
    }

    static func click(_ state: inout AppState, row: Int, column: Int, _ data: DashboardData) -> [Effect] {
        if row == ScreenLayout.headerRow, state.page.screen == .officers {
            if let number = OfficersScreen.column(at: column, width: state.terminalWidth) { sort(&state, by: number.rawValue) }
            return []
        }
        guard row >= ScreenLayout.firstListRow, row < ScreenLayout.firstListRow + state.visibleRows else { return [] }
        state.page.selected = state.page.top + row - ScreenLayout.firstListRow
        clampSelection(&state, data)
        return []
    }

    /// Keeps the selection on a row and in view.
    static func clampSelection(_ state: inout AppState, _ data: DashboardData) {
        for index in state.stack.indices {
            var page = state.stack[index]
            let count = ScreenRows.count(page.screen, data, state)
            page.selected = max(0, min(page.selected, count - 1))
            if page.selected < page.top { page.top = page.selected }
            if page.selected >= page.top + state.visibleRows { page.top = page.selected - state.visibleRows + 1 }
            page.top = max(0, min(page.top, max(0, count - state.visibleRows)))
            state.stack[index] = page
        }
    }
}
