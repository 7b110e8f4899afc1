import ArgumentParser
import CaseloadCore
import CaseloadStore

/// `caseload audit`: the allocation history, newest first.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The allocation history, newest first: every allocation, transfer and override, with the rules overridden.",
        discussion: "An id that is neither in the force nor in the log is an error (exit 1)."
    )

    @Argument(help: ArgumentHelp("Only this case's history.", valueName: "case-id")) var caseID: String?
    @Option(name: .customLong("officer"), help: ArgumentHelp("Only the cases given to or taken from this officer.", valueName: "officer-id"))
    var officerID: String?
    @Option(help: "Output format: table or json.") var format: ReportFormat = .table
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if caseID != nil && officerID != nil { throw ValidationError("give a case id or --officer, not both") }
    }

    func run() throws {
        let scope: AuditScope = caseID.map(AuditScope.caseID) ?? officerID.map(AuditScope.officerID) ?? .all
        let opened = try database.openForReading()
        let today = try Day.today()
        let entries = try withStore { try opened.store.audit(scope, on: today) }
        let report = AuditReport(entries: entries)
        printReport(format == .json ? report.json() : report.table(), isJSON: format == .json, isDemo: opened.isDemo)
    }
}
