import CaseloadCore
import CaseloadExport
import CaseloadStore
import Foundation

/// The running dashboard: keys in, through the reducer, effects carried out against the store, frames out.
@MainActor
public final class Dashboard {
    public private(set) var state: AppState
    public private(set) var data: DashboardData
    let terminal: any Terminal
    let store: any ForceStore
    let limits: Limits
    let today: Day
    let theme: Theme
    /// Where `e` writes the monthly reports.
    let exportFolder: String
    /// Whether officers' names are left out of every screen and export, each shown as the officer's id.
    let redacted: Bool
    /// Whether the store holds the bundled demo force, in memory: said on every screen, and nothing is saved.
    let isDemo: Bool
    private var seenVersion: Int
    private(set) var quitting = false
    /// Forces with more cases than this show their first screen from the kept counts and load the cases behind it.
    let loadInBackgroundAbove: Int
    /// The whole force, being loaded behind the first screen; taken up by the next tick.
    private let pending = PendingLoad()

    public init(
        terminal: any Terminal, store: any ForceStore, limits: Limits, today: Day, theme: Theme, supervisor: String?,
        exportFolder: String, redacted: Bool = false, isDemo: Bool = false, loadInBackgroundAbove: Int = 200_000,
        wording: ForceWording = ForceWording()
    ) throws {
        self.terminal = terminal
        self.store = store
        self.limits = limits
        self.today = today
        self.theme = theme
        self.exportFolder = exportFolder
        self.redacted = redacted
        self.isDemo = isDemo
        self.loadInBackgroundAbove = loadInBackgroundAbove
        state = AppState(supervisor: supervisor)
        state.wording = wording
        seenVersion = try store.dataVersion()
        data = try Self.loadFirst(store, limits: limits, today: today, redacted: redacted, isDemo: isDemo, above: loadInBackgroundAbove, pending: pending)
    }

    /// The data for the first screen: the whole force when it is small, else the kept counts and the queue at once
    /// (the earlier months come with the cases), with the whole force loading on a thread of its own into `pending`.
    static func loadFirst(
        _ store: any ForceStore, limits: Limits, today: Day, redacted: Bool, isDemo: Bool, above: Int, pending: PendingLoad
    ) throws -> DashboardData {
        let current = try store.currentSnapshot(asOf: today)
        let cases = current.officers.reduce(current.unallocated) { $0 + $1.workload.cases }
        guard cases > above else { return try load(store, limits: limits, today: today, redacted: redacted, isDemo: isDemo) }
        let queue = try store.unallocatedCases()
        let since = try store.queuedSince()
        pending.prepare { try load(store, limits: limits, today: today, redacted: redacted, isDemo: isDemo) }
        return DashboardData(
            current: redacted ? current.redacted : current, queue: queue, snapshots: [], limits: limits, today: today, isDemo: isDemo,
            queuedSince: since)
    }

    /// The whole force and its history.
    nonisolated static func load(_ store: any ForceStore, limits: Limits, today: Day, redacted: Bool, isDemo: Bool) throws -> DashboardData {
        let force = try store.loadForce(on: today)
        let snapshots = try history(store, today: today)
        let since = try store.queuedSince()
        return DashboardData(
            force: redacted ? force.redacted : force, snapshots: redacted ? snapshots.map(\.redacted) : snapshots, limits: limits, today: today,
            isDemo: isDemo, queuedSince: since)
    }

    /// The eleven months before this one, as recorded.
    nonisolated static func history(_ store: any ForceStore, today: Day) throws -> [MonthSnapshot] {
        let months = try store.months().filter { $0 < today.calendarMonth && $0 >= today.calendarMonth.adding(months: -11) }
        return try months.compactMap { try store.snapshot(of: $0) }
    }

    /// Takes up the whole force once it has loaded behind the first screen; true when it did.
    @discardableResult
    public func takeUpLoadedForce() -> Bool {
        guard let result = pending.take() else { return false }
        switch result {
        case .success(let full):
            data = full
            Reducer.clampSelection(&state, data)
        case .failure(let error):
            state.message = "Could not load the cases: \(Self.explain(error))"
        }
        return true
    }

    /// Waits for the whole force to load and takes it up: for tests, and for a reload that must be whole.
    public func finishLoading() {
        pending.startPrepared()
        pending.wait()
        takeUpLoadedForce()
    }

    /// Draws the current state at the terminal's size; after the first screen of a large force, starts loading its cases.
    public func draw() {
        let size = terminal.size
        state.visibleRows = ScreenLayout.visibleRows(height: size.height)
        state.terminalWidth = size.width
        terminal.present(Renderer.render(state, data, theme: theme, width: size.width, height: size.height))
        pending.startPrepared()
    }

