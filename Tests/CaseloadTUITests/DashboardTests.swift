import CaseloadCore
import CaseloadDemo
import CaseloadSQLite
import CaseloadStore
import CaseloadTUI
import Foundation
import Testing

@Suite("The dashboard against a store")
@MainActor
struct DashboardTests {
    static func dashboard(_ store: any ForceStore, width: Int = 120, height: Int = 40) throws -> (Dashboard, MemoryTerminal) {
        let terminal = MemoryTerminal(width: width, height: height)
        let dashboard = try Dashboard(
            terminal: terminal, store: store, limits: .standard, today: DemoData.today, theme: .colour, supervisor: "sgt.test",
            exportFolder: FileManager.default.temporaryDirectory.path)
        return (dashboard, terminal)
    }

    @Test("allocating from Suggest writes through the store, and the figures change on screen")
    func allocate() throws {
        let store = try DemoData.store()
        let (dashboard, terminal) = try Self.dashboard(store)
        dashboard.draw()
        #expect(terminal.presented?.text.contains("Queue 6") == true)
        for key: Key in [.character("u"), .enter, .enter, .character("y")] { dashboard.handle(key) }
        let screen = try #require(terminal.presented?.text)
        #expect(screen.contains("Allocated C9001 to OM06; recorded in the audit log."))
        #expect(screen.contains("5 cases waiting for an officer."))
        #expect(try store.audit(.caseID("C9001")).map(\.to) == ["OM06"])
        dashboard.handle(.escape)
        #expect(terminal.presented?.text.contains("Queue 5") == true)
    }

    @Test("what-if on an officer who is already away says so, and shows the cover for their cases")
    func whatIfOnAnAwayOfficer() throws {
        let (dashboard, terminal) = try Self.dashboard(try DemoData.store())
        dashboard.draw()
        for key: Key in [.end, .character("w")] { dashboard.handle(key) }
        let screen = try #require(terminal.presented?.text)
        #expect(screen.contains("Harry Patel (OM08) is away: the cover for their 31 cases"), "\(screen)")
        #expect(!screen.contains("If Harry Patel (OM08) were away"))
        dashboard.handle(.escape)
        for key: Key in [.home, .character("w")] { dashboard.handle(key) }
        #expect(terminal.presented?.text.contains("were away:") == true, "an officer at work gets the question")
    }

    @Test("A records an absence and c, a, y cover it: the cases count for their colleagues, the officer of record kept")
    func absenceThenCover() throws {
        let store = try DemoData.store()
        let (dashboard, terminal) = try Self.dashboard(store)
        dashboard.draw()
        for key: Key in [.character("/")] + "OM09".map({ .character($0) }) + [.enter, .enter, .character("A")] { dashboard.handle(key) }
        #expect(terminal.presented?.text.contains("e.g. absence") == true)
        let line = "absence \(DemoData.today) \(DemoData.today.adding(days: 29)) sickness"
        for key in line.map({ Key.character($0) }) + [.enter, .character("y")] { dashboard.handle(key) }
        #expect(terminal.presented?.text.contains("Recorded the absence for OM09") == true, "\(terminal.presented?.text ?? "")")
        let held = try store.cases(heldBy: ["OM09"]).count
        for key: Key in [.character("c"), .character("a"), .character("y")] { dashboard.handle(key) }
        let listed = try #require(terminal.presented?.text)
        #expect(listed.contains("covered by") && listed.contains("any key closes this"), "\(listed)")
        dashboard.handle(.character("x"))
        let screen = try #require(terminal.presented?.text)
        #expect(!screen.contains("any key closes this"))
        let now = try store.currentSnapshot(asOf: DemoData.today).officers
        let covered = try #require(now.first { $0.officer.id == "OM09" }?.workload.underCover)
        #expect(covered > held / 2 && now.map(\.workload.covering).reduce(0, +) == covered)
        #expect(screen.contains("Started cover of \(covered) cases until \(DemoData.today.adding(days: 29))"), "\(screen)")
        #expect(try store.cases(heldBy: ["OM09"]).count == held, "OM09 stays the officer of record")
        #expect(screen.contains("\(covered) under cover"), "\(screen)")
    }

