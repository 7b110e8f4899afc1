import ArgumentParser
import CaseloadCore
import CaseloadExport
import CaseloadStore

/// `caseload ahead`: the weeks ahead: releases, cases ending, reviews due and overdue, each officer's projected
/// caseload, and when each team would pass its capacity.
struct AheadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ahead",
        abstract: "The weeks ahead: releases, cases ending, reviews due and overdue, each officer's caseload in 4, 8 and 12 weeks, and when each team would pass its capacity.",
        discussion: """
            Projections count the cases whose ends_on falls by then; new cases are not assumed. A team's forecast adds its \
            referrals of the last 12 weeks, a week, and takes away its cases ending in the window, a week.
            """
    )

    @Option(help: ArgumentHelp("How many weeks ahead, 1 to 52 (default 12).", valueName: "n")) var weeks = 12
    @Option(help: ArgumentHelp("Only this team's officers.", valueName: "team")) var team: String?
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day to look ahead from, YYYY-MM-DD (default today).", valueName: "date"))
    var asOf: String?
    @Option(help: "Output format: table or json.") var format: ReportFormat = .table
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limits: LimitOptions
    @OptionGroup var redaction: RedactOption

    func validate() throws {
        guard (1...52).contains(weeks) else { throw ValidationError("--weeks must be from 1 to 52") }
    }

    func run() throws {
        let limits = try limits.resolved()
        let day = try asOf.map { try parseDay($0, option: "--as-of") } ?? Day.today()
        let opened = try database.openForReading()
        let window = AheadWindow(asOf: day, weeks: weeks)
        let (snapshot, dates) = try withStore { try opened.store.snapshotAndAheadDates(in: window) }
        let figures = (redaction.redact ? snapshot.redacted : snapshot).figures(limits: limits)
        if let team, !figures.teams.contains(where: { $0.team == team }) {
            let names = figures.teams.map { $0.team.quotedForMessage() }
            let teams = names.prefix(10).joined(separator: ", ") + (names.count > 10 ? " and \(formatCount(names.count - 10)) more" : "")
            throw CommandFailure.refused("there is no team \(team.quotedForMessage()); the teams are \(teams)")
        }
        let ahead = Ahead(figures: figures, dates: dates, snapshot: snapshot, team: team)
        let report = AheadReport(ahead, redacted: redaction.redact)
        printReport(format == .json ? report.json() : report.table(), isJSON: format == .json, isDemo: opened.isDemo)
    }
}
