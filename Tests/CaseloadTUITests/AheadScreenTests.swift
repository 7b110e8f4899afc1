import CaseloadCore
import CaseloadExport
@testable import CaseloadTUI
import Testing

/// The Ahead screen: `a` on home opens it, its rows are the teams then the officers, Enter opens an officer, and
/// what it shows is what `caseload ahead` counts.
@Suite("The Ahead screen")
struct AheadScreenTests {
    @Test("a on home opens it; Enter on a team does nothing, on an officer opens them; Esc comes back")
    func navigate() throws {
        let data = try DemoData.data()
        let teams = data.ahead.teams.count
        let (onTeam, _) = DemoData.state(after: [.character("a"), .enter], data: data)
        #expect(onTeam.page.screen == .ahead)
        let (opened, _) = DemoData.state(after: [.character("a")] + Array(repeating: .down, count: teams + 1) + [.enter], data: data)
        #expect(opened.page.screen == .officer(id: data.ahead.officers[1].figures.officer.id))
        let (back, _) = DemoData.state(after: [.character("a"), .escape], data: data)
        #expect(back.page.screen == .officers)
    }

    @Test("its rows say what the command counts: overdue reviews in the summary, each team's sentence, each officer's projection")
    func sameFigures() throws {
        let data = try DemoData.data()
        let (state, _) = DemoData.state(after: [.character("a")], data: data, height: 60)
        let text = Renderer.render(state, data, theme: .monochrome, width: 200, height: 60).text
        let overdue = data.ahead.officers.reduce(0) { $0 + $1.reviewsOverdue }
        #expect(overdue == 5)
        #expect(text.contains(" 5 reviews overdue; to \(data.ahead.end):"))
        for team in data.ahead.teams { #expect(text.contains(AheadReport(data.ahead).sentence(team))) }
        let first = data.ahead.officers[0]
        #expect(text.contains("\(first.projected[2].cases)/\(first.figures.caseLimit)"))
    }

    @Test("an officer on hold's screen gives the day holding alone brings them within, the day rebalance gives")
    func holdWithADate() throws {
        let data = try DemoData.data()
        let (state, _) = DemoData.state(after: [.enter], data: data, height: 40)
        guard let id = (state.page.screen.definition as? OfficerScreen)?.officerID else { Issue.record("not an officer screen"); return }
        let figures = try #require(data.figures.officers.first { $0.officer.id == id })
        #expect(figures.isOverALimit)
        let plan = Rebalancer(force: data.force, limits: data.limits, today: data.today).plan()
        let within = try #require(plan.onHold.first { $0.figures.officer.id == id }?.withinOn)
        let text = Renderer.render(state, data, theme: .monochrome, width: 200, height: 40).text
        #expect(text.contains("within by holding alone from \(within), as their cases end"), "\(text.prefix(600))")
        let narrow = Renderer.render(state, data, theme: .monochrome, width: 80, height: 24).text
        #expect(narrow.contains("within \(within)"))
    }

    @Test("an AP officer whose residents explain their share is shown as explained, not as taking no new case, at any width")
    func explainedByTheirAP() throws {
        let data = try DemoData.data()
        let (state, _) = DemoData.state(after: "/chlo\r\r".map { $0 == "\r" ? .enter : .character($0) }, data: data, height: 40)
        #expect(state.page.screen == .officer(id: "OM03"))
        let wide = Renderer.render(state, data, theme: .monochrome, width: 200, height: 40).text
        #expect(wide.contains("25.0% high risk (11 cases), over the 20% limit, explained by their AP's residents: AP residents only until within"), "\(wide.prefix(600))")
        let narrow = Renderer.render(state, data, theme: .monochrome, width: 80, height: 24).text
        #expect(narrow.contains("25.0% high risk: AP explains it") && !narrow.contains("no new cases"), "\(narrow.prefix(400))")
    }

    @Test("its officers sort with < and >, most first, I to reverse; Enter opens the officer shown")
    func sorted() throws {
        let data = try DemoData.data()
        let teams = data.ahead.teams.count
        let mostOverdue = data.ahead.officers.max { $0.reviewsOverdue < $1.reviewsOverdue }!
        let (byOverdue, _) = DemoData.state(after: [.character("a")] + Array(repeating: .character(">"), count: 5) + Array(repeating: .down, count: teams) + [.enter], data: data)
        #expect(byOverdue.page.screen == .officer(id: mostOverdue.figures.officer.id))
        #expect(mostOverdue.figures.officer.id == "OM02", "OM02 and OM20 both have 2; ties keep the force's order")
        let (state, _) = DemoData.state(after: [.character("a")] + Array(repeating: .character(">"), count: 5), data: data, height: 40)
        let text = Renderer.render(state, data, theme: .monochrome, width: 120, height: 40).text
        #expect(text.contains("ordered by reviews overdue, most first"))
        let (reversed, _) = DemoData.state(after: [.character("a")] + Array(repeating: .character(">"), count: 5) + [.character("I")], data: data, height: 40)
        #expect(Renderer.render(reversed, data, theme: .monochrome, width: 120, height: 40).text.contains("ordered by reviews overdue, fewest first"))
        let (cycled, _) = DemoData.state(after: [.character("a"), .character(">")], data: data)
        #expect(cycled.aheadOrder.key == .cases && cycled.aheadOrder.descending)
        let (home, _) = DemoData.state(after: [.character(">")], data: data)
        #expect(home.aheadOrder.key == .officer && !home.aheadOrder.descending, "on the home screen the keys sort the officers' list, not this one")
    }
}
