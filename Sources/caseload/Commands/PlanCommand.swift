import ArgumentParser
import CaseloadCore
import CaseloadExport
import CaseloadStore

/// `caseload plan`: an allocation for every unallocated case at once, optionally applied.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan an allocation for the whole unallocated queue; --apply makes it, in one transaction.",
        discussion: "Places as many cases as the limits allow, then gives each the best officer it can have."
    )

    @Option(help: "Output format: table or json.") var format: ReportFormat = .table
    @ArgumentParser.Flag(help: "Make the allocations, each recorded in the audit log.") var apply = false
    @Option(help: ArgumentHelp("Who is applying the plan, for the audit log (default: $USER).", valueName: "who")) var by: String?
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
        let plan = AllocationPlanner(force: force, limits: limits, today: today).plan()
        let report = PlanReport(plan: plan, limits: limits)
        printReport(format == .json ? report.json() : report.table(), isJSON: format == .json, isDemo: opened.isDemo)
        guard apply else { return }
        let by = try changeMaker(by)
        let requests = plan.placements.map {
            AllocationRequest(caseID: $0.offender.id, from: nil, to: $0.officer.id, by: by, reason: nil, override: false)
        }
        try applyChanges(requests, to: store, limits: limits, on: today, noun: "allocation", command: "plan --apply")
    }
}
