import ArgumentParser
import CaseloadCore
import CaseloadExport
import CaseloadStore

/// `caseload suggest`: the best officers for one case, each with the effect and the reasons; who may not and why.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Rank officers for one case, with the effect on their figures and why; list who may not take it and why."
    )

    @Argument(help: ArgumentHelp("The case.", valueName: "case-id")) var caseID: CaseID
    @Option(help: ArgumentHelp("How many officers to rank.", valueName: "n")) var top = 5
    @Option(help: "Output format: table or json.") var format: ReportFormat = .table
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limits: LimitOptions
    @OptionGroup var redaction: RedactOption

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let limits = try limits.resolved()
        let opened = try database.openForReading()
        let today = try Day.today()
        let loaded = try withStore { try opened.store.loadForce(on: today) }
        let force = redaction.redact ? loaded.redacted : loaded
        guard let offender = force.cases.first(where: { $0.id == caseID }) else {
            throw CommandFailure.refused("there is no case \(caseID.quotedForMessage())")
        }
        let advisor = AllocationAdvisor(force: force, limits: limits, today: today)
        var report = SuggestReport(suggestion: advisor.suggest(for: offender, limit: top), top: top, limits: limits)
        if offender.officerID == nil {
            let firstSeen = try withStore { try opened.store.queuedSince() }[offender.id]
            report.daysWaited = offender.waitingSince(firstSeen: firstSeen).map { today.daysSinceEpoch - $0.daysSinceEpoch }
        }
        printReport(format == .json ? report.json() : report.table(), isJSON: format == .json, isDemo: opened.isDemo)
    }
}
