import CaseloadCore

/// The dashboard's state changes: (state, key) → state and the effects to carry out, with no I/O.
///
/// Every key goes through the key table for where it was pressed (a screen, a dialog or a prompt); a key the table
/// does not know there is ignored. Typing goes into the prompt or the team picker.
public enum Reducer {
    /// What the dashboard says when no one is known to record an allocation against.

    public static func reduce(_ state: inout AppState, _ key: Key, _ data: DashboardData) -> [Effect] {
        if key == .resize {
            clampSelection(&state, data)
            return [.redraw]
        }
        let kind = state.dialog?.kind ?? (state.prompt != nil ? .prompt : state.page.screen.kind)
        let action = KeyMap.action(for: key, on: kind)
        if state.dialog != nil { return answerDialog(&state, key, action, data) }
        if state.prompt != nil {
            typeIntoPrompt(&state, key, action, data)
            return []
        }
        state.message = nil
        if case .click(let row, let column) = key { return click(&state, row: row, column: column, data) }
        if key == .scrollUp { return reduce(&state, .up, data) }
        if key == .scrollDown { return reduce(&state, .down, data) }
        guard let action else { return [] }
        let effects = perform(action, &state, data)
        clampSelection(&state, data)
        return effects
    }

    /// The screen in front acts on its own keys (`ScreenDefinition.perform`); the rest are the same everywhere.
    static func perform(_ action: Action, _ state: inout AppState, _ data: DashboardData) -> [Effect] {
        let screen = state.page.screen
        if let effects = screen.definition.perform(action, &state, data) { return effects }
        let count = screen.definition.count(state, data)
        switch action {
        case .up: state.page.selected -= 1
        case .down: state.page.selected += 1
        case .pageUp: state.page.selected -= state.visibleRows
        case .pageDown: state.page.selected += state.visibleRows
        case .top: state.page.selected = 0
        case .bottom: state.page.selected = count - 1
        case .open: return screen.definition.open(&state, data)
        case .back:
            if state.stack.count > 1 {
                state.stack.removeLast()
            } else {
                clearHome(&state)
            }
        case .quit:
            guard state.stack.count > 1 else { return [.quit] }
            state.stack.removeLast()
        case .search: state.prompt = Prompt(purpose: .search, text: "", startedAt: state.page.selected)
        case .searchNext: find(&state, data, forward: true)
        case .searchPrevious: find(&state, data, forward: false)
        case .go(let kind): if let screen = Screen(kind) { state.push(screen) }
        case .help: state.push(.help)
        case .apply: screen.definition.apply(&state, data)
        case .redraw: return [.redraw]
        case .suspend: return [.suspend]
        case .filter, .nextTeam, .previousTeam, .pickTeam, .toggleFlagged, .sortNextColumn, .sortPreviousColumn, .sortBy, .sortReverse,
            .cover, .recordAvailability, .notice, .whatIf, .export:
            break  // a screen's own key: its screen acted above, and on any other screen it does nothing
        case .yes, .no, .choose, .deleteCharacter, .clearText: break
        }
        return []
    }

    /// Esc on the home screen: every narrowing cleared, back to the whole force; it never quits.
    static func clearHome(_ state: inout AppState) {
        let wasNarrowed = state.officerList.team != nil || state.officerList.flaggedOnly || !state.officerList.filterText.isEmpty || !state.lastSearch.isEmpty
        state.officerList.team = nil
        state.officerList.flaggedOnly = false
        state.officerList.filterText = ""
        state.lastSearch = ""
        state.message = wasNarrowed ? "Showing every officer." : "This is the home screen: q quits."
    }

    static func answerDialog(_ state: inout AppState, _ key: Key, _ action: Action?, _ data: DashboardData) -> [Effect] {
        // F1 leaves any dialog for Help; any key closes a list to read.
        if action == .help || state.dialog?.kind == .done {
            state.dialog = nil
            if action == .help { state.push(.help) }
            return []
        }
        if let confirmation = state.dialog?.confirmation {
            switch action {
            case .yes:
                state.dialog = nil
                return [confirmation.effect]
            case .no:
                state.dialog = nil
                state.message = "Nothing was changed."
            default:
                break
            }
            return []
        }
        switch state.dialog {
        case .reason(var request, let rules, let summary, let selected):
            let reasons = AllocationReason.sayingEnough
            switch action {
            case .up: state.dialog = .reason(request, rules: rules, summary: summary, selected: max(0, selected - 1))
            case .down: state.dialog = .reason(request, rules: rules, summary: summary, selected: min(reasons.count - 1, selected + 1))
            case .choose:
                request.reason = reasons[selected]
                let overriding = rules.isEmpty ? "" : "Override (\(rules.map(\.explanation).joined(separator: "; "))) and "
                state.dialog = .confirm([request], summary: overriding + summary + " Reason: \(reasons[selected].words)." + data.demoWarning)
            case .no:
                state.dialog = nil
                state.message = "Nothing was changed."
            default:
                break
            }
        case .teams(var filter, var selected):
            let choices = data.teams(matching: filter)
            switch action {
            case .up: selected = max(-1, selected - 1)
            case .down: selected = min(choices.count - 1, selected + 1)
            case .choose:
                state.dialog = nil
                state.officerList.team = choices.indices.contains(selected) ? choices[selected] : nil
                state.page.selected = 0
                clampSelection(&state, data)
                return []
            case .no:
                state.dialog = nil
                return []
            case .deleteCharacter:
                if !filter.isEmpty { filter.removeLast() }
                selected = data.teams(matching: filter).isEmpty ? -1 : 0
            case .clearText:
                filter = ""
                selected = -1
            default:
                guard case .character(let character) = key else { return [] }
                filter.append(character)
                selected = data.teams(matching: filter).isEmpty ? -1 : 0
            }
            state.dialog = .teams(filter: filter, selected: selected)
        case .confirm, .confirmCover, .confirmAvailability, .confirmNotice, .done, .reasons, nil:
            break
        }
        return []
    }