    @Test("L, a and y give an officer their notice: a file in the export folder, recorded in the audit trail")
    func giveNotice() throws {
        let store = try DemoData.store()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-notice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let terminal = MemoryTerminal(width: 120, height: 40)
        let dashboard = try Dashboard(
            terminal: terminal, store: store, limits: .standard, today: DemoData.today, theme: .colour, supervisor: "sgt.test",
            exportFolder: folder.path, wording: ForceWording(forceName: "Surrey Police"))
        dashboard.draw()
        for key: Key in [.enter, .character("L")] { dashboard.handle(key) }
        #expect(terminal.presented?.text.contains("the limits Surrey Police sets") == true, "\(terminal.presented?.text ?? "")")
        for key: Key in [.character("a"), .character("y")] { dashboard.handle(key) }
        let screen = try #require(terminal.presented?.text)
        #expect(screen.contains("Gave the notice: "), "\(screen)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == 1 && files[0].hasPrefix("notice-OM05-"))
        #expect(try store.audit(.officerID("OM05")).first?.kind == .notice)
        for key: Key in [.character("L"), .character("a"), .character("y")] { dashboard.handle(key) }
        #expect(terminal.presented?.text.contains("No notice was given: ") == true, "a second one would overwrite the first")
    }

    @Test("after a plan is applied the screen lists each allocation with where its officer now stands, until a key")
    func listsWhatWasDone() throws {
        let store = try DemoData.store()
        let (dashboard, terminal) = try Self.dashboard(store)
        dashboard.draw()
        for key: Key in [.character("p"), .character("a"), .character("y")] { dashboard.handle(key) }
        let screen = try #require(terminal.presented?.text)
        #expect(screen.contains("Made 6 allocations"))
        let lines = screen.split(separator: "\n").filter { $0.contains(": now ") && $0.contains(" cases, ") }
        #expect(lines.count == 6, "\(screen)")
        #expect(lines.allSatisfy { $0.contains("C900") })
        let bar = screen.split(separator: "\n").last { $0.contains("help") }.map(String.init) ?? ""
        #expect(bar.contains("any key closes this") && bar.contains("F1 help") && !bar.contains("y yes"), "the bar: \(bar)")
        dashboard.handle(.escape)
        #expect(terminal.presented?.text.contains(": now ") == false)
    }

    @Test("a force too large to load at once shows its first screen from the kept counts, then every case behind it")
    func loadsBehindTheFirstScreen() throws {
        let store = try DemoData.store()
        let terminal = MemoryTerminal(width: 120, height: 40)
        let dashboard = try Dashboard(
            terminal: terminal, store: store, limits: .standard, today: DemoData.today, theme: .colour, supervisor: "sgt.test",
            exportFolder: FileManager.default.temporaryDirectory.path, loadInBackgroundAbove: 0)
        #expect(!dashboard.data.isComplete)
        dashboard.draw()
        var screen = try #require(terminal.presented?.text)
        #expect(screen.contains("Officers 24 · Cases 1,072 · Queue 6"), "the figures come from the kept counts")
        #expect(screen.contains("loading every case…"))
        #expect(screen.contains("Ella Hughes") && screen.contains("52/50!"))
        dashboard.handle(.enter)
        #expect(terminal.presented?.text.contains("Loading every case of the force; Ella Hughes's 52 follow in a moment.") == true)
        dashboard.handle(.escape)
        for key: Key in [.character("u"), .enter] { dashboard.handle(key) }
        let suggest = terminal.presented?.text ?? ""
        #expect(suggest.contains("C9001  North  high") && suggest.contains("Farid Iqbal"), "Suggest works from the queue and the kept counts: \(suggest)")
        dashboard.finishLoading()
        #expect(dashboard.data.isComplete)
        for key: Key in [.escape, .escape, .enter] { dashboard.handle(key) }
        screen = try #require(terminal.presented?.text)
        #expect(screen.contains("C1180") && !screen.contains("Loading every case"), "\(screen)")
    }

