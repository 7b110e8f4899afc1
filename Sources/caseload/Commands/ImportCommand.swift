import ArgumentParser
import CaseloadCore
import CaseloadStore

/// `caseload import`: validate both files, then replace the force in one transaction.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Validate officers.csv and cases.csv, then replace the current force with them.",
        discussion: "Nothing is written unless both files are entirely valid. The month of --as-of gets a snapshot for the monthly view."
    )

    @Option(help: ArgumentHelp("The officers file.", valueName: "file")) var officers: String
    @Option(help: ArgumentHelp("The cases file.", valueName: "file")) var cases: String
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day the files describe, YYYY-MM-DD (default today).", valueName: "date"))
    var asOf: String?
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if let asOf, Day(asOf) == nil {
            throw ValidationError("--as-of '\(asOf.escapedForDisplay)' is not a date; use YYYY-MM-DD, e.g. 2026-10-31")
        }
    }

    func run() throws {
        let day = asOf.flatMap(Day.init) ?? .today
        let force = try ImportFiles.load(officers: officers, cases: cases)
        let store = try database.openForWriting()
        try withStore { try store.replaceForce(force, asOf: day) }
        let unallocated = force.unallocatedCount
        print("Imported \(formatCount(force.officers.count)) officers and \(formatCount(force.cases.count)) cases (\(formatCount(unallocated)) unallocated) as of \(day) into \(database.path.escapedForDisplay); recorded the \(day.calendarMonth) snapshot.")
    }
}
