import ArgumentParser
import CaseloadCore
import CaseloadExport
import CaseloadStore

/// `caseload audit`: the whole audit trail, newest first.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The audit trail, newest first: allocations, transfers, overrides, absences, reductions, cover started and ended, notices given, imports.",
        discussion: "An id that is neither in the force nor in the log is an error (exit 1). Kinds: "
            + AuditKind.allCases.map(\.rawValue).joined(separator: ", ") + "."
    )

    @Argument(help: ArgumentHelp("Only this case's history.", valueName: "case-id")) var caseID: CaseID?
    @Option(name: .customLong("officer"), help: ArgumentHelp("Only what concerns this officer: cases given to or taken from them, cover, their absences, reductions and notices.", valueName: "officer-id"))
    var officerID: OfficerID?
    @Option(name: .customLong("kind"), parsing: .upToNextOption, help: ArgumentHelp("Only entries of these kinds.", valueName: "kind"))
    var kinds: [String] = []
    @Option(help: "Output format: table or json.") var format: ReportFormat = .table
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if caseID != nil && officerID != nil { throw ValidationError("give a case id or --officer, not both") }
        if let unknown = kinds.first(where: { AuditKind(rawValue: $0) == nil }) {
            throw ValidationError("--kind \(unknown.quotedForMessage()) is not a kind of entry; use one of " + AuditKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() throws {
        let scope: AuditScope = caseID.map(AuditScope.caseID) ?? officerID.map(AuditScope.officerID) ?? .all
        let opened = try database.openForReading()
        let today = try Day.today()
        let wanted = Set(kinds.compactMap(AuditKind.init(rawValue:)))
        let entries = try withStore { try opened.store.audit(scope, on: today) }.filter { wanted.isEmpty || wanted.contains($0.kind) }
        let report = AuditReport(entries: entries)
        printReport(format == .json ? report.json() : report.table(), isJSON: format == .json, isDemo: opened.isDemo)
    }
}
