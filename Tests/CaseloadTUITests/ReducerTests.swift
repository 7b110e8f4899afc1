import CaseloadCore
import CaseloadTUI
import Testing

@Suite("Key sequences through the reducer")
struct ReducerTests {
    static let data = try! DemoData.data()

    static func officerNames(_ state: AppState) -> [String] {
        OfficerRows.rows(data, state.officerList).map { data.figures.officers[$0].officer.name }
    }

    static func selectedName(_ state: AppState) -> String {
        data.figures.officers[OfficerRows.rows(data, state.officerList)[state.page.selected]].officer.name
    }

    @Test("sorting: home sorts by caseload, largest first; a number sorts by that column; again reverses; I reverses")
    func sorting() {
        var (state, _) = DemoData.state(after: [], data: Self.data)
        #expect(Self.officerNames(state).first == "Ella Hughes")
        (state, _) = DemoData.state(after: [.character("1")], data: Self.data)
        #expect(state.officerList.sortColumn == .name && !state.officerList.descending)
        #expect(Self.officerNames(state).prefix(2) == ["Aisha Khan", "Ben Walker"])
        (state, _) = DemoData.state(after: [.character("1"), .character("1")], data: Self.data)
        #expect(Self.officerNames(state).first == "Zoë Ångström")
        (state, _) = DemoData.state(after: [.character("4")], data: Self.data)
        #expect(Self.officerNames(state).first == "Kavya Shah")
        (state, _) = DemoData.state(after: [.character("4"), .character("I")], data: Self.data)
        #expect(Self.officerNames(state).first == "Usman Ahmed")
        (state, _) = DemoData.state(after: [.character(">")], data: Self.data)
        #expect(state.officerList.sortColumn == .highRisk)
        (state, _) = DemoData.state(after: [.character("<"), .character("<")], data: Self.data)
        #expect(state.officerList.sortColumn == .name)
    }

    @Test("search: / then text and Enter selects the first match; n and N move between matches, wrapping")
    func search() {
        var (state, _) = DemoData.state(after: [.character("/")] + DemoData.typing("zo") + [.enter], data: Self.data)
        #expect(Self.selectedName(state) == "Zoë Ångström")
        (state, _) = DemoData.state(after: [.character("/")] + DemoData.typing("an") + [.enter], data: Self.data)
        let first = Self.selectedName(state)
        (state, _) = DemoData.state(after: [.character("/")] + DemoData.typing("an") + [.enter, .character("n")], data: Self.data)
        #expect(Self.selectedName(state) != first)
        (state, _) = DemoData.state(after: [.character("/")] + DemoData.typing("an") + [.enter, .character("n"), .character("N")], data: Self.data)
        #expect(Self.selectedName(state) == first)
        (state, _) = DemoData.state(after: [.character("/")] + DemoData.typing("nobody") + [.enter], data: Self.data)
        #expect(state.message == "No match for “nobody”.")
    }

    @Test("filter by text, cycle teams, show flagged only; Esc on a prompt changes nothing")
    func filtering() {
        var (state, _) = DemoData.state(after: [.character("\\")] + DemoData.typing("east") + [.enter], data: Self.data)
        #expect(Self.officerNames(state).count == 8)
        (state, _) = DemoData.state(after: [.character("\\")] + DemoData.typing("east") + [.escape], data: Self.data)
        #expect(Self.officerNames(state).count == 24)
        (state, _) = DemoData.state(after: [.character("\\")] + DemoData.typing("east") + [.enter, .character("\\"), .backspace, .backspace, .backspace, .backspace, .enter], data: Self.data)
        #expect(Self.officerNames(state).count == 24)
        var teams: [String?] = []
        for presses in 1...4 {
            (state, _) = DemoData.state(after: Array(repeating: .character("t"), count: presses), data: Self.data)
            teams.append(state.officerList.team)
        }
        #expect(teams == ["East", "North", "West", nil])
        (state, _) = DemoData.state(after: [.character("!")], data: Self.data)
        #expect(
            Set(Self.officerNames(state)) == ["Ella Hughes", "Sophie Campbell", "Grace O'Brien", "Chloe Evans", "Kavya Shah", "Jack Davies"],
            "flagged only: over a limit or breaking a rule; the 14 only near are a watch list")
    }

    @Test("drill in and out: Enter opens the officer, Esc returns, Esc at home quits")
    func drill() {
        var (state, effects) = DemoData.state(after: [.down, .down, .enter], data: Self.data)
        #expect(state.page.screen == .officer(id: "OM22"))
        (state, effects) = DemoData.state(after: [.down, .down, .enter, .escape], data: Self.data)
        #expect(state.stack.map(\.screen) == [.officers])
        #expect(state.page.selected == 2)
        #expect(effects.isEmpty)
        (state, effects) = DemoData.state(after: [.character("m"), .character("q"), .character("q")], data: Self.data)
        #expect(effects == [.quit])
        (state, _) = DemoData.state(after: [.character("?"), .character("u")], data: Self.data)
        #expect(state.page.screen == .help)
    }

    @Test("allocate from Suggest: confirm with y makes the allocation; n does not")
    func allocate() {
        let keys: [Key] = [.character("u"), .enter, .enter]
        var (state, effects) = DemoData.state(after: keys, data: Self.data)
        guard case .confirm(let request, _) = state.dialog else {
            Issue.record("no confirmation asked")
            return
        }
        #expect(request == AllocationRequest(caseID: "C9001", from: nil, to: "OM06", by: "sgt.test", reason: nil, override: false))
        (state, effects) = DemoData.state(after: keys + [.character("y")], data: Self.data)
        #expect(effects == [.allocate(request)])
        #expect(state.dialog == nil)
        (state, effects) = DemoData.state(after: keys + [.character("n")], data: Self.data)
        #expect(effects.isEmpty)
        #expect(state.message == "Not allocated.")
    }

    @Test("an officer a hard rule excludes can be chosen only with an override reason from the list")
    func override() {
        let toExcluded: [Key] = [.character("u"), .enter] + Array(repeating: .down, count: 10) + [.enter]
        var (state, _) = DemoData.state(after: toExcluded, data: Self.data)
        guard case .reason(_, let officerID, let rules, _) = state.dialog else {
            Issue.record("no reason asked")
            return
        }
        #expect(officerID == "OM02")
        #expect(rules == [.overHighRiskLimit])
        let effects: [Effect]
        (state, effects) = DemoData.state(after: toExcluded + [.down, .enter, .character("y")], data: Self.data)
        #expect(effects == [.allocate(AllocationRequest(caseID: "C9001", from: nil, to: "OM02", by: "sgt.test", reason: .changeInRisk, override: true))])
    }

    @Test("paging and the ends of a list keep the selection in view", arguments: [
        ([Key.pageDown], 18), ([.end], 23), ([.end, .pageUp], 5), ([.end, .home], 0), ([.up], 0), ([.end, .down], 23),
    ])
    func paging(keys: [Key], selected: Int) {
        let (state, _) = DemoData.state(after: keys, data: Self.data)
        #expect(state.page.selected == selected)
        #expect(state.page.top <= selected && selected < state.page.top + state.visibleRows)
    }

    @Test("a click selects a row; a click on a heading sorts by it")
    func clicks() {
        var (state, _) = DemoData.state(after: [.click(row: ScreenLayout.firstListRow + 3, column: 5)], data: Self.data)
        #expect(state.page.selected == 3)
        (state, _) = DemoData.state(after: [.click(row: ScreenLayout.headerRow, column: 2)], data: Self.data)
        #expect(state.officerList.sortColumn == .name)
    }
}