    /// Handles one key: the state changes, its effects are carried out, and the screen is drawn again.
    public func handle(_ key: Key) {
        let size = terminal.size
        state.visibleRows = ScreenLayout.visibleRows(height: size.height)
        state.terminalWidth = size.width
        if size.width < ScreenLayout.minimumWidth || size.height < ScreenLayout.minimumHeight, key == .character("q") || key == .escape {
            quitting = true
            return
        }
        for effect in Reducer.reduce(&state, key, data) { carryOut(effect) }
        if !quitting { draw() }
    }

    /// Reloads when another process has changed the database; true when it did.
    @discardableResult
    ///
    /// A database that cannot be reached says so on the message line at once, and the line clears itself, with the
    /// data reloaded, as soon as it can be reached again.
    public func refreshIfChanged() -> Bool {
        let version: Int
        do {
            version = try store.dataVersion()
        } catch {
            guard state.unreachable == nil else { return false }
            state.unreachable = Self.unreachable(error)
            draw()
            return true
        }
        guard version != seenVersion || state.unreachable != nil else { return false }
        seenVersion = version
        reload()
        draw()
        return true
    }

    /// The message line while the database cannot be reached.
    static func unreachable(_ error: any Error) -> String {
        "Cannot reach the database, so the figures are as they were and nothing can be changed; caseload reconnects by itself. (\(explain(error)))"
    }

    /// Runs until the user quits or `shouldStop` says so, looking for changes by others every 200 ms at most.
    ///
    /// The look is cheap on both stores: SQLite's `PRAGMA data_version`, or on PostgreSQL the notifications already
    /// on the connection's socket, so another supervisor's change shows within a second without polling the server.
    public func run(shouldStop: () -> Bool) {
        draw()
        while !quitting && !shouldStop() {
            if let key = terminal.nextKey(timeoutMilliseconds: 200) { handle(key) }
            if takeUpLoadedForce() { draw() }
            refreshIfChanged()
        }
    }

    /// Closes the screen a change was asked from, when it is one whose ranking or proposal the change has used up.
    private func closeIfDone() {
        if state.page.screen.kind.traits.contains(.closesWhenDone) { state.stack.removeLast() }
    }

