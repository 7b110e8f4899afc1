import CaseloadCore
@testable import CaseloadTUI
import Testing

@Suite("Key sequences through the reducer")
struct ReducerTests {
    @Test("searching finds the needle's bytes anywhere in a lower-cased text, accents and all", arguments: [
        ("zoë ångström om24", "ångs", true), ("zoë ångström om24", "om24", true), ("zoë ångström om24", "zoe", false),
        ("aab", "ab", true), ("ab", "abc", false), ("ab", "", true), ("", "a", false), ("om12 om1", "om13", false),
    ])
    func byteSearch(text: String, needle: String, found: Bool) {
        #expect(Search.contains(text, bytes: Array(needle.utf8)) == found)
    }

    static let data = try! DemoData.data()

    static func officerNames(_ state: AppState) -> [String] {
        OfficerRows.rows(data, state.officerList).map { data.figures.officers[$0].officer.name }
    }

    static func selectedName(_ state: AppState) -> String {
        data.figures.officers[OfficerRows.rows(data, state.officerList)[state.page.selected]].officer.name
    }

    @Test("the keys that go to a screen of the whole force open it over the one in front, and only where the table says", arguments: [
        (keys: "u", screens: [Screen.officers, .queue]), (keys: "m", screens: [.officers, .monthly]), (keys: "a", screens: [.officers, .ahead]),
        (keys: "p", screens: [.officers, .plan]), (keys: "R", screens: [.officers, .rebalance]), (keys: "uu", screens: [.officers, .queue]),
        (keys: "um", screens: [.officers, .queue, .monthly]), (keys: "ua", screens: [.officers, .queue]),
    ])
    func goingTo(keys: String, screens: [Screen]) {
        let (state, _) = DemoData.state(after: keys.map { .character($0) }, data: Self.data)
        #expect(state.stack.map(\.screen) == screens)
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
            Set(Self.officerNames(state)) == [
                "Ella Hughes", "Sophie Campbell", "Grace O'Brien", "Chloe Evans", "Kavya Shah", "Jack Davies", "Harry Patel", "Usman Ahmed",
                "Ben Walker", "Megan Foster", "Tom Baker",
            ],
            "flagged only: over a limit or breaking a rule (on leave with cases needing cover, no buddy, reviews overdue); the 11 only near are a watch list")
    }

    @Test("drill in and out: Enter opens the officer, Esc returns; q quits only from home, Esc at home never quits")
    func drill() {
        var (state, effects) = DemoData.state(after: [.down, .down, .enter], data: Self.data)
        #expect(state.page.screen == .officer(id: "OM22"))
        (state, effects) = DemoData.state(after: [.down, .down, .enter, .escape], data: Self.data)
        #expect(state.stack.map(\.screen) == [.officers])
        #expect(state.page.selected == 2)
        #expect(effects.isEmpty)
        (state, effects) = DemoData.state(after: [.character("m"), .character("q"), .character("q")], data: Self.data)
        #expect(effects == [.quit])
        (state, effects) = DemoData.state(after: [.escape, .escape, .escape], data: Self.data)
        #expect(effects.isEmpty)
        #expect(state.message == "This is the home screen: q quits.")
        (state, _) = DemoData.state(after: [.character("?"), .character("u")], data: Self.data)
        #expect(state.page.screen == .help)
    }

    @Test("Esc on home clears the team, the filter, the search and flagged-only, and stays")
    func escapeClearsHome() {
        let narrowed: [Key] = [.character("t"), .character("!"), .character("\\")] + DemoData.typing("a") + [.enter]
        var (state, _) = DemoData.state(after: narrowed, data: Self.data)
        #expect(state.officerList.team == "East" && state.officerList.flaggedOnly && state.officerList.filterText == "a")
        let effects: [Effect]
        (state, effects) = DemoData.state(after: narrowed + [.escape], data: Self.data)
        #expect(effects.isEmpty)
        #expect(state.officerList == OfficerListSettings())
        #expect(Self.officerNames(state).count == 24)
        #expect(state.message == "Showing every officer.")
    }

    @Test("keys the table does not know are ignored, never taken for Esc or a quit", arguments: [
        [Key.function(7)], [.control("x")], [.left, .right], [.tab], [.character("Z")], [.function(12), .control("b")],
    ])
    func unknownKeys(keys: [Key]) {
        let (before, _) = DemoData.state(after: [.down, .enter], data: Self.data)
        let (after, effects) = DemoData.state(after: [.down, .enter] + keys, data: Self.data)
        #expect(effects.isEmpty)
        #expect(after.stack == before.stack)
    }

    @Test("t and T step through the teams both ways; the team picker narrows as you type")
    func teams() {
        var (state, _) = DemoData.state(after: [.character("T")], data: Self.data)
        #expect(state.officerList.team == "West")
        (state, _) = DemoData.state(after: [.character("T"), .character("T"), .character("T"), .character("T")], data: Self.data)
        #expect(state.officerList.team == nil)
        (state, _) = DemoData.state(after: [.control("t")] + DemoData.typing("nor"), data: Self.data)
        #expect(state.dialog == .teams(filter: "nor", selected: 0))
        (state, _) = DemoData.state(after: [.control("t")] + DemoData.typing("nor") + [.enter], data: Self.data)
        #expect(state.officerList.team == "North")
        #expect(Self.officerNames(state).count == 8)
        (state, _) = DemoData.state(after: [.character("t"), .control("t"), .up, .enter], data: Self.data)
        #expect(state.officerList.team == nil, "the first choice is all teams")
        (state, _) = DemoData.state(after: [.control("t")] + DemoData.typing("xyz") + [.control("u"), .down, .enter], data: Self.data)
        #expect(state.officerList.team == "East")
    }

    @Test("search moves to the first match as you type and counts the matches; Ctrl-U clears; Esc puts the selection back")
    func liveSearch() {
        var (state, _) = DemoData.state(after: [.down, .down, .character("/")] + DemoData.typing("zo"), data: Self.data)
        #expect(state.prompt?.text == "zo")
        #expect(Self.selectedName(state) == "Zoë Ångström")
        let canvas = Renderer.render(state, Self.data, theme: .monochrome, width: 100, height: 30)
        #expect(canvas.text.contains("1 match · Enter keeps it, Esc cancels"))
        (state, _) = DemoData.state(after: [.down, .down, .character("/")] + DemoData.typing("zo") + [.control("u")], data: Self.data)
        #expect(state.prompt?.text == "")
        (state, _) = DemoData.state(after: [.down, .down, .character("/")] + DemoData.typing("zo") + [.escape], data: Self.data)
        #expect(state.page.selected == 2 && state.prompt == nil)
        (state, _) = DemoData.state(after: [.character("/")] + DemoData.typing("an") + [.enter, .character("n")], data: Self.data)
        let withAn = Self.officerNames(state).count { $0.lowercased().contains("an") }
        #expect(state.message == "Match 2 of \(withAn) for “an”.")
    }

    @Test("FLAGS sorts by how serious: over a limit before a rule broken before near, the most over first")
    func severity() {
        let (state, _) = DemoData.state(after: [.character("5")], data: Self.data)
        #expect(state.officerList.sortColumn == .flags)
        let names = Self.officerNames(state)
        #expect(Array(names.prefix(5)) == ["Ella Hughes", "Sophie Campbell", "Grace O'Brien", "Chloe Evans", "Kavya Shah"])
        #expect(Set(names.dropFirst(5).prefix(6)) == ["Jack Davies", "Harry Patel", "Usman Ahmed", "Ben Walker", "Megan Foster", "Tom Baker"], "then the rules broken")
    }

    @Test("transfer from an officer's case: Enter, a ranked officer, the reason, then a confirmation naming both effects")
    func transfer() throws {
        let keys: [Key] = [.enter, .enter]
        var (state, _) = DemoData.state(after: keys, data: Self.data)
        let transfer = try #require(state.page.screen.definition as? TransferScreen, "Enter on an officer's case opens Transfer")
        let (caseID, from) = (transfer.caseID, transfer.from)
        (state, _) = DemoData.state(after: keys + [.enter], data: Self.data)
        guard case .reason(let request, let rules, let summary, _) = state.dialog else {
            Issue.record("no reason asked")
            return
        }
        #expect(rules.isEmpty && request.from == from && request.caseID == caseID)
        #expect(summary.contains("Transfer \(caseID) from Ella Hughes (\(from)) to") && summary.contains("\(from): 52 → 51 cases"))
        let effects: [Effect]
        (state, effects) = DemoData.state(after: keys + [.enter, .down, .enter, .character("y")], data: Self.data)
        var expected = request
        expected.reason = .changeInRisk
        #expect(effects == [.allocate([expected])])
    }

    @Test("w on an officer who is here shows what if they were away, and nothing can be applied until they are")
    func whatIf() {
        var (state, effects) = DemoData.state(after: [.character("w")], data: Self.data)
        #expect(state.page.screen == .whatIf(officerID: "OM05"))
        #expect(effects.isEmpty)
        (state, effects) = DemoData.state(after: [.character("w"), .character("a")], data: Self.data)
        #expect(effects.isEmpty && state.dialog == nil)
        #expect(state.message?.contains("OM05 is not away") == true)
        (state, _) = DemoData.state(after: [.enter, .character("w")], data: Self.data)
        #expect(state.page.screen == .whatIf(officerID: "OM05"))
    }

    /// The keys that open OM08's Officer screen: OM08 is on leave in the demo.
    static let openOM08: [Key] = [.character("/")] + "OM08".map { .character($0) } + [.enter, .enter]

    @Test("c on an away officer opens their cover plan; a and y start the cover, their officer of record kept, until the absence ends")
    func coverFromOfficer() throws {
        var (state, effects) = DemoData.state(after: Self.openOM08 + [.character("c")], data: Self.data)
        #expect(state.page.screen == .whatIf(officerID: "OM08"))
        (state, effects) = DemoData.state(after: Self.openOM08 + [.character("c"), .character("a")], data: Self.data)
        guard case .confirmCover(let requests, let summary) = state.dialog else {
            Issue.record("no confirmation of the cover: \(state.message ?? "")")
            return
        }
        #expect(summary.contains("until you end it") && summary.contains("OM08 stays their officer"))
        #expect(!requests.isEmpty && requests.allSatisfy { $0.officerID == "OM08" && $0.until == nil && $0.by == "sgt.test" })
        (state, effects) = DemoData.state(after: Self.openOM08 + [.character("c"), .character("a"), .character("y")], data: Self.data)
        #expect(effects == [.cover(requests)] && state.dialog == nil)
    }

    @Test("L on an officer shows the letter they would read; a and y give it")
    func notice() throws {
        var (state, effects) = DemoData.state(after: Self.openOM08.dropLast(2) + [.enter, .enter, .character("L")], data: Self.data)
        guard let id = (state.page.screen.definition as? NoticeScreen)?.officerID else {
            Issue.record("L did not open the notice: \(state.page.screen)")
            return
        }
        let text = try #require(NoticeScreen.text(id, state, Self.data))
        #expect(text.contains("Dear ") && text.contains("Recommendation 19 of the 2022 joint inspection") && text.contains("sgt.test"))
        (state, effects) = DemoData.state(after: Self.openOM08.dropLast(2) + [.enter, .enter, .character("L"), .character("a")], data: Self.data)
        guard case .confirmNotice(let confirmed, _) = state.dialog else {
            Issue.record("no confirmation: \(state.message ?? "")")
            return
        }
        #expect(confirmed == id)
        (state, effects) = DemoData.state(after: Self.openOM08.dropLast(2) + [.enter, .enter, .character("L"), .character("a"), .character("y")], data: Self.data)
        #expect(effects == [.giveNotice(officerID: id)])
    }

    @Test("A on an officer records an absence or reduction typed on one line; a line that cannot be read says why and stays to mend")
    func recordAvailability() throws {
        let typed = { (text: String) -> [Key] in Self.openOM08 + [.character("A")] + text.map { Key.character($0) } + [.enter] }
        var (state, effects) = DemoData.state(after: typed("absence 2026-12-20"), data: Self.data)
        #expect(state.dialog == nil && state.prompt?.text == "absence 2026-12-20" && effects.isEmpty)
        #expect(state.message?.contains("say why") == true)
        (state, effects) = DemoData.state(after: typed("absence 2026-12-20 2026-12-31 sickness") + [.character("y")], data: Self.data)
        let entry = AvailabilityEntry(officerID: "OM08", kind: .absence, from: Day("2026-12-20")!, to: Day("2026-12-31")!, reason: "sickness")
        #expect(effects == [.recordAvailability(entry)])
        (state, effects) = DemoData.state(after: typed("reduction 0.4 today - phased return") + [.character("y")], data: Self.data)
        let reduction = AvailabilityEntry(officerID: "OM08", kind: .reduction, from: Self.data.today, fractionMillionths: 400_000, reason: "phased return")
        #expect(effects == [.recordAvailability(reduction)])
    }

    @Test("an availability line is read exactly, and each fault is named", arguments: [
        ("absence 2026-12-07 2026-12-20 sickness", "absence 2026-12-07…2026-12-20 sickness"),
        ("Absence today - annual leave", "absence 2026-11-15…open annual leave"),
        ("reduction 0.5 2026-12-07 2027-01-31 phased return", "reduction 500000 2026-12-07…2027-01-31 phased return"),
        ("holiday 2026-12-07", "start with absence or reduction"),
        ("reduction 1 2026-12-07 x", "the share '1' takes the whole of the officer's time; record an absence instead"),
        ("reduction -0.1 2026-12-07 x", "the share '-0.1' is below 0"),
        ("absence 07/12/2026 sickness", "give the first day"),
        ("absence 2026-12-20 2026-12-07 sickness", "is before the first"),
        ("absence 2026-12-07 2026-12-20", "say why"),
        ("absence 3000-01-01 sickness", "give the first day"),
    ])
    func availabilityLine(text: String, expected: String) {
        switch AvailabilityLine.parse(text, officerID: "OM1", today: Day("2026-11-15")!) {
        case .success(let entry):
            let fraction = entry.fractionMillionths.map { " \($0)" } ?? ""
            let shown = "\(entry.kind.rawValue)\(fraction) \(entry.from)…\(entry.to?.description ?? "open") \(entry.reason)"
            #expect(shown == expected)
        case .failure(let problem):
            #expect(problem.sentence.contains(expected), "\(problem.sentence)")
        }
    }

    @Test("plan and rebalance show the whole proposal; a applies it after a confirmation, in one go")
    func proposals() {
        var (state, _) = DemoData.state(after: [.character("p")], data: Self.data)
        #expect(state.page.screen == .plan)
        var effects: [Effect]
        (state, effects) = DemoData.state(after: [.character("p"), .character("a"), .character("y")], data: Self.data)
        guard case .allocate(let placed) = effects.first else {
            Issue.record("the plan was not applied")
            return
        }
        #expect(placed.count == 6 && placed.allSatisfy { $0.from == nil && $0.by == "sgt.test" })
        (state, effects) = DemoData.state(after: [.character("R"), .character("a"), .character("y")], data: Self.data)
        guard case .allocate(let moved) = effects.first else {
            Issue.record("the rebalance was not applied")
            return
        }
        #expect(moved.map(\.caseID) == ["C1406"] && moved.allSatisfy { $0.from == "OM10" && $0.reason == .caseloadAdjustment }, "only the level 2 case in untrained hands")
        (state, effects) = DemoData.state(after: [.character("R"), .character("a"), .character("n")], data: Self.data)
        #expect(effects.isEmpty && state.message == "Nothing was changed.")
    }

    @Test("Enter on a change in a plan or a rebalance shows its reasons in full, a line each; any key closes them; other rows have none")
    func reasons() {
        var (state, _) = DemoData.state(after: [.character("p"), .down, .enter], data: Self.data)
        guard case .reasons(let summary, let lines) = state.dialog else {
            Issue.record("Enter on the plan's second change showed no reasons: \(String(describing: state.dialog))")
            return
        }
        #expect(summary.hasPrefix("C9003 (very_high) to Kavya Shah (OM11): 43 → 44 cases"))
        #expect(lines.contains("29.5% high risk, over the 20% limit (allowed: AP residents stay with their AP officer)"), "\(lines)")
        (state, _) = DemoData.state(after: [.character("p"), .down, .enter, .character("x")], data: Self.data)
        #expect(state.dialog == nil && state.page.screen == .plan)
        (state, _) = DemoData.state(after: [.character("p"), .end, .enter], data: Self.data)
        #expect(state.dialog == nil, "an officer's figures after the plan is not a change")
        (state, _) = DemoData.state(after: [.character("R")] + Array(repeating: .down, count: 5) + [.enter], data: Self.data)
        guard case .reasons(let moved, _) = state.dialog else {
            Issue.record("Enter on the rebalance's transfer showed no reasons: \(String(describing: state.dialog))")
            return
        }
        #expect(moved.hasPrefix("C1406 (medium) from Jack Davies (OM10) to "), "the level 2 case leaving untrained hands")
        (state, _) = DemoData.state(after: [.character("R"), .enter], data: Self.data)
        #expect(state.dialog == nil, "an officer on hold is not a change")
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

@Suite("The Officer screen's standing")
struct OfficerStandingTests {
    @Test("the Officer screen says an officer is absent, reduced, and who their buddy is")
    func standing() throws {
        var force = try DemoData.force()
        for index in force.officers.indices {
            if force.officers[index].id == "OM18" { force.officers[index].reductionMillionths = 200_000 }
            if force.officers[index].id == "OM12" { force.officers[index].absence = .some(70) }
        }
        let data = DashboardData(force: force, snapshots: [], limits: .standard, today: DemoData.today)
        func header(_ name: String) -> String {
            let keys: [Key] = [.character("/")] + DemoData.typing(name) + [.enter, .enter]
            let screen = Renderer.render(DemoData.state(after: keys, data: data, height: 40).0, data, theme: .monochrome, width: 200, height: 40).text
            return String(screen.split(separator: "\n")[1])
        }
        #expect(header("Rhys").contains("West · FTE 1 · MOSOVO awaiting · reduced 20% · buddy Tom Baker (OM20) · course 2027-03-08 · 38/40 cases~"))
        #expect(header("Liam").contains("East · FTE 0.5 · MOSOVO trained · absent, 70 days in all · 23/25 cases~"))
    }
}
