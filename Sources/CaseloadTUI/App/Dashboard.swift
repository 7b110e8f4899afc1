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

    public init(
        terminal: any Terminal, store: any ForceStore, limits: Limits, today: Day, theme: Theme, supervisor: String?,
        exportFolder: String, redacted: Bool = false, isDemo: Bool = false
    ) throws {
        self.terminal = terminal
        self.store = store
        self.limits = limits
        self.today = today
        self.theme = theme
        self.exportFolder = exportFolder
        self.redacted = redacted
        self.isDemo = isDemo
        state = AppState(supervisor: supervisor)
        seenVersion = try store.dataVersion()
        data = try Self.load(store, limits: limits, today: today, redacted: redacted, isDemo: isDemo)
    }

    static func load(_ store: any ForceStore, limits: Limits, today: Day, redacted: Bool, isDemo: Bool) throws -> DashboardData {
        let force = try store.loadForce()
        let months = try store.months().filter { $0 < today.calendarMonth && $0 >= today.calendarMonth.adding(months: -11) }
        let snapshots = try months.compactMap { try store.snapshot(of: $0) }
        guard redacted else { return DashboardData(force: force, snapshots: snapshots, limits: limits, today: today, isDemo: isDemo) }
        return DashboardData(force: force.redacted, snapshots: snapshots.map(\.redacted), limits: limits, today: today, isDemo: isDemo)
    }

    /// Draws the current state at the terminal's size.
    public func draw() {
        let size = terminal.size
        state.visibleRows = ScreenLayout.visibleRows(height: size.height)
        state.terminalWidth = size.width
        terminal.present(Renderer.render(state, data, theme: theme, width: size.width, height: size.height))
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
    public func refreshIfChanged() -> Bool {
        guard let version = try? store.dataVersion(), version != seenVersion else { return false }
        seenVersion = version
        reload()
        draw()
        return true
    }

    /// Runs until the user quits or `shouldStop` says so, checking for changes by others about once a second.
    public func run(shouldStop: () -> Bool) {
        draw()
        var lastCheck = Date()
        while !quitting && !shouldStop() {
            if let key = terminal.nextKey(timeoutMilliseconds: 200) { handle(key) }
            if Date().timeIntervalSince(lastCheck) >= 1 {
                lastCheck = Date()
                refreshIfChanged()
            }
        }
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
                switch state.page.screen {
                case .suggest, .transfer, .plan, .rebalance: state.stack.removeLast()
                default: break
                }
                state.message = Self.describe(requests) + (isDemo ? " on the demo force: not saved, gone when you quit." : "; recorded in the audit log.")
                reload()
            } catch {
                state.message = "Nothing was changed: \(Self.explain(error))"
                reload()
            }
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

    func reload() {
        do {
            seenVersion = (try? store.dataVersion()) ?? seenVersion
            data = try Self.load(store, limits: limits, today: today, redacted: redacted, isDemo: isDemo)
            Reducer.clampSelection(&state, data)
        } catch {
            state.message = "Could not reload the data: \(Self.explain(error))"
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

    /// An error in words: the store translates its own, so each describes itself in sentences.
    static func explain(_ error: any Error) -> String {
        String(describing: error)
    }
}
