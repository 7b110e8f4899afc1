import ArgumentParser
import CaseloadCore
import CaseloadExport
import CaseloadStore

/// `caseload flags`: who is over or near a limit, and which MAPPA level 2/3 cases are in untrained hands.
struct FlagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flags",
        abstract: "Officers over a limit or breaking a rule (and a count of those near), and MAPPA level 2/3 cases held by officers not MOSOVO trained."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @Option(help: "Output format: table, json or csv.") var format: Format = .table
    @ArgumentParser.Flag(name: .customLong("fail-on-flags"), help: "Exit with status 3 when any officer is over a limit or breaking a rule (near is not a flag).") var failOnFlags = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limitOptions: LimitOptions
    @OptionGroup var redaction: RedactOption

    func run() throws {
        let limits = try limitOptions.resolved()
        let opened = try database.openForReading()
        let store = opened.store
        let today = try Day.today()
        let report = try withStore { () throws -> FlagsReport in
            let snapshot = try store.currentSnapshot(asOf: today)
            let figures = (redaction.redact ? snapshot.redacted : snapshot).figures(limits: limits)
            let untrained = figures.officers.filter { $0.has(.untrainedL2L3) }.map(\.officer)
            let held = Force(officers: untrained, cases: try store.level2Or3Cases(heldBy: untrained.map(\.id)))
            var report = FlagsReport(figures: figures, untrainedCases: held.untrainedLevel2Or3Cases(), includeNear: limitOptions.listNear)
            report.lastMonth = try store.workloads(in: today.calendarMonth.previous)
            return report
        }
        switch format {
        case .table: printReport(report.table(), isJSON: false, isDemo: opened.isDemo)
        case .json: printReport(report.json(), isJSON: true, isDemo: opened.isDemo)
        case .csv: writeOutput(report.csv(isDemo: opened.isDemo))
        }
        if failOnFlags && report.hasFlags { throw ExitCode(3) }
    }
}