    /// Typing into the search or filter prompt: a search moves to the first match as you type, and Esc puts the
    /// selection back where it was.
    static func typeIntoPrompt(_ state: inout AppState, _ key: Key, _ action: Action?, _ data: DashboardData) {
        guard var prompt = state.prompt else { return }
        switch action {
        case .no:
            state.prompt = nil
            if prompt.purpose == .search { state.page.selected = prompt.startedAt }
            clampSelection(&state, data)
            return
        case .choose:
            state.prompt = nil
            switch prompt.purpose {
            case .search:
                state.lastSearch = prompt.text
                if !prompt.text.isEmpty && Search.matches(of: prompt.text, state, data).isEmpty { state.message = "No match for “\(prompt.text)”." }
            case .filter:
                state.officerList.filterText = prompt.text
                state.page.selected = 0
                state.page.top = 0
            case .availability(let officerID):
                askToRecord(&state, prompt, officerID: officerID, data)
                return
            }
            clampSelection(&state, data)
            return
        case .deleteCharacter:
            if !prompt.text.isEmpty { prompt.text.removeLast() }
        case .clearText:
            prompt.text = ""
        case .help:
            state.prompt = nil
            state.push(.help)
            return
        default:
            guard case .character(let character) = key else { return }
            prompt.text.append(character)
            state.message = nil
        }
        state.prompt = prompt
        if prompt.purpose == .search {
            state.page.selected = Search.matches(of: prompt.text, state, data).first ?? prompt.startedAt
            clampSelection(&state, data)
        }
    }

    /// Reads the absence or reduction typed, and asks to record it; what is wrong with the line keeps it open to mend.
    static func askToRecord(_ state: inout AppState, _ prompt: Prompt, officerID: OfficerID, _ data: DashboardData) {
        switch AvailabilityLine.parse(prompt.text, officerID: officerID, today: data.today) {
        case .failure(let problem):
            state.prompt = prompt
            state.message = problem.sentence
        case .success(let entry):
            guard let supervisor = state.supervisor else {
                state.message = AppState.noSupervisor
                return
            }
            let name = data.force.officers.first { $0.id == officerID }?.name ?? officerID.text
            let what = entry.kind == .absence
                ? "an absence"
                : "a reduction of \(formatFixedPoint(entry.fractionMillionths ?? 0, places: 6)) of capacity"
            let period = entry.to.map { "from \(entry.from) to \($0)" } ?? "from \(entry.from), with no end date"
            state.dialog = .confirmAvailability(
                entry, summary: "Record \(what) for \(name) (\(officerID)) \(period), because: \(entry.reason)? Recorded in the audit trail by \(supervisor)."
                    + data.demoWarning)
        }
    }

    /// Moves to the next (or previous) row whose search text contains the last search, wrapping round.
    static func find(_ state: inout AppState, _ data: DashboardData, forward: Bool) {
        let found = Search.matches(of: state.lastSearch, state, data)
        guard !state.lastSearch.isEmpty else { return }
        guard !found.isEmpty else {
            state.message = "No match for “\(state.lastSearch)”."
            return
        }
        let current = state.page.selected
        let next = forward ? (found.first { $0 > current } ?? found[0]) : (found.last { $0 < current } ?? found[found.count - 1])
        state.page.selected = next
        let position = (found.firstIndex(of: next) ?? 0) + 1
        state.message = "Match \(position) of \(found.count) for “\(state.lastSearch)”."
    }

    static func click(_ state: inout AppState, row: Int, column: Int, _ data: DashboardData) -> [Effect] {
        let screen = state.page.screen
        if row == ScreenLayout.headerRow {
            screen.definition.clickHeading(&state, column: column, data)
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
            let count = page.screen.definition.count(state, data)
            page.selected = max(0, min(page.selected, count - 1))
            if page.selected < page.top { page.top = page.selected }
            if page.selected >= page.top + state.visibleRows { page.top = page.selected - state.visibleRows + 1 }
            page.top = max(0, min(page.top, max(0, count - state.visibleRows)))
            state.stack[index] = page
        }
    }
}
