import ArgumentParser
import CaseloadCore
import CaseloadStore

/// `caseload rebalance`: few transfers that bring every officer within the limits, optionally applied.
struct RebalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebalance",
        abstract: "Find the fewest transfers that bring every officer within both limits and L2/L3 cases into trained hands; --apply makes them.",
        discussion: """
            Moves cases only away from officers over a limit or breaking a rule, never to an officer already over,
            never a case living in an Approved Premises away from its AP officer; the most recently allocated cases
            first, within the team where it can, and never breaking a hard rule.
            """
    )

    @Option(help: "Output format: table or json.") var format: ReportFormat = .table
    @ArgumentParser.Flag(help: "Make the transfers, each recorded in the audit log as a caseload adjustment.") var apply = false
    @Option(help: ArgumentHelp("Who is applying the transfers, for the audit log (default: $USER).", valueName: "who")) var by: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limits: LimitOptions
    @OptionGroup var redaction: RedactOption

    func run() throws {
        let limits = try limits.resolved()
        let opened = try apply ? OpenedStore(store: database.openExisting(), isDemo: false) : database.openForReading()
        let store = opened.store
        let today = try Day.today()
        let loaded = try withStore { try store.loadForce(on: today) }
        let force = redaction.redact ? loaded.redacted : loaded
        let plan = Rebalancer(force: force, limits: limits, today: today).plan()
        let report = RebalanceReport(plan: plan, before: force.figures(limits: limits))
        printReport(format == .json ? report.json() : report.table(), isJSON: format == .json, isDemo: opened.isDemo)
        guard apply else { return }
        let by = try changeMaker(by)
        let requests = plan.moves.map {
            AllocationRequest(caseID: $0.item.id, from: $0.from.id, to: $0.to.id, by: by, reason: .caseloadAdjustment, override: false)
        }
        try applyChanges(requests, to: store, limits: limits, on: today, noun: "transfer")
    }
}
