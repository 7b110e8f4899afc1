import ArgumentParser
import CaseloadCore
import CaseloadExport
import CaseloadStore

/// `caseload export`: the monthly performance view, compared with the month before, in a file format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "The monthly performance view for a month, compared with the month before: csv, json, md or html.",
        discussion: """
            The current month is read from the force as it stands; earlier months from their snapshots.
            --output writes the whole file or nothing, readable by you alone (0600).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, md, html
    }

    @Option(help: ArgumentHelp("The month, YYYY-MM.", valueName: "month")) var month: String
    @Option(help: "Format: csv, json, md or html.") var format: Format
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?
    @Option(help: ArgumentHelp("With csv: a row per officer (the default), per team, or the force's one row.", valueName: "officers|teams|force"))
    var rows: MonthlyCSV.Rows?
    @ArgumentParser.Flag(help: "Leave officer names out: ids only.") var redact = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limits: LimitOptions

    func validate() throws {
        if rows != nil && format != .csv { throw ValidationError("--rows goes with --format csv") }
    }

    func run() throws {
        let limits = try limits.resolved()
        let target = try parseMonth(month, option: "--month")
        let today = try Day.today()
        let opened = try database.openForReading()
        let store = opened.store
        var view = try withStore { () throws -> MonthlyView in
            if let view = try store.monthlyView(of: target, today: today, limits: limits, redacted: redact) { return view }
            let months = Set(try store.months() + [today.calendarMonth]).sorted().map(\.description)
            throw CommandFailure.refused("there are no figures for \(target); the months with figures are \(months.joined(separator: ", "))")
        }
        view.isDemo = opened.isDemo
        let bytes: [UInt8] = switch format {
        case .json: Array(MonthlyJSON.render(view).utf8)
        case .csv: MonthlyCSV.render(view, rows: rows ?? .officers)
        case .md: Array(MonthlyMarkdown.render(view).utf8)
        case .html: Array(MonthlyHTML.render(view).utf8)
        }
        if let output {
            do {
                try writeAtomically(bytes, to: output)
            } catch {
                throw CommandFailure.environment(error.description)
            }
            printError("wrote the \(target) view as \(format.rawValue) to \(output)")
        } else {
            writeOutput(bytes)
        }
    }
}

extension MonthlyCSV.Rows: ExpressibleByArgument {}