    @Test("the queue says how long each case has waited, longest first")
    func waited() throws {
        let store = try DemoData.store()
        var force = try store.loadForce()
        force.cases[force.cases.firstIndex { $0.id == "C1001" }!].officerID = nil
        try store.replaceForce(force, asOf: Day("2026-11-20")!)
        let terminal = MemoryTerminal(width: 120, height: 40)
        let dashboard = try Dashboard(
            terminal: terminal, store: store, limits: .standard, today: Day("2026-11-25")!, theme: .colour, supervisor: "sgt.test",
            exportFolder: FileManager.default.temporaryDirectory.path)
        dashboard.handle(.character("u"))
        let lines = try #require(terminal.presented?.text).split(separator: "\n").map(String.init)
        let rows = lines[ScreenLayout.firstListRow...].filter { $0.hasPrefix(" C") }
        #expect(rows.first?.hasPrefix(" C9001       34 days") == true, "from its referral: \(rows)")
        #expect(rows.last?.hasPrefix(" C1001        5 days") == true, "no referral: from when caseload first saw it: \(rows)")
        #expect(lines[ScreenLayout.headerRow].contains("WAITED"))
    }

    @Test("another process allocating shows up without a key press")
    func liveData() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-live-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("db.sqlite").path
        let store = try SQLiteStore.open(path: path)
        try store.replaceForce(try DemoData.force(), asOf: DemoData.today)
        let (dashboard, terminal) = try Self.dashboard(store)
        dashboard.draw()
        #expect(!dashboard.refreshIfChanged())

        let other = try SQLiteStore.open(path: path)
        _ = try other.allocate(
            [AllocationRequest(caseID: "C9005", from: nil, to: "OM23", by: "sgt.other", reason: nil, override: false)],
            limits: .standard, on: DemoData.today, at: "2026-11-15T12:00:00Z")
        #expect(dashboard.refreshIfChanged())
        #expect(terminal.presented?.text.contains("Queue 5") == true)
    }

    @Test("an allocation someone else made first is refused on screen, saying who, and nothing changes")
    func refused() throws {
        let store = try DemoData.store()
        let (dashboard, terminal) = try Self.dashboard(store)
        _ = try store.allocate(
            [AllocationRequest(caseID: "C9001", from: nil, to: "OM01", by: "sgt.other", reason: nil, override: false)],
            limits: .standard, on: DemoData.today, at: "2026-11-15T12:00:00Z")
        #expect(dashboard.data.queue.first?.id == "C9001")
        for key: Key in [.character("u"), .enter, .enter, .character("y")] { dashboard.handle(key) }
        #expect(terminal.presented?.text.contains("Nothing was changed: C9001 has already been allocated to OM01 by sgt.other") == true)
        #expect(try store.audit(.caseID("C9001")).count == 1)
    }

    @Test("e on the Monthly screen writes the HTML and Markdown reports")
    func export() throws {
        let store = try DemoData.store()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let terminal = MemoryTerminal(width: 100, height: 30)
        let dashboard = try Dashboard(
            terminal: terminal, store: store, limits: .standard, today: DemoData.today, theme: .monochrome, supervisor: "x",
            exportFolder: folder.path)
        dashboard.handle(.character("m"))
        dashboard.handle(.character("e"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("caseload-2026-11.html").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("caseload-2026-11.md").path))
        #expect(terminal.presented?.text.contains("Exported") == true)
    }
}

/// The demo is placed around the day it runs: on any day it looks like a working team's.
@Suite("A living demo")
struct LivingDemoTests {
    @Test("on three dates a year apart, the 7 days column and the queue's waits are the same, and not zero", arguments: [
        "2025-11-20", "2026-11-15", "2027-11-10",
    ])
    func alive(day text: String) throws {
        let today = try #require(Day(text))
        let force = DemoForce.placed(try DemoData.force(), around: today)
        let data = DashboardData(force: force, snapshots: [], limits: .standard, today: today)
        let recent = data.figures.officers.indices.map(data.recentAllocations)
        let waits = data.queue.compactMap(data.daysWaited)
        #expect(recent.reduce(0, +) > 0 && waits.count == 6 && waits.allSatisfy { $0 > 0 })
        let reference = DashboardData(force: try DemoData.force(), snapshots: [], limits: .standard, today: DemoForce.madeFor)
        #expect(recent == reference.figures.officers.indices.map(reference.recentAllocations))
        #expect(waits == reference.queue.compactMap(reference.daysWaited))
    }
}