    func carryOut(_ effect: Effect) {
        switch effect {
        case .quit:
            quitting = true
        case .redraw:
            terminal.invalidate()
        case .allocate(let requests):
            do {
                _ = try store.allocate(requests, limits: limits, on: today, at: AuditTime.now())
                closeIfDone()
                state.message = Self.describe(requests) + (isDemo ? " on the demo force: not saved, gone when you quit." : "; recorded in the audit log.")
                reload()
                if requests.count > 1 { state.dialog = .done(summary: state.message ?? "", lines: Self.listed(requests, data)) }
            } catch {
                state.message = "Nothing was changed: \(Self.explain(error))"
                reload()
            }
        case .cover(let requests):
            do {
                _ = try store.cover(requests, limits: limits, on: today, at: AuditTime.now())
                closeIfDone()
                let until = requests.first?.until.map { " until \($0)" } ?? " until you end it"
                state.message = "Started cover of \(requests.count) case\(requests.count == 1 ? "" : "s")\(until)"
                    + (isDemo ? " on the demo force: not saved, gone when you quit." : "; recorded in the audit trail.")
                let names = Dictionary(data.force.officers.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
                state.dialog = .done(
                    summary: state.message ?? "",
                    lines: requests.map { "\($0.caseID) covered by \($0.coveringID) \(names[$0.coveringID] ?? "")\(until)" })
            } catch {
                state.message = "Nothing was changed: \(Self.explain(error))"
            }
            reload()
        case .recordAvailability(let entry):
            do {
                try store.record(entry, by: state.supervisor ?? "", at: AuditTime.now())
                state.message = "Recorded the \(entry.kind.rawValue) for \(entry.officerID)"
                    + (isDemo ? " on the demo force: not saved, gone when you quit." : "; recorded in the audit trail.")
            } catch {
                state.message = "Nothing was recorded: \(Self.explain(error))"
            }
            reload()
        case .giveNotice(let officerID):
            guard let text = NoticeScreen.text(officerID, state, data) else { return }
            do {
                let flags = data.figures.officers.first { $0.officer.id == officerID }?.flags ?? []
                let written = try NoticeFiles(folder: exportFolder, day: today, fileExtension: "txt").give([(officerID, text)]) {
                    try store.recordNotices([(officerID, flags)], on: today, by: state.supervisor ?? "", at: AuditTime.now())
                }
                closeIfDone()
                state.message = "Gave the notice: \(written[0]); recorded in the audit trail."
            } catch {
                state.message = "No notice was given: \(Self.explain(error))"
            }
            reload()
        case .suspend:
            terminal.suspend()
        case .export(let month):
            let base = (exportFolder as NSString).appendingPathComponent("caseload-\(month)")
            do {
                try writeAtomically(Array(MonthlyHTML.render(data.monthly).utf8), to: base + ".html")
                try writeAtomically(Array(MonthlyMarkdown.render(data.monthly).utf8), to: base + ".md")
                state.message = "Exported \(base).html and \(base).md (readable by you alone)."
            } catch {
                state.message = "Not exported: \(error.description)"
            }
        }
    }

    /// Reads the data again; when it cannot, the message of the action just taken stays, and the message line says
    /// the database cannot be reached until a later reload succeeds.
    func reload() {
        do {
            seenVersion = (try? store.dataVersion()) ?? seenVersion
            data = try Self.loadFirst(store, limits: limits, today: today, redacted: redacted, isDemo: isDemo, above: loadInBackgroundAbove, pending: pending)
            Reducer.clampSelection(&state, data)
            state.unreachable = nil
        } catch {
            state.unreachable = Self.unreachable(error)
        }
    }

    /// Each change made, with where its officer now stands: "C9001 to OM06 Farid Iqbal: now 49/50 cases, 18.4% high risk".
    static func listed(_ requests: [AllocationRequest], _ data: DashboardData) -> [String] {
        let figures = Dictionary(data.figures.officers.map { ($0.officer.id, $0) }, uniquingKeysWith: { first, _ in first })
        return requests.map { request in
            let from = request.from.map { " from \($0)" } ?? ""
            let now = figures[request.to].map {
                ": now \($0.cases)/\($0.caseLimit) cases, \(formatDecimal($0.highRiskPercent))% high risk"
            } ?? ""
            return "\(request.caseID)\(from) to \(request.to) \(figures[request.to]?.officer.name ?? "")\(now)"
        }
    }

    /// What was done, in words: "Allocated C9001 to OM06", "Transferred C1001 from OM01 to OM04", "Made 14 transfers".
    static func describe(_ requests: [AllocationRequest]) -> String {
        guard requests.count == 1, let request = requests.first else {
            let transfers = requests.contains { $0.from != nil }
            return "Made \(requests.count) \(transfers ? "transfers" : "allocations")"
        }
        let verb = request.from.map { "Transferred \(request.caseID) from \($0)" } ?? "Allocated \(request.caseID)"
        return verb + " to \(request.to)" + (request.override ? ", overriding a rule" : "")
    }

    /// An error in words: the store translates its own, so each describes itself in sentences. A refused change is
    /// told without the command line's advice (`--override`), which the dashboard does through its own dialogs.
    static func explain(_ error: any Error) -> String {
        if let refused = error as? AllocationError { return refused.withoutAdvice }
        return String(describing: error)
    }
}

/// The whole force loading on a thread of its own, and its result once there.
///
/// A reload while a load runs prepares a newer one; the older one's result, when it comes, is dropped rather than
/// taken up over the newer data.
final class PendingLoad: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<DashboardData, any Error>?
    private var running = false
    /// Which load is the latest; a load's result counts only while it still is.
    private var generation = 0

    private var prepared: (generation: Int, load: @Sendable () throws -> DashboardData)?

    /// Keeps the load to start once the first screen is drawn, so the two do not share the processor.
    func prepare(_ load: @escaping @Sendable () throws -> DashboardData) {
        condition.lock()
        generation += 1
        prepared = (generation, load)
        running = true
        result = nil
        condition.unlock()
    }

    /// Starts the prepared load, if there is one.
    func startPrepared() {
        condition.lock()
        let next = prepared
        prepared = nil
        condition.unlock()
        guard let next else { return }
        Thread.detachNewThread { [self] in
            let outcome = Result { try next.load() }
            condition.lock()
            if next.generation == generation {
                result = outcome
                running = false
                condition.broadcast()
            }
            condition.unlock()
        }
    }

    /// The result, once, when the load has ended.
    func take() -> Result<DashboardData, any Error>? {
        condition.lock()
        defer { condition.unlock() }
        let taken = result
        result = nil
        return taken
    }

    /// Blocks until no load is running.
    func wait() {
        condition.lock()
        while running { condition.wait() }
        condition.unlock()
    }
}
