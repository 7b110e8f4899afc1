import ArgumentParser
import CaseloadCore
import CaseloadStore

/// `caseload audit`: the allocation history, newest first.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The allocation history, newest first: every allocation, transfer and override."
    )

    @Argument(help: ArgumentHelp("Only this case's history.", valueName: "case-id")) var caseID: String?
    @Option(help: "Output format: table or json.") var format: ReportFormat = .table
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let entries = try withStore { try database.openForReading().audit(caseID: caseID) }
        let report = AuditReport(entries: entries)
        print(format == .json ? report.json() : report.table(), terminator: "")
    }
}
