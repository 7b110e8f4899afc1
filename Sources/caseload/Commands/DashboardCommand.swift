import ArgumentParser
import CaseloadCore
import CaseloadTUI
import Dispatch
import Foundation
import Synchronization

/// `caseload` or `caseload dashboard`: the ncurses dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "The dashboard: officers against the limits, one officer, the queue with suggestions, the monthly view.",
        discussion: "Needs a terminal of at least 80×24. NO_COLOR or --no-color gives a monochrome theme. Press ? for the keys."
    )

    @ArgumentParser.Flag(name: .customLong("no-color"), help: "Monochrome: marks (! over, ~ near) carry the meaning.") var noColor = false
    @Option(help: ArgumentHelp("Who is allocating, for the audit log (default: $USER, else $LOGNAME, else the login name).", valueName: "who"))
    var by: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limits: LimitOptions
    @OptionGroup var redaction: RedactOption

    func run() throws {
        let wording = try limits.wording()
        let limits = try limits.resolved()
        let environment = ProcessInfo.processInfo.environment
        guard isatty(STDOUT_FILENO) == 1 else { throw CommandFailure.environment(CursesTerminal.StartError.notATerminal.description) }
        let today = try Day.today()
        let opened = try database.openForReading()
        let supervisor = try by.map(changeMaker) ?? UserEnvironment.userName
        let stop = StopRequest()
        try MainActor.assumeIsolated {
            let terminal: CursesTerminal
            do {
                terminal = try CursesTerminal(environment: environment)
            } catch let error as CursesTerminal.StartError {
                throw CommandFailure.environment(error.description)
            }
            defer { terminal.stop() }
            let theme = Theme.choose(noColorFlag: noColor, environment: environment, terminalHasColour: terminal.hasColour)
            terminal.use(theme)
            let dashboard = try withStore {
                try Dashboard(
                    terminal: terminal, store: opened.store, limits: limits, today: today, theme: theme, supervisor: supervisor,
                    exportFolder: FileManager.default.currentDirectoryPath, redacted: redaction.redact, isDemo: opened.isDemo,
                    wording: wording)
            }
            dashboard.run { stop.isRequested }
        }
    }
}

/// Turns SIGINT, SIGTERM and SIGHUP into a request to stop, so the dashboard can give the terminal back cleanly.
final class StopRequest: Sendable {
    private let requested = Atomic<Bool>(false)
    private nonisolated(unsafe) var sources: [any DispatchSourceSignal] = []

    init() {
        let queue = DispatchQueue(label: "caseload.signals")
        sources = [SIGINT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [self] in self.requested.store(true, ordering: .relaxed) }
            source.resume()
            return source
        }
    }

    var isRequested: Bool { requested.load(ordering: .relaxed) }
}
