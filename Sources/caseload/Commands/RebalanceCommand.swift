import ArgumentParser
import CaseloadCore
import CaseloadExport
import CaseloadStore

/// `caseload rebalance`: few transfers that bring every officer within the limits, optionally applied.
struct RebalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebalance",
        abstract: "The mitigation: every officer on hold, and the transfers the rules require (L2/L3 cases out of untrained hands); --apply makes them.",
        discussion: """
            Officers over a limit are held (no new offenders until within), listed with how far over, what explains it
            and the day their cases' end dates bring them within. --transfers adds the fewest transfers for volume and
            risk: never a case living in an Approved Premises away from its AP officer, never a very high risk or
            level 3 offender unless --include-very-high, never to an officer on hold, and never taking anyone past the
            near threshold while another eligible officer is below it.
            """
    )

    @Option(help: "Output format: table or json.") var format: ReportFormat = .table
    @ArgumentParser.Flag(help: "Add the fewest transfers for volume and risk to those the rules require.") var transfers = false
    @ArgumentParser.Flag(help: "With --transfers, let very high risk and MAPPA level 3 offenders move too.") var includeVeryHigh = false
    @ArgumentParser.Flag(help: "Make the transfers, each recorded in the audit log as a caseload adjustment.") var apply = false
    @Option(help: ArgumentHelp("Who is applying the transfers, for the audit log (default: $USER).", valueName: "who")) var by: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limits: LimitOptions
    @OptionGroup var redaction: RedactOption

    func validate() throws {
        if includeVeryHigh && !transfers { throw ValidationError("--include-very-high goes with --transfers: without it no offender moves for volume or risk") }
    }

    func run() throws {
        let limits = try limits.resolved()
        let opened = try apply ? OpenedStore(store: database.openExisting(), isDemo: false) : database.openForReading()
        let store = opened.store
        let today = try Day.today()
        let loaded = try withStore { try store.loadForce(on: today) }
        let force = redaction.redact ? loaded.redacted : loaded
        let plan = Rebalancer(force: force, limits: limits, today: today, transfers: transfers, includeVeryHigh: includeVeryHigh).plan()
        let report = RebalanceReport(plan: plan, before: force.figures(limits: limits), transfers: transfers)
        printReport(format == .json ? report.json() : report.table(), isJSON: format == .json, isDemo: opened.isDemo)
        guard apply else { return }
        let by = try changeMaker(by)
        let requests = plan.moves.map {
            AllocationRequest(caseID: $0.offender.id, from: $0.from.id, to: $0.to.id, by: by, reason: .caseloadAdjustment, override: false)
        }
        try applyChanges(requests, to: store, limits: limits, on: today, noun: "transfer", command: "rebalance\(transfers ? " --transfers" : "")\(includeVeryHigh ? " --include-very-high" : "") --apply")
    }
}
